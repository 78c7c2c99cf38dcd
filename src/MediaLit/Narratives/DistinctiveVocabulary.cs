using System.Buffers;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>Compares each article's words with those of all the other articles (one against the rest).</summary>
internal static class DistinctiveVocabulary
{
    // Prior counts below this have their z kept per pair of counts while an article is scored (yI ≤ the prior's count).
    private const int SmallCounts = 16;

    public static IReadOnlyList<DistinctiveWords> Compare(IReadOnlyList<Article> articles, IReadOnlySet<string> stopWords, double alpha0)
    {
        int characters = 0;
        foreach (var article in articles)
            characters += article.Text.Length;
        // Sizes from the pack's five articles (31,000 characters of clean text, 2,700 words kept, 1,226 of them
        // distinct): an estimate too small only regrows, one too large wastes no more than it says.
        var counter = new WordCounter(stopWords, Math.Min(characters / 16, 1 << 16));
        using var found = new WordOccurrences(characters / 8);
        var ends = new int[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            foreach (var sentence in article.Sentences)
                if (sentence.ParagraphKind != ParagraphKind.Caption)
                    counter.AddWords(article.Text, sentence.Span, found);
            ends[i] = found.Count;
        }
        if (articles.Count < 2)
            return articles.Select(a => new DistinctiveWords(a, [])).ToList();

        // The prior is the whole corpus, this article included, as in Monroe et al.'s comparisons. Its words in ordinal
        // order, the order ties in z are broken in; the words' numbers become their places in that order.
        var prior = Prior(counter.Words, found.Ids, alpha0);
        // Scratch space for one article at a time, given back to the pool at the end.
        var next = ArrayPool<int>.Shared.Rent(prior.Words.Length);
        var z = ArrayPool<double>.Shared.Rent(prior.Words.Length);
        var result = new List<DistinctiveWords>(articles.Count);
        int start = 0;
        for (int i = 0; i < articles.Count; i++)
        {
            result.Add(new DistinctiveWords(articles[i], Score(prior, found.Ids[start..ends[i]], found.Spans[start..ends[i]], next, z)));
            start = ends[i];
        }
        ArrayPool<int>.Shared.Return(next);
        ArrayPool<double>.Shared.Return(z);
        return result;
    }

    /// <summary>The prior's words sorted, with <paramref name="ids"/> renumbered in place to match, and their counts.</summary>
    private static VocabularyPrior Prior(IReadOnlyList<string> wordsById, Span<int> ids, double alpha0)
    {
        var words = new string[wordsById.Count];
        var place = new int[words.Length];
        for (int id = 0; id < words.Length; id++)
        {
            words[id] = wordsById[id];
            place[id] = id;
        }
        // Sorts the words and carries their numbers along: place[k] is now the number of the k-th word.
        Array.Sort(words, place, StringComparer.Ordinal);
        var placeOf = ArrayPool<int>.Shared.Rent(words.Length);
        for (int k = 0; k < place.Length; k++)
            placeOf[place[k]] = k;
        // Every word was numbered because it was kept, so every count is at least one.
        var counts = place;
        Array.Clear(counts);
        foreach (ref int id in ids)
        {
            id = placeOf[id];
            counts[id]++;
        }
        ArrayPool<int>.Shared.Return(placeOf);
        return new VocabularyPrior(words, counts, ids.Length, alpha0);
    }

    /// <summary>One article against the rest (the prior's counts less the article's), as <see cref="LogOddsRatio.Compare"/> scores it.</summary>
    /// <param name="next">Scratch space, one number per word of the prior.</param>
    /// <param name="z">Scratch space for the words' z values, one per word of the prior.</param>
    private static ScoredWords Score(VocabularyPrior prior, ReadOnlySpan<int> words, ReadOnlySpan<TextSpan> spans, int[] next, double[] z)
    {
        int n = prior.Words.Length;
        // The article's spans grouped by word in one pass (a counting sort): starts[k] is where word k's begin.
        var starts = new int[n + 1];
        foreach (int k in words)
            starts[k + 1]++;
        for (int k = 1; k <= n; k++)
            starts[k] += starts[k - 1];
        Array.Copy(starts, next, n);
        var grouped = new TextSpan[words.Length];
        for (int j = 0; j < words.Length; j++)
            grouped[next[words[j]]++] = spans[j];

        int totalHere = words.Length, totalElsewhere = (int)(prior.Total - totalHere);
        // Every word's z, computed here because the order needs it; ScoredWords computes it again (with α, δ and σ²)
        // for the words that are read, so the z of all the others need not be kept: z is the sort key, in scratch space.
        var order = new int[n];
        // Within one article z depends only on a word's two counts (here and in the prior), and most words share their
        // counts with many others (760 of the pack's 1,226 words occur once in the five articles): the z of small counts
        // is computed once per pair, by the same function from the same numbers, so the same doubles.
        Span<double> known = stackalloc double[SmallCounts * SmallCounts];
        Span<bool> isKnown = stackalloc bool[SmallCounts * SmallCounts];
        for (int k = 0; k < n; k++)
        {
            int yI = starts[k + 1] - starts[k], priorCount = prior.Counts[k];
            int slot = priorCount < SmallCounts ? priorCount * SmallCounts + yI : -1;
            if (slot >= 0 && isKnown[slot])
                z[k] = known[slot];
            else
            {
                z[k] = LogOddsRatio.Terms(yI, totalHere, priorCount - yI, totalElsewhere, priorCount, prior.Total, prior.Alpha0).Z;
                if (slot >= 0)
                {
                    known[slot] = z[k];
                    isKnown[slot] = true;
                }
            }
            order[k] = k;
        }
        SortByZ(z.AsSpan(0, n), order);
        return new ScoredWords(prior, starts, grouped, order);
    }

    /// <summary>
    /// Sorts word indexes highest z first, ties by index (the prior's ordinal order), as <see cref="LogOddsRatio.Compare"/>
    /// sorts its scores: with <see cref="double.CompareTo(double)"/>, so NaN comes last. That is a total order (each word
    /// once), so any sort gives its one result. The z values are sorted as keys (no comparer call per comparison), then
    /// each run of equal z by index: runs are long, since z depends only on a word's counts here and in the prior (760
    /// of the 1,226 words of the pack's five articles occur once in the five together).
    /// </summary>
    /// <param name="z">Each word's z, in the prior's order; left in sorted order.</param>
    private static void SortByZ(Span<double> z, Span<int> order)
    {
        // Ascending puts NaN first and the highest z last, as double.CompareTo orders them; reversed, highest first.
        z.Sort(order);
        z.Reverse();
        order.Reverse();
        for (int start = 0, end; start < z.Length; start = end)
        {
            for (end = start + 1; end < z.Length && z[end].CompareTo(z[start]) == 0; end++)
            {
            }
            order[start..end].Sort();
        }
    }
}
