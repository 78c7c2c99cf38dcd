using System.Buffers;
using System.Runtime.InteropServices;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>Compares each article's words with those of all the other articles (one against the rest).</summary>
internal static class DistinctiveVocabulary
{
    // Prior counts below this find their group of equal counts in a table while an article is scored (yI ≤ the prior's count).
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
    /// <param name="z">Scratch space for the z of each group of words with equal counts, one per word of the prior.</param>
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
        var order = new int[n];
        OrderByZ(prior, starts, totalHere, totalElsewhere, groupOf: next, groupZ: z, order);
        return new ScoredWords(prior, starts, grouped, order);
    }

    /// <summary>
    /// Puts the words' indexes in <paramref name="order"/> highest z first, ties by index (the prior's ordinal order), as
    /// <see cref="LogOddsRatio.Compare"/> sorts its scores: with <see cref="double.CompareTo(double)"/>, so NaN comes last.
    /// Within one article z depends only on a word's two counts (here and in the prior), and most words share their
    /// counts with many others (760 of the pack's 1,226 words occur once in the five articles together). So the words are
    /// grouped by their counts, each group's z is computed once (the same function on the same numbers: the same double),
    /// the groups are sorted by z, and each group's words are written out in index order; groups whose z are equal have
    /// their words sorted by index together. ScoredWords computes z again, with α, δ and σ², for the words that are read.
    /// </summary>
    /// <param name="groupOf">Scratch space, one number per word of the prior.</param>
    /// <param name="groupZ">Scratch space, one number per word of the prior: each group's z, left sorted.</param>
    private static void OrderByZ(VocabularyPrior prior, int[] starts, int totalHere, int totalElsewhere, int[] groupOf, double[] groupZ, int[] order)
    {
        int n = order.Length, groups = 0;
        // A group's number by its counts: in a table for small counts, in a dictionary for the few frequent words.
        Span<int> small = stackalloc int[SmallCounts * SmallCounts];
        small.Fill(-1);
        Dictionary<long, int>? large = null;
        var size = ArrayPool<int>.Shared.Rent(n + 1);
        for (int k = 0; k < n; k++)
        {
            int yI = starts[k + 1] - starts[k], priorCount = prior.Counts[k];
            int group;
            if (priorCount < SmallCounts)
            {
                ref int known = ref small[priorCount * SmallCounts + yI];
                if (known < 0)
                    known = NewGroup(ref groups, groupZ, size, yI, priorCount, totalHere, totalElsewhere, prior);
                group = known;
            }
            else
            {
                ref int known = ref CollectionsMarshal.GetValueRefOrAddDefault(large ??= [], (long)priorCount << 32 | (uint)yI, out bool exists);
                if (!exists)
                    known = NewGroup(ref groups, groupZ, size, yI, priorCount, totalHere, totalElsewhere, prior);
                group = known;
            }
            groupOf[k] = group;
            size[group]++;
        }

        // The groups by z, highest first: ascending puts NaN first and the highest last, as double.CompareTo orders them.
        // groupZ is sorted in place with the groups' numbers: keys[r] is the z of the r-th group in the order.
        var byZ = ArrayPool<int>.Shared.Rent(groups);
        for (int g = 0; g < groups; g++)
            byZ[g] = g;
        var keys = groupZ.AsSpan(0, groups);
        keys.Sort(byZ.AsSpan(0, groups));
        keys.Reverse();
        byZ.AsSpan(0, groups).Reverse();

        // Where each group's words begin in the order; then every word, in index order, after those of its group before it.
        var next = ArrayPool<int>.Shared.Rent(groups);
        for (int r = 0, at = 0; r < groups; r++)
        {
            next[byZ[r]] = at;
            at += size[byZ[r]];
        }
        for (int k = 0; k < n; k++)
            order[next[groupOf[k]]++] = k;

        // Groups with equal z (another pair of counts giving the same double) share their ties: sorted by index together.
        for (int r = 0, at = 0; r < groups;)
        {
            int end = r + 1, words = size[byZ[r]];
            for (; end < groups && keys[end].CompareTo(keys[r]) == 0; end++)
                words += size[byZ[end]];
            if (end - r > 1)
                order.AsSpan(at, words).Sort();
            at += words;
            r = end;
        }
        ArrayPool<int>.Shared.Return(size);
        ArrayPool<int>.Shared.Return(byZ);
        ArrayPool<int>.Shared.Return(next);
    }

    private static int NewGroup(ref int groups, double[] groupZ, int[] size, int yI, int priorCount, int totalHere, int totalElsewhere, VocabularyPrior prior)
    {
        int group = groups++;
        groupZ[group] = LogOddsRatio.Terms(yI, totalHere, priorCount - yI, totalElsewhere, priorCount, prior.Total, prior.Alpha0).Z;
        size[group] = 0;
        return group;
    }
}
