using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    private static readonly SearchValues<char> FoldedOntoAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>One trigger word and the kinds it stands for (set while the triggers are gathered).</summary>
    private sealed record Trigger(string Word, bool KeepsCase)
    {
        public ulong Kinds { get; set; }
    }

    // The trigger words that are not all letters ("9/11"), searched for as strings (null when there are none).
    private readonly SearchValues<string>? _oddWords;

    // The triggers of letters by length and first letter in lower case ([length * 128 + letter], ASCII letters only),
    // so a word of the text is compared with the one or two it could be; _anyFirst holds every trigger.
    private readonly Trigger[][] _byLengthAndFirst;
    private readonly Trigger[] _anyFirst;
    private readonly int _shortest, _longest;

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    // Plain loops and arrays, no LINQ or lambdas: a first call in a new process pays the JIT for each one.
    public TemporalTriggers(TemporalLexicon lexicon)
    {
        var triggers = new List<Trigger>();
        void Add(Kind kind, string[] words, bool keepsCase = false)
        {
            var comparison = keepsCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            foreach (string word in words)
            {
                Trigger? same = null;
                foreach (var t in triggers)
                    if (t.KeepsCase == keepsCase && string.Equals(t.Word, word, comparison))
                        same = t;
                if (same is not null)
                    same.Kinds |= 1UL << (int)kind;
                else if (word.Length > 0)
                    triggers.Add(new Trigger(word, keepsCase) { Kinds = 1UL << (int)kind });
            }
        }
        // Months are matched case-sensitively by the patterns ("may" is usually a verb), so here too.
        Add(Kind.Month, LongestWords(lexicon, "month"), keepsCase: true);
        Add(Kind.Season, LongestWords(lexicon, "season"));
        Add(Kind.Unit, LongestWords(lexicon, "unit"));
        Add(Kind.Recent, LongestWords(lexicon, "recent"));
        var names = new string[lexicon.NamedDates.Count];
        for (int i = 0; i < names.Length; i++)
            names[i] = lexicon.NamedDates[i].Name;
        Add(Kind.Named, names);
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
        var odd = new List<string>();
        var letters = new List<Trigger>();
        (_shortest, _longest) = (int.MaxValue, 0);
        foreach (var t in triggers)
            if (OnlyLetters(t.Word))
            {
                letters.Add(t);
                (_shortest, _longest) = (Math.Min(_shortest, t.Word.Length), Math.Max(_longest, t.Word.Length));
            }
            else
                odd.Add(t.Word);
        _oddWords = odd.Count > 0 ? SearchValues.Create(odd.ToArray(), StringComparison.OrdinalIgnoreCase) : null;
        var lists = new List<Trigger>?[(_longest + 1) * 128];
        foreach (var t in letters)
        {
            // A word with a letter outside ASCII may match an ASCII one ignoring case ('ı' and 'I'): it is tried for every first letter.
            bool ascii = !t.Word.AsSpan().ContainsAnyExceptInRange((char)0, (char)127);
            for (char c = 'a'; c <= 'z'; c++)
                if (!ascii || char.ToLowerInvariant(t.Word[0]) == c)
                    (lists[t.Word.Length * 128 + c] ??= []).Add(t);
        }
        _byLengthAndFirst = new Trigger[lists.Length][];
        for (int i = 0; i < lists.Length; i++)
            _byLengthAndFirst[i] = lists[i]?.ToArray() ?? [];
        _anyFirst = [.. triggers];
    }

    private static bool OnlyLetters(string word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c))
                return false;
        return true;
    }

    // A multi-word entry ("recent weeks") may be split by any spaces, so only its longest word must appear as written.
    private static string[] LongestWords(TemporalLexicon lexicon, string means)
    {
        var longest = new List<string>();
        foreach (var entry in lexicon.Meaning(means))
        {
            string best = entry.Word;
            var parts = entry.Word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                best = parts[0];
                foreach (string part in parts)
                    if (part.Length > best.Length)
                        best = part;
            }
            longest.Add(best);
        }
        return [.. longest];
    }

    /// <summary>
    /// What one sentence holds, from one walk over its words: each run of letters is looked up among the trigger
    /// words of its first letter and length, and an ASCII digit anywhere is the digit trigger.
    /// </summary>
    public Sentence For(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        if (s.ContainsAny(FoldedOntoAscii))
            return new Sentence(0, runEverything: true);
        // The patterns spell digits [0-9] (a date number is ASCII only), so an ASCII digit is the trigger.
        ulong kinds = s.ContainsAnyInRange('0', '9') ? 1UL << (int)Kind.Digit : 0;
        // Sixteen characters at a time: a bit for each letter, then the words are where the bits change.
        int open = -1; // where the word that runs on from the last block started, or -1
        for (int i = 0; i < s.Length; i += 16)
        {
            int count = Math.Min(16, s.Length - i);
            uint letters = LetterBits(s.Slice(i, count));
            uint before = open >= 0 ? 1u : 0u;
            uint shifted = letters << 1 | before;
            uint changes = (letters ^ shifted) & (count == 16 ? 0xFFFFu : (1u << count) - 1);
            while (changes != 0)
            {
                int at = i + System.Numerics.BitOperations.TrailingZeroCount(changes);
                changes &= changes - 1;
                if (open < 0)
                    open = at;
                else
                {
                    kinds |= WordKinds(s, open, at);
                    open = -1;
                }
            }
        }
        if (open >= 0)
            kinds |= WordKinds(s, open, s.Length);
        if (_oddWords is not null)
            for (int at = s.IndexOfAny(_oddWords); at >= 0; at = s[(at + 1)..].IndexOfAny(_oddWords) is var next and >= 0 ? at + 1 + next : -1)
                kinds |= OddKindsAt(s, at);
        return new Sentence(kinds, runEverything: false);
    }

    /// <summary>A bit for each letter of up to sixteen characters (bit 0 the first).</summary>
    private static uint LetterBits(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 16 && Vector256.IsHardwareAccelerated)
        {
            var v = Vector256.Create(MemoryMarshal.Cast<char, ushort>(chars));
            if ((v & Vector256.Create((ushort)0xFF80)) == Vector256<ushort>.Zero)
            {
                // ASCII: a letter is one whose lower case is in a-z.
                var lower = (v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a');
                return Vector256.LessThan(lower, Vector256.Create((ushort)26)).ExtractMostSignificantBits();
            }
        }
        uint bits = 0;
        for (int i = 0; i < chars.Length; i++)
            if (IsLetter(chars[i]))
                bits |= 1u << i;
        return bits;
    }

    /// <summary>The kinds the word of letters s[start..end) stands for, after a quick no by its length and first letter.</summary>
    private ulong WordKinds(ReadOnlySpan<char> s, int start, int end)
    {
        int length = end - start;
        if (length < _shortest || length > _longest)
            return 0;
        char first = s[start];
        if (first < 128 && _byLengthAndFirst[length * 128 + (first | 0x20)].Length == 0)
            return 0;
        return KindsOf(s[start..end]);
    }

    /// <summary>The kinds a whole run of letters stands for.</summary>
    private ulong KindsOf(ReadOnlySpan<char> word)
    {
        ulong kinds = 0;
        foreach (var trigger in word[0] < 128 ? _byLengthAndFirst[word.Length * 128 + (word[0] | 0x20)] : _anyFirst)
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
        foreach (var trigger in _anyFirst)
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

        /// <summary>True when the sentence holds a character the patterns fold onto an ASCII letter (then every pattern runs).</summary>
        public bool FoldedChars => runEverything;
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
