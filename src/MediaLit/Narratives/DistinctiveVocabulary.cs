using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>Compares each article's words with those of all the other articles (one against the rest).</summary>
internal static class DistinctiveVocabulary
{
    public static IReadOnlyList<DistinctiveWords> Compare(IReadOnlyList<Article> articles, IReadOnlySet<string> stopWords, double alpha0)
    {
        var words = articles.Select(a => a.Sentences
                .Where(s => s.ParagraphKind != ParagraphKind.Caption)
                .SelectMany(s => WordCounter.Words(a.Text, s.Span))
                .Where(w => !stopWords.Contains(w.Word) && !w.Word.All(char.IsDigit))
                .ToList())
            .ToList();
        var counts = words.Select(Count).ToList();
        // The prior is the whole corpus, this article included, as in Monroe et al.'s comparisons.
        var prior = Sum(counts);
        var result = new List<DistinctiveWords>();
        for (int i = 0; i < articles.Count; i++)
        {
            if (articles.Count < 2)
            {
                result.Add(new DistinctiveWords(articles[i], []));
                continue;
            }
            var others = Sum(counts.Where((_, j) => j != i));
            var spans = words[i].GroupBy(w => w.Word).ToDictionary(g => g.Key, g => (IReadOnlyList<TextSpan>)g.Select(w => w.Span).ToList());
            var scores = LogOddsRatio.Compare(counts[i], others, prior, alpha0);
            result.Add(new DistinctiveWords(articles[i],
                scores.Select(s => new DistinctiveWord(s, spans.GetValueOrDefault(s.Word) ?? [])).ToList()));
        }
        return result;
    }

    private static Dictionary<string, int> Count(IEnumerable<(string Word, TextSpan Span)> words) =>
        words.GroupBy(w => w.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Dictionary<string, int> Sum(IEnumerable<Dictionary<string, int>> counts)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in counts)
            foreach (var (word, n) in c)
                sum[word] = sum.GetValueOrDefault(word) + n;
        return sum;
    }
}
