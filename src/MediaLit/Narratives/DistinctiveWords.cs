using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>One word of an article with its score against the other articles, and where it occurs.</summary>
public sealed record DistinctiveWord(LogOddsScore Score, IReadOnlyList<TextSpan> Spans)
{
    public string Word => Score.Word;
    public double Z => Score.Z;
}

/// <summary>
/// One article's words scored against all the other articles together (Monroe et al. 2008, see
/// <see cref="LogOddsRatio"/>). Words with a high z are this article's vocabulary; a low z, words it avoids.
/// </summary>
/// <param name="Words">Every word of the article or the others, highest z first.</param>
public sealed record DistinctiveWords(Article Article, IReadOnlyList<DistinctiveWord> Words)
{
    // The comparison's own lists (ScoredWords) make a word when it is read, so they answer these three without reading
    // every word; a list from elsewhere is read as it is.

    /// <summary>The most distinctive words of the article: the highest z-scores that the article uses at least <paramref name="minimumCount"/> times.</summary>
    public IReadOnlyList<DistinctiveWord> Top(int count = 15, int minimumCount = 2) =>
        Words is ScoredWords scored
            ? scored.Top(count, minimumCount)
            : Words.Where(w => w.Score.CountHere >= minimumCount).Take(count).ToList();

    /// <summary>The words the others use and this article avoids: the lowest z-scores, lowest first.</summary>
    public IReadOnlyList<DistinctiveWord> Avoided(int count = 15) =>
        Words is ScoredWords scored ? scored.Avoided(count) : Words.Reverse().Take(count).ToList();

    public DistinctiveWord? this[string word] =>
        Words is ScoredWords scored ? scored.Find(word) : Words.FirstOrDefault(w => w.Word == word);
}
