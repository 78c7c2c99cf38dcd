using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>
/// Finds every cue of the lexicon in a stretch of text in one pass, as whole words, ignoring case: at each word
/// start the longest cue that fits and ends before a non-letter wins, and the scan goes on after it (leftmost,
/// longest, no overlaps). Cues are letters and single spaces (the lexicon refuses others), so a cue can only begin
/// where a word begins, and its first word must be that whole word: one dictionary look-up per word.
/// </summary>
/// <remarks>
/// This was one alternation of every cue in a compiled regex. With the lemma table's forms (about 440 cues) .NET
/// no longer compiled it and ran it on the backtracking interpreter, trying the alternation at every character:
/// attributions of the five articles took about 10 times longer. Here each word costs one look-up plus a
/// comparison per cue that starts with it.
/// </remarks>
internal sealed class CueScanner
{
    // First word, lower case → its cues, longest first (ties in the lexicon's order, as the alternation had them).
    private readonly Dictionary<string, AttributionCue[]> _byFirstWord;
    private readonly Dictionary<string, AttributionCue[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CueScanner(IEnumerable<AttributionCue> cues)
    {
        _byFirstWord = cues
            .GroupBy(c => c.Text, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .GroupBy(c => FirstWord(c.Text).ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Text.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cues in <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, in reading order.</summary>
    public List<(AttributionCue Cue, TextSpan At)> Scan(string text, int start, int end) => Scan(text, start, end, []);

    /// <summary>
    /// <see cref="Scan(string, int, int)"/> into <paramref name="found"/>, emptied first: the finder scans every
    /// sentence and keeps one list for all of them.
    /// </summary>
    public List<(AttributionCue Cue, TextSpan At)> Scan(string text, int start, int end, List<(AttributionCue Cue, TextSpan At)> found)
    {
        found.Clear();
        Span<char> lower = stackalloc char[32];
        int i = start;
        while (i < end)
        {
            // The next word start: a letter with no letter before it (the stretch's start counts as a non-letter).
            if (!char.IsLetter(text[i]) || (i > start && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
                wordEnd++;
            int length = wordEnd - i;
            if (length <= lower.Length && Match(text, i, end, lower[..length]) is { } cue)
            {
                found.Add((cue, new TextSpan(i, i + cue.Text.Length)));
                i += cue.Text.Length;
                continue;
            }
            i = wordEnd;
        }
        return found;
    }

    private AttributionCue? Match(string text, int at, int end, Span<char> lower)
    {
        text.AsSpan(at, lower.Length).ToLowerInvariant(lower);
        if (!_lookup.TryGetValue(lower, out var cues))
            return null;
        foreach (var cue in cues)
        {
            int after = at + cue.Text.Length;
            if (after <= end && text.AsSpan(at, cue.Text.Length).Equals(cue.Text, StringComparison.OrdinalIgnoreCase)
                && (after == end || !char.IsLetter(text[after])))
                return cue;
        }
        return null;
    }

    private static string FirstWord(string cue) => cue.IndexOf(' ') is var space and >= 0 ? cue[..space] : cue;
}
