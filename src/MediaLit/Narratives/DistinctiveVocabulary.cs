using System.Runtime.InteropServices;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>Compares each article's words with those of all the other articles (one against the rest).</summary>
internal static class DistinctiveVocabulary
{
    public static IReadOnlyList<DistinctiveWords> Compare(IReadOnlyList<Article> articles, IReadOnlySet<string> stopWords, double alpha0)
    {
        var counter = new WordCounter();
        var words = new List<List<(string Word, TextSpan Span)>>(articles.Count);
        var counts = new List<Dictionary<string, int>>(articles.Count);
        foreach (var article in articles)
        {
            var all = new List<(string Word, TextSpan Span)>();
            foreach (var sentence in article.Sentences)
                if (sentence.ParagraphKind != ParagraphKind.Caption)
                    counter.AddWords(article.Text, sentence.Span, all);
            all.RemoveAll(w => stopWords.Contains(w.Word) || IsAllDigits(w.Word));
            words.Add(all);
            counts.Add(Count(all));
        }
        // The prior is the whole corpus, this article included, as in Monroe et al.'s comparisons.
        var prior = Sum(counts);
        long priorTotal = prior.Values.Sum(v => (long)v);
        string[] priorWords = [.. prior.Keys];
        Array.Sort(priorWords, StringComparer.Ordinal);
        var result = new List<DistinctiveWords>(articles.Count);
        for (int i = 0; i < articles.Count; i++)
        {
            if (articles.Count < 2)
            {
                result.Add(new DistinctiveWords(articles[i], []));
                continue;
            }
            var spans = SpansOf(words[i]);
            // Against all the other articles together: their counts are the prior's less this article's.
            var scores = LogOddsRatio.AgainstRest(priorWords, counts[i], prior, priorTotal, alpha0);
            var scored = new List<DistinctiveWord>(scores.Count);
            foreach (var score in scores)
                // A word only the others use (most words) shares the one empty list, not a new one each.
                scored.Add(new DistinctiveWord(score, (IReadOnlyList<TextSpan>?)spans.GetValueOrDefault(score.Word) ?? []));
            result.Add(new DistinctiveWords(articles[i], scored));
        }
        return result;
    }

    // As "w.All(char.IsDigit)" did: true for the empty word too.
    private static bool IsAllDigits(string word)
    {
        foreach (char c in word)
            if (!char.IsDigit(c))
                return false;
        return true;
    }

    private static Dictionary<string, int> Count(List<(string Word, TextSpan Span)> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, _) in words)
            CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
        return counts;
    }

    private static Dictionary<string, List<TextSpan>> SpansOf(List<(string Word, TextSpan Span)> words)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var (word, span) in words)
            (CollectionsMarshal.GetValueRefOrAddDefault(spans, word, out _) ??= []).Add(span);
        return spans;
    }

    /// <summary>The counts of every article, added word by word.</summary>
    private static Dictionary<string, int> Sum(List<Dictionary<string, int>> counts)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var count in counts)
            foreach (var (word, n) in count)
                CollectionsMarshal.GetValueRefOrAddDefault(sum, word, out _) += n;
        return sum;
    }
}
