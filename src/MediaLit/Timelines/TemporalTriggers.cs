using System.Buffers;
using MediaLit.Articles;

namespace MediaLit.Timelines;

/// <summary>
/// Words without which a temporal pattern cannot match, so <see cref="TemporalExpressionFinder"/> can
/// skip the pattern for a sentence that has none of them. Most sentences hold no digit, month or unit
/// word, and one walk over a sentence's words, each looked up once, costs far less than trying the patterns
/// (or than a search of the sentence for each kind's words, which it replaces).
/// <para>
/// Every trigger is a necessary condition: a word the pattern spells out, or the longest word of a lexicon entry,
/// standing as a whole word. A match the finder keeps starts and ends where no letter or digit is beside it, and
/// inside it the words are parted by white space, a dash, a comma or a full stop, so each of its words has no
/// letter on either side; "today" does not hold the unit "day", nor "Chicago" the word "ago". Skipping never
/// changes what is found. The search ignores case the way .NET's invariant case tables do for ASCII (months keep
/// their case, as the patterns match them); a sentence holding one of the few characters the regex engine also
/// folds onto ASCII letters (the Kelvin sign, long s, dotted and dotless i) runs every pattern.
/// </para>
/// </summary>
internal sealed class TemporalTriggers
{
    public enum Kind { Digit, Month, Season, Unit, Century, Named, Recent, Same, Next, That, DayWeekMonthYear, DayMonthYear, YearMonthWeek, Year, Ago, AfterOrBefore, PastOrLast }

    /// <summary>[0-9]: the only digits a date number is written in.</summary>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> FoldedOntoAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>One trigger word and the kinds it stands for.</summary>
    private sealed record Trigger(string Word, bool KeepsCase, ulong Kinds);

    // The trigger words that are not all letters ("9/11"), searched for as strings (null when there are none).
    private readonly SearchValues<string>? _oddWords;

    // The triggers by their first character in lower case, for an ASCII character; the last entry holds them all.
    private readonly Trigger[][] _byFirst = new Trigger[129][];
    private readonly int _shortest, _longest;

    // For each ASCII character: 1 a letter, 2 a digit, 0 anything else.
    private static readonly byte[] AsciiClass = Enumerable.Range(0, 128).Select(c => (byte)(char.IsAsciiLetter((char)c) ? 1 : char.IsAsciiDigit((char)c) ? 2 : 0)).ToArray();

    public TemporalTriggers(TemporalLexicon lexicon)
    {
        var triggers = new List<Trigger>();
        void Add(Kind kind, IEnumerable<string> words, bool keepsCase = false)
        {
            foreach (string word in words)
            {
                int same = triggers.FindIndex(t => t.KeepsCase == keepsCase && string.Equals(t.Word, word, keepsCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
                if (same >= 0)
                    triggers[same] = triggers[same] with { Kinds = triggers[same].Kinds | 1UL << (int)kind };
                else if (word.Length > 0)
                    triggers.Add(new Trigger(word, keepsCase, 1UL << (int)kind));
            }
        }
        // Months are matched case-sensitively by the patterns ("may" is usually a verb), so here too.
        Add(Kind.Month, LongestWords(lexicon, "month"), keepsCase: true);
        Add(Kind.Season, LongestWords(lexicon, "season"));
        Add(Kind.Unit, LongestWords(lexicon, "unit"));
        Add(Kind.Recent, LongestWords(lexicon, "recent"));
        Add(Kind.Named, lexicon.NamedDates.Select(n => n.Name));
        Add(Kind.Century, ["century"]);
        Add(Kind.Same, ["same"]);
        Add(Kind.Next, ["following", "next", "previous", "preceding"]);
        Add(Kind.That, ["that"]);
        Add(Kind.DayWeekMonthYear, ["day", "week", "month", "year"]);
        Add(Kind.DayMonthYear, ["day", "month", "year"]);
        Add(Kind.YearMonthWeek, ["year", "month", "week"]);
        Add(Kind.Year, ["year"]);
        Add(Kind.Ago, ["ago"]);
        Add(Kind.AfterOrBefore, ["after", "later", "before", "earlier"]);
        Add(Kind.PastOrLast, ["past", "last", "previous"]);

        // A word of letters is found as one of the sentence's words; any other as a string, then checked the same way.
        var odd = triggers.Where(t => !t.Word.All(char.IsLetter)).Select(t => t.Word).ToArray();
        _oddWords = odd.Length > 0 ? SearchValues.Create(odd, StringComparison.OrdinalIgnoreCase) : null;
        var letters = triggers.Where(t => t.Word.All(char.IsLetter)).ToList();
        for (int c = 0; c < 128; c++)
            _byFirst[c] = [.. letters.Where(t => t.Word[0] < 128 && char.ToLowerInvariant(t.Word[0]) == c)];
        _byFirst[128] = [.. triggers];
        (_shortest, _longest) = letters.Count > 0 ? (letters.Min(t => t.Word.Length), letters.Max(t => t.Word.Length)) : (1, 0);
    }

    // A multi-word entry ("recent weeks") may be split by any spaces, so only its longest word must appear as written.
    private static IEnumerable<string> LongestWords(TemporalLexicon lexicon, string means) =>
        lexicon.Meaning(means).Select(w => w.Word.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(p => p.Length) ?? w.Word);

    /// <summary>
    /// What one sentence holds, from one walk over its words: each run of letters is looked up among the trigger
    /// words of its first letter and length, and an ASCII digit anywhere is the digit trigger.
    /// </summary>
    public Sentence For(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        if (s.ContainsAny(FoldedOntoAscii))
            return new Sentence(0, runEverything: true);
        ulong kinds = 0;
        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (c < 128 ? AsciiClass[c] != 1 : !char.IsLetter(c))
            {
                if (c < 128 && AsciiClass[c] == 2)
                    kinds |= 1UL << (int)Kind.Digit;
                i++;
                continue;
            }
            int start = i++;
            while (i < s.Length && (s[i] is var d && d < 128 ? AsciiClass[d] == 1 : char.IsLetter(d)))
                i++;
            if (i - start >= _shortest && i - start <= _longest)
                kinds |= KindsOf(s[start..i]);
        }
        if (_oddWords is not null)
            for (int at = s.IndexOfAny(_oddWords); at >= 0; at = s[(at + 1)..].IndexOfAny(_oddWords) is var next and >= 0 ? at + 1 + next : -1)
                kinds |= OddKindsAt(s, at);
        return new Sentence(kinds, runEverything: false);
    }

    /// <summary>The kinds a whole run of letters stands for.</summary>
    private ulong KindsOf(ReadOnlySpan<char> word)
    {
        ulong kinds = 0;
        foreach (var trigger in _byFirst[word[0] < 128 ? word[0] | 0x20 : 128])
            if (trigger.Word.Length == word.Length
                && word.Equals(trigger.Word, trigger.KeepsCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                kinds |= trigger.Kinds;
        return kinds;
    }

    /// <summary>The kinds of the words of other characters that start at <paramref name="at"/> with no letter beside them.</summary>
    private ulong OddKindsAt(ReadOnlySpan<char> s, int at)
    {
        if (at > 0 && char.IsLetter(s[at - 1]))
            return 0;
        ulong kinds = 0;
        foreach (var trigger in _byFirst[128])
        {
            int end = at + trigger.Word.Length;
            if (end <= s.Length && (end == s.Length || !char.IsLetter(s[end]))
                && s.Slice(at, trigger.Word.Length).Equals(trigger.Word, trigger.KeepsCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                kinds |= trigger.Kinds;
        }
        return kinds;
    }

    /// <summary>What one sentence holds: a bit for each kind present.</summary>
    public readonly struct Sentence(ulong kinds, bool runEverything)
    {
        /// <summary>Whether every kind of a mask (see <see cref="Mask"/>) is present.</summary>
        public bool HasAll(ulong mask) => runEverything || (kinds & mask) == mask;
    }

    /// <summary>The kinds as a mask for <see cref="Sentence.HasAll"/>.</summary>
    public static ulong Mask(Kind[] kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
            mask |= 1UL << (int)kind;
        return mask;
    }
}
