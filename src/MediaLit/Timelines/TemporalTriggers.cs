using System.Buffers;

namespace MediaLit.Timelines;

/// <summary>
/// Words without which a temporal pattern cannot match, so <see cref="TemporalExpressionFinder"/> can
/// skip the pattern for a sentence that has none of them. Most sentences hold no digit, month or unit
/// word, and a vectorised search for a few words costs far less than running two dozen regexes.
/// <para>
/// Every trigger is a necessary condition (a word the pattern spells out, or the longest word of a
/// lexicon entry), so skipping never changes what is found. The search ignores case the way .NET's
/// invariant case tables do for ASCII; a sentence holding one of the few characters the regex engine
/// also folds onto ASCII letters (the Kelvin sign, long s, dotted and dotless i) runs every pattern.
/// </para>
/// </summary>
internal sealed class TemporalTriggers
{
    public enum Kind { Digit, Month, Season, Unit, Century, Named, Recent, Same, Next, That, DayWeekMonthYear, DayMonthYear, YearMonthWeek, Year, Ago, AfterOrBefore, PastOrLast }

    /// <summary>[0-9]: the only digits a date number is written in.</summary>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> FoldedOntoAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");
    private readonly SearchValues<string>?[] _words = new SearchValues<string>?[Enum.GetValues<Kind>().Length];

    public TemporalTriggers(TemporalLexicon lexicon)
    {
        // Months are matched case-sensitively by the patterns ("may" is usually a verb), so here too.
        _words[(int)Kind.Month] = SearchValues.Create(LongestWords(lexicon, "month"), StringComparison.Ordinal);
        Set(Kind.Season, LongestWords(lexicon, "season"));
        Set(Kind.Unit, LongestWords(lexicon, "unit"));
        Set(Kind.Recent, LongestWords(lexicon, "recent"));
        Set(Kind.Named, lexicon.NamedDates.Count == 0 ? ["\0never\0"] : lexicon.NamedDates.Select(n => n.Name).ToArray());
        Set(Kind.Century, ["century"]);
        Set(Kind.Same, ["same"]);
        Set(Kind.Next, ["following", "next", "previous", "preceding"]);
        Set(Kind.That, ["that"]);
        Set(Kind.DayWeekMonthYear, ["day", "week", "month", "year"]);
        Set(Kind.DayMonthYear, ["day", "month", "year"]);
        Set(Kind.YearMonthWeek, ["year", "month", "week"]);
        Set(Kind.Year, ["year"]);
        Set(Kind.Ago, ["ago"]);
        Set(Kind.AfterOrBefore, ["after", "later", "before", "earlier"]);
        Set(Kind.PastOrLast, ["past", "last", "previous"]);
    }

    private void Set(Kind kind, string[] words) => _words[(int)kind] = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    // A multi-word entry ("a couple of") may be split by any spaces, so only its longest word must appear as written.
    private static string[] LongestWords(TemporalLexicon lexicon, string means) =>
        lexicon.Meaning(means).Select(w => w.Word.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(p => p.Length) ?? w.Word)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray() is { Length: > 0 } words ? words : ["\0never\0"];

    /// <summary>What one sentence holds, worked out only as far as the patterns ask.</summary>
    public Sentence For(ReadOnlySpan<char> sentence) => new(this, sentence.ContainsAny(FoldedOntoAscii));

    public ref struct Sentence(TemporalTriggers triggers, bool runEverything)
    {
        private ulong _known, _present;

        public bool HasAll(ReadOnlySpan<char> text, Kind[] kinds)
        {
            if (runEverything)
                return true;
            foreach (var kind in kinds)
                if (!Has(text, kind))
                    return false;
            return true;
        }

        private bool Has(ReadOnlySpan<char> text, Kind kind)
        {
            ulong bit = 1UL << (int)kind;
            if ((_known & bit) == 0)
            {
                // The patterns spell digits [0-9] (a date number is ASCII only), so an ASCII digit is the trigger.
                bool present = kind == Kind.Digit ? text.ContainsAnyInRange('0', '9') : text.ContainsAny(triggers._words[(int)kind]!);
                _known |= bit;
                if (present)
                    _present |= bit;
            }
            return (_present & bit) != 0;
        }
    }
}
