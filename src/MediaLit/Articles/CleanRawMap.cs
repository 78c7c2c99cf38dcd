namespace MediaLit.Articles;

/// <summary>
/// What cleaning cut out of the raw text, kept compactly: where each removal was cut (a clean position) and where
/// it ends in the raw text, its rule, and the removed characters all in one string. That is all an article needs
/// to map a clean position to the raw text, to give back its raw text, and to list its <see cref="Removal"/>s, which
/// are made only when asked for (a feed compared for reuse never asks). Before, the removals were kept as objects
/// (a record and often a string each) beside a second array of the kept runs between them: the same cuts twice.
/// </summary>
internal sealed class CleanRawMap
{
    // _cuts[2i] is the clean position where removal i was cut out, _cuts[2i + 1] the raw position where it ends. Both
    // only grow, and the raw start of removal i is derived: the previous removal's raw end plus the clean characters
    // kept between them.
    private readonly int[] _cuts;
    private readonly string[] _rules;
    private readonly string _removed;
    private readonly IReadOnlyDictionary<string, string> _reasons;

    private CleanRawMap(int[] cuts, string[] rules, string removed, IReadOnlyDictionary<string, string> reasons, int rawLength)
    {
        _cuts = cuts;
        _rules = rules;
        _removed = removed;
        _reasons = reasons;
        RawLength = rawLength;
    }

    public int RawLength { get; }

    /// <summary>The reason given for a rule's removals when the rules have none (the reader comments' section).</summary>
    public const string CommentsReason = "Reader comments (see ReaderComments)";

    /// <summary>
    /// Removed runs [start, end) of <paramref name="raw"/>, each with its rule, in raw order and not overlapping;
    /// <paramref name="reasons"/> gives each rule's reason (shared by every article cleaned with the same rules).
    /// </summary>
    public static CleanRawMap FromRuns(string raw, IReadOnlyList<(string Rule, int Start, int End)> runs, IReadOnlyDictionary<string, string> reasons)
    {
        var cuts = new int[2 * runs.Count];
        var rules = new string[runs.Count];
        int removedLength = 0, end = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var (rule, start, stop) = runs[i];
            if (start < end || stop < start)
                throw new InvalidOperationException($"Removals overlap or are out of order at raw {start}-{stop}.");
            cuts[2 * i] = start - removedLength;
            cuts[2 * i + 1] = stop;
            rules[i] = rule;
            removedLength += stop - start;
            end = stop;
        }
        string removed = string.Create(removedLength, (raw, runs), static (into, state) =>
        {
            int at = 0;
            foreach (var (_, start, stop) in state.runs)
            {
                state.raw.AsSpan(start, stop - start).CopyTo(into[at..]);
                at += stop - start;
            }
        });
        return new CleanRawMap(cuts, rules, removed, reasons, raw.Length);
    }

    /// <summary>The raw position of clean character <paramref name="clean"/>.</summary>
    public int ToRaw(int clean)
    {
        // The last removal cut at or before the position comes before it; the characters since its end were kept.
        int low = 0, high = _rules.Length - 1, last = -1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            if (_cuts[2 * middle] <= clean)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return last < 0 ? clean : _cuts[2 * last + 1] + (clean - _cuts[2 * last]);
    }

    /// <summary>The removals as records, in raw order.</summary>
    public Removal[] Removals()
    {
        var removals = new Removal[_rules.Length];
        int removedAt = 0;
        for (int i = 0; i < removals.Length; i++)
        {
            var (start, end) = RawSpan(i);
            string rule = _rules[i];
            removals[i] = new Removal(rule, _reasons.GetValueOrDefault(rule, CommentsReason), new TextSpan(start, end))
                { Text = Piece(removedAt, end - start) };
            removedAt += end - start;
        }
        return removals;
    }

    /// <summary>The raw text: the clean text with every removed piece put back where it was cut.</summary>
    public string RawText(string clean) => string.Create(RawLength, (clean, this), static (into, state) =>
    {
        var (clean, map) = state;
        int cleanAt = 0, rawAt = 0, removedAt = 0;
        for (int i = 0; i < map._rules.Length; i++)
        {
            var (start, end) = map.RawSpan(i);
            int keep = start - rawAt;
            clean.AsSpan(cleanAt, keep).CopyTo(into[rawAt..]);
            map._removed.AsSpan(removedAt, end - start).CopyTo(into[start..]);
            cleanAt += keep;
            removedAt += end - start;
            rawAt = end;
        }
        clean.AsSpan(cleanAt).CopyTo(into[rawAt..]);
    });

    private (int Start, int End) RawSpan(int i)
    {
        int end = _cuts[2 * i + 1];
        int start = i == 0 ? _cuts[0] : _cuts[2 * i - 1] + (_cuts[2 * i] - _cuts[2 * i - 2]);
        return (start, end);
    }

    // Most removals are one line break or one space: those share one string each instead of one per paragraph.
    private static readonly string[] OneCharacter = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private string Piece(int at, int length) =>
        length == 1 && _removed[at] < OneCharacter.Length ? OneCharacter[_removed[at]] : _removed.Substring(at, length);
}
