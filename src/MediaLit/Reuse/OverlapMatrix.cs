using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>
/// Shared words between every two articles, for a heatmap. It is not symmetric: the cell
/// (row, column) counts the row article's words, and an edit can make one side longer.
/// The diagonal is zero because an article is never compared with itself.
/// </summary>
public sealed record OverlapMatrix(IReadOnlyList<Article> Articles, IReadOnlyList<IReadOnlyList<int>> SharedWords)
{
    /// <summary>The passages the counts come from, so each cell can answer "which words?".</summary>
    public IReadOnlyList<SharedPassage> Passages { get; init; } = [];

    /// <summary>Words of <paramref name="row"/> inside passages it shares with <paramref name="column"/>.</summary>
    public int Words(Article row, Article column) => SharedWords[IndexOf(row)][IndexOf(column)];

    private int IndexOf(Article article)
    {
        for (int i = 0; i < Articles.Count; i++)
            if (ReferenceEquals(Articles[i], article))
                return i;
        throw new ArgumentException($"Article {article.Id} is not in this matrix.", nameof(article));
    }
}
