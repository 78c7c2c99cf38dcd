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
    /// <summary>Candidate pairs (i &lt; j) in ascending order, and each article's word count.</summary>
    public static (List<(int I, int J)> Pairs, int[] WordCounts) CandidatePairs(IReadOnlyList<string> texts, int n)
    {
        int count = texts.Count;
        int indexBits = Math.Max(1, 64 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count - 1)));
        ulong indexMask = (1UL << indexBits) - 1;
        var perArticle = new ulong[count][];
        var wordCounts = new int[count];
        Parallel.For(0, count, i =>
        {
            int[] words = WordTokenizer.KeyHashes(texts[i]);
            wordCounts[i] = words.Length;
            perArticle[i] = DistinctShingles(words, n, ~indexMask, (ulong)i);
        });

        long total = 0;
        foreach (var shingles in perArticle)
            total += shingles.Length;
        var entries = new ulong[total];
        long at = 0;
        for (int i = 0; i < count; i++)
        {
            perArticle[i].CopyTo(entries, at);
            at += perArticle[i].Length;
            perArticle[i] = [];
        }
        Array.Sort(entries);

        var pairs = new HashSet<long>();
        for (long start = 0; start < entries.LongLength;)
        {
            long end = start + 1;
            ulong hash = entries[start] & ~indexMask;
            while (end < entries.LongLength && (entries[end] & ~indexMask) == hash)
                end++;
            // Within a run the articles are in ascending order (the low bits), and distinct.
            for (long a = start; a < end; a++)
                for (long b = a + 1; b < end; b++)
                    pairs.Add((long)(entries[a] & indexMask) << 32 | (long)(entries[b] & indexMask));
            start = end;
        }
        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return (sorted.Select(p => ((int)(p >> 32), (int)(p & 0xFFFFFFFF))).ToList(), wordCounts);
    }

    private static ulong[] DistinctShingles(int[] words, int n, ulong hashMask, ulong index)
    {
        if (words.Length < n)
            return [];
        var shingles = new ulong[words.Length - n + 1];
        for (int i = 0; i < shingles.Length; i++)
        {
            ulong hash = 0;
            for (int k = 0; k < n; k++)
                hash = (hash + (uint)words[i + k] + 1) * 0x9E3779B97F4A7C15UL;
            // SplitMix64's finaliser: the bits kept after masking must depend on every word.
            hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
            hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
            hash ^= hash >> 31;
            shingles[i] = (hash & hashMask) | index;
        }
        Array.Sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.Length; i++)
            if (i == 0 || shingles[i] != shingles[distinct - 1])
                shingles[distinct++] = shingles[i];
        return shingles[..distinct];
    }
}
