namespace MediaLit.Reuse;

/// <summary>A shared passage as word positions: tokens [AStart, AEnd) of one text against [BStart, BEnd) of the other.</summary>
internal readonly record struct Alignment(int AStart, int AEnd, int BStart, int BEnd, int ExactWords);

/// <summary>
/// Aligns two tokenised texts in three steps, as passim and the churnalism detectors do:
/// <list type="number">
/// <item>seed: every n-word shingle the two texts share;</item>
/// <item>run: seeds on one diagonal (the same offset between the texts) that follow each other
/// join into a run, the longest stretch of identical words;</item>
/// <item>chain: runs that follow each other in both texts, with at most <c>MaxGap</c> words
/// between them on each side, join into one passage. The gap is where the copy was edited.</item>
/// </list>
/// A passage never starts or ends inside an edit, because it starts and ends on a run.
/// </summary>
internal static class PassageAligner
{
    // A shingle's hash in the high bits, its position in the low bits: one sorted array is the whole index.
    private const int PositionBits = 28;
    private const ulong PositionMask = (1UL << PositionBits) - 1;

    /// <summary>
    /// Positions of each shingle in a text, as one sorted array of numbers (no object per shingle). Built once
    /// per text and reused for every pair. Keys must come from one <see cref="WordPool"/>.
    /// </summary>
    /// <param name="blocked">Shingle starts that touch the feed's boilerplate: left out, so they seed nothing.</param>
    public static ulong[] IndexShingles(IReadOnlyList<WordToken> tokens, int n, bool[]? blocked = null)
    {
        if (tokens.Count > (int)PositionMask)
            throw new ArgumentException($"A text of {tokens.Count:N0} words is too long to align (at most {PositionMask:N0}).", nameof(tokens));
        int starts = Math.Max(0, tokens.Count - n + 1);
        var index = new ulong[blocked is null ? starts : starts - blocked.Count(b => b)];
        int count = 0;
        for (int i = 0; i < starts; i++)
            if (blocked is null || !blocked[i])
                index[count++] = (ShingleHash(tokens, i, n) & ~PositionMask) | (uint)i;
        Array.Sort(index);
        return index;
    }

    /// <param name="boilerplateInA">Shingle starts of A that touch the feed's boilerplate: they seed nothing.</param>
    public static List<Alignment> Align(IReadOnlyList<WordToken> a, IReadOnlyList<WordToken> b,
        ulong[] shinglesOfB, int n, int maxGap, bool[]? boilerplateInA = null)
    {
        // Seeds, ordered by diagonal (b - a) and then by position, so each diagonal's seeds are adjacent.
        // Equal hashes are checked word by word: a seed is always n identical words.
        var seeds = new List<(int A, int B)>();
        for (int i = 0; i + n <= a.Count; i++)
        {
            if (boilerplateInA is not null && boilerplateInA[i])
                continue;
            ulong hash = ShingleHash(a, i, n) & ~PositionMask;
            for (int at = LowerBound(shinglesOfB, hash); at < shinglesOfB.Length && (shinglesOfB[at] & ~PositionMask) == hash; at++)
            {
                int j = (int)(shinglesOfB[at] & PositionMask);
                if (SameWords(a, i, b, j, n))
                    seeds.Add((i, j));
            }
        }
        seeds.Sort((x, y) => (x.B - x.A).CompareTo(y.B - y.A) is var d and not 0 ? d : x.A.CompareTo(y.A));

        var runs = new List<Alignment>();
        for (int k = 0; k < seeds.Count;)
        {
            int first = k;
            while (k + 1 < seeds.Count && seeds[k + 1].A == seeds[k].A + 1 && seeds[k + 1].B == seeds[k].B + 1)
                k++;
            var (startA, startB) = seeds[first];
            int length = seeds[k].A - startA + n;
            runs.Add(new Alignment(startA, startA + length, startB, startB + length, length));
            k++;
        }
        runs.Sort((x, y) => x.AStart != y.AStart ? x.AStart.CompareTo(y.AStart) : x.BStart.CompareTo(y.BStart));

        var chains = new List<Alignment>();
        foreach (var run in runs)
        {
            int best = -1;
            int bestGap = int.MaxValue;
            for (int c = 0; c < chains.Count; c++)
            {
                var chain = chains[c];
                int gapA = run.AStart - chain.AEnd;
                int gapB = run.BStart - chain.BEnd;
                // The run must take the chain further in both texts. A small overlap is allowed:
                // a repeated word can start the next run one word early on a neighbouring diagonal.
                bool follows = run.AEnd > chain.AEnd && run.BEnd > chain.BEnd && gapA >= -n && gapB >= -n;
                int gap = Math.Max(gapA, gapB);
                if (follows && gapA <= maxGap && gapB <= maxGap && gap < bestGap)
                {
                    best = c;
                    bestGap = gap;
                }
            }
            if (best < 0)
            {
                chains.Add(run);
                continue;
            }
            var joined = chains[best];
            // Count exact words on B's side only once where the run overlaps the chain.
            int newExact = run.BEnd - Math.Max(run.BStart, joined.BEnd);
            chains[best] = joined with { AEnd = run.AEnd, BEnd = run.BEnd, ExactWords = joined.ExactWords + newExact };
        }
        chains.Sort((x, y) => x.AStart != y.AStart ? x.AStart.CompareTo(y.AStart) : x.BStart.CompareTo(y.BStart));
        return chains;
    }

    private static int LowerBound(ulong[] sorted, ulong value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            if (sorted[middle] < value)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    // Keys from one pool are equal exactly when they are the same string.
    private static bool SameWords(IReadOnlyList<WordToken> a, int i, IReadOnlyList<WordToken> b, int j, int n)
    {
        for (int k = 0; k < n; k++)
            if (!ReferenceEquals(a[i + k].Key, b[j + k].Key))
                return false;
        return true;
    }

    // The identity hash of a pooled key stands for the word; SplitMix64's finaliser spreads the combination.
    private static ulong ShingleHash(IReadOnlyList<WordToken> tokens, int start, int n)
    {
        ulong hash = 0;
        for (int k = 0; k < n; k++)
            hash = (hash + (uint)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(tokens[start + k].Key) + 1) * 0x9E3779B97F4A7C15UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
