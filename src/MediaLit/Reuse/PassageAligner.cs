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
    /// <summary>Positions of each shingle in a text, keyed by its words. Built once per text and reused for every pair.</summary>
    public static Dictionary<string, List<int>> IndexShingles(IReadOnlyList<WordToken> tokens, int n)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            string key = ShingleKey(tokens, i, n);
            if (!index.TryGetValue(key, out var positions))
                index[key] = positions = [];
            positions.Add(i);
        }
        return index;
    }

    public static List<Alignment> Align(IReadOnlyList<WordToken> a, IReadOnlyList<WordToken> b,
        Dictionary<string, List<int>> shinglesOfB, int n, int maxGap)
    {
        // Seeds, ordered by diagonal (b - a) and then by position, so each diagonal's seeds are adjacent.
        var seeds = new List<(int A, int B)>();
        for (int i = 0; i + n <= a.Count; i++)
            if (shinglesOfB.TryGetValue(ShingleKey(a, i, n), out var positions))
                foreach (int j in positions)
                    seeds.Add((i, j));
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

    // The unit separator cannot occur in a key (keys hold letters and digits only).
    private static string ShingleKey(IReadOnlyList<WordToken> tokens, int start, int n)
    {
        var keys = new string[n];
        for (int i = 0; i < n; i++)
            keys[i] = tokens[start + i].Key;
        return string.Join('\u001f', keys);
    }
}
