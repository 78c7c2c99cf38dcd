namespace MediaLit.Reuse;

/// <summary>
/// Finds the pairs of articles that share at least one n-word shingle, over a whole feed, in time
/// close to linear in its size. Only those pairs can hold a passage, because
/// <see cref="PassageAligner"/> seeds every passage with a shared shingle; every other pair is
/// skipped without being compared, so the result is exactly that of comparing all pairs.
/// <para>
/// Each article's distinct shingles are hashed and packed with the article's index into one 64-bit
/// number; one sort then brings every shingle's articles together. A hash collision can only add a
/// pair (which the aligner then compares word by word and rejects), never lose one. This is what
/// MinHash/LSH approximates; with exact shingles there is no threshold to tune and no miss.
/// </para>
/// <para>
/// Cost: a shingle shared by k articles gives k(k−1)/2 pairs, so boilerplate repeated in every
/// article of a feed makes it quadratic again (as it must: every such pair does share a passage).
/// </para>
/// </summary>
internal static class ShingleIndex
{
    /// <summary>
    /// Candidate pairs (i &lt; j) in ascending order, each article's word count, and the shingles set aside as
    /// the feed's boilerplate: those found in at least <paramref name="boilerplateArticles"/> articles. They, and
    /// every shingle that shares a word with them in an article, make no pairs.
    /// </summary>
    public static (List<(int I, int J)> Pairs, int[] WordCounts, Boilerplate Boilerplate) CandidatePairs(IReadOnlyList<string> texts, int n, int boilerplateArticles)
    {
        int count = texts.Count;
        int indexBits = Math.Max(1, 64 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count - 1)));
        ulong indexMask = (1UL << indexBits) - 1;
        var wordCounts = new int[count];
        ForEach(count, i => wordCounts[i] = WordTokenizer.CountWords(texts[i]));

        var offsets = new long[count + 1];
        for (int i = 0; i < count; i++)
            offsets[i + 1] = offsets[i] + Math.Max(0, wordCounts[i] - n + 1);
        if (offsets[count] > Array.MaxLength)
            throw new InvalidOperationException($"The feed has {offsets[count]:N0} shingles; one comparison holds at most {Array.MaxLength:N0}. Compare it in parts.");
        var entries = new ulong[offsets[count]];
        int packed = FillSorted(texts, n, wordCounts, offsets, entries, indexMask, Boilerplate.None);

        // A shingle in a large share of the feed is its furniture: set aside, it pairs no articles
        // (and would pair them all, k(k-1)/2 pairs for k articles).
        var setAside = new HashSet<ulong>();
        ForEachRun(entries, packed, indexMask, (start, end) =>
        {
            if (end - start >= boilerplateArticles)
                setAside.Add(entries[start] & ~indexMask);
        });
        var boilerplate = setAside.Count == 0 ? Boilerplate.None : new Boilerplate(setAside, ~indexMask);
        // Then the shingles that touch it are dropped too (see Boilerplate): a second pass over the feed, only
        // when it has boilerplate. The set-aside shingles go with them; every shingle left is in fewer articles.
        if (boilerplate.Shingles > 0)
            packed = FillSorted(texts, n, wordCounts, offsets, entries, indexMask, boilerplate);

        var pairs = new HashSet<long>();
        ForEachRun(entries, packed, indexMask, (start, end) =>
        {
            // Within a run the articles are in ascending order (the low bits), and distinct.
            for (long a = start; a < end; a++)
                for (long b = a + 1; b < end; b++)
                    pairs.Add((long)(entries[a] & indexMask) << 32 | (long)(entries[b] & indexMask));
        });
        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return (sorted.Select(p => ((int)(p >> 32), (int)(p & 0xFFFFFFFF))).ToList(), wordCounts, boilerplate);
    }

    /// <summary>
    /// Writes every article's shingles (hash and article index) into its own slice of <paramref name="entries"/>,
    /// leaving out those that touch <paramref name="boilerplate"/>, packs the slices together, sorts them and keeps one
    /// of each: equal shingles end up side by side, and an article's repeated shingle is one entry. Returns how many
    /// entries are in use.
    /// </summary>
    private static int FillSorted(IReadOnlyList<string> texts, int n, int[] wordCounts, long[] offsets, ulong[] entries, ulong indexMask, Boilerplate boilerplate)
    {
        // Straight into each article's slice of one array: no array per article to copy and drop (that doubled
        // the index's memory at 100k articles). The slices are packed, and the one sort of them all brings an article's
        // repeats together too (the index is in the entry): sorting each slice first to drop them was a second sort.
        int count = texts.Count;
        var written = new int[count];
        ForEach(count, i =>
        {
            int[] words = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, wordCounts[i]));
            int read = WordTokenizer.KeyHashes(texts[i], words);
            var slice = entries.AsSpan((int)offsets[i], (int)(offsets[i + 1] - offsets[i]));
            var blocked = Boilerplate.BlockedStarts(boilerplate.CoveredWords(words.AsSpan(0, read), n), n);
            written[i] = Shingles(words.AsSpan(0, read), n, ~indexMask, (ulong)i, blocked, slice);
            System.Buffers.ArrayPool<int>.Shared.Return(words);
        });
        int packed = 0;
        for (int i = 0; i < count; i++)
        {
            entries.AsSpan((int)offsets[i], written[i]).CopyTo(entries.AsSpan(packed));
            packed += written[i];
        }
        var all = entries.AsSpan(0, packed);
        all.Sort();
        int kept = 0;
        for (int i = 0; i < all.Length; i++)
            if (kept == 0 || all[i] != all[kept - 1])
                all[kept++] = all[i];
        return kept;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1, on every core when there are enough
    /// articles to share out: handing two articles to the thread pool cost more than reading them.
    /// </summary>
    private static void ForEach(int count, Action<int> body)
    {
        const int WorthSharing = 32;
        if (count >= WorthSharing)
        {
            Parallel.For(0, count, body);
            return;
        }
        for (int i = 0; i < count; i++)
            body(i);
    }

    /// <summary>Calls <paramref name="run"/> with each stretch [start, end) of sorted entries that share one hash.</summary>
    private static void ForEachRun(ulong[] entries, int packed, ulong indexMask, Action<long, long> run)
    {
        for (long start = 0; start < packed;)
        {
            long end = start + 1;
            ulong hash = entries[start] & ~indexMask;
            while (end < packed && (entries[end] & ~indexMask) == hash)
                end++;
            run(start, end);
            start = end;
        }
    }

    /// <summary>The hash of the shingle of <paramref name="n"/> words at <paramref name="start"/>, from the words' key hashes.</summary>
    public static ulong Hash(ReadOnlySpan<int> words, int start, int n)
    {
        ulong hash = 0;
        for (int k = 0; k < n; k++)
            hash = (hash + (uint)words[start + k] + 1) * 0x9E3779B97F4A7C15UL;
        // SplitMix64's finaliser: the bits kept after masking must depend on every word.
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    /// <summary>Writes the text's shingles that touch no boilerplate at the start of <paramref name="into"/>; returns how many.</summary>
    private static int Shingles(ReadOnlySpan<int> words, int n, ulong hashMask, ulong index, bool[]? blocked, Span<ulong> into)
    {
        if (words.Length < n)
            return 0;
        int count = 0;
        for (int i = 0; i + n <= words.Length; i++)
            if (blocked is null || !blocked[i])
                into[count++] = (Hash(words, i, n) & hashMask) | index;
        return count;
    }
}
