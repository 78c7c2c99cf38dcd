using System.Buffers;

namespace MediaLit.Timelines;

internal sealed partial class TemporalExpressionFinder
{
    /// <summary>
    /// The date patterns, matched by hand. Each was a regex; each is now a few calls that walk the text once from
    /// a start, so a match costs a few character compares and allocates nothing, and building them costs no
    /// automaton (a first call used to build ~26 of them, 100-570 ms). Every method below says the regex it
    /// replaces and keeps its semantics: the leftmost start, and at a start the alternatives in the regex's order,
    /// trying the next one (an optional part left out, a shorter word) when a later part fails, as the regex
    /// backtracked. Where an element is greedy with no retry (white space runs, digit runs, an optional full stop
    /// or comma), what follows it can never start with what it gave back, so a retry could never match.
    /// </summary>
    private sealed class Patterns
    {
        private static readonly TemporalWordSet PastWords = TemporalWordSet.Fixed("past", "last", "previous");
        private static readonly TemporalWordSet BackWords = TemporalWordSet.Fixed("back", "ago", "earlier");
        private static readonly TemporalWordSet Prepositions = TemporalWordSet.Fixed("in", "since", "until", "by", "during", "from");
        private static readonly TemporalWordSet AnyUnit = TemporalWordSet.Fixed("day", "week", "month", "year");
        private static readonly TemporalWordSet Directions = TemporalWordSet.Fixed("following", "next", "previous", "preceding");
        private static readonly TemporalWordSet ThatUnits = TemporalWordSet.Fixed("day", "month", "year");
        private static readonly TemporalWordSet RelativeUnits = TemporalWordSet.Fixed("year", "month", "week");
        private static readonly TemporalWordSet CountDirections = TemporalWordSet.Fixed("after", "later", "before", "earlier");

        private readonly TemporalWordSet _month, _season, _part, _relative, _number, _unit, _ordinal, _recent, _names;
        private readonly bool _hasNames;

        // Every month word and every unit word is ASCII letters only (see DigitAfterWord, ContinuesAfterUnit); a lexicon
        // with "mid-May" as a month would not be.
        private readonly bool _monthsAreLetters, _unitsAreLetters;
        private readonly SearchValues<char>[] _starts = new SearchValues<char>[RuleCount];
        private readonly bool[][] _startTables = new bool[RuleCount][];

        public Patterns(TemporalLexicon lexicon)
        {
            _month = TemporalWordSet.Lexicon(lexicon.Meaning("month"), ignoreCase: false);
            _season = TemporalWordSet.Lexicon(lexicon.Meaning("season"));
            _part = TemporalWordSet.Lexicon(lexicon.Meaning("part"));
            _relative = TemporalWordSet.Lexicon(lexicon.Meaning("relative"));
            _number = TemporalWordSet.Lexicon(lexicon.Meaning("number").Concat(lexicon.Meaning("vague-number")), digits: true);
            _unit = TemporalWordSet.Lexicon(lexicon.Meaning("unit"));
            _ordinal = TemporalWordSet.Lexicon(lexicon.Meaning("ordinal"));
            _recent = TemporalWordSet.Lexicon(lexicon.Meaning("recent"));
            _names = TemporalWordSet.Names(lexicon.NamedDates.Select(n => n.Name));
            _hasNames = lexicon.NamedDates.Count > 0;
            _monthsAreLetters = lexicon.Meaning("month").All(m => m.Word.Length > 0 && m.Word.All(char.IsAsciiLetter));
            _unitsAreLetters = lexicon.Meaning("unit").All(m => m.Word.Length > 0 && m.Word.All(char.IsAsciiLetter));

            // Every character a match of each pattern can start with: the search skips to the next one.
            char[] digits = [.. "0123456789"], the = ['t', 'T'];
            Starts([Rule.FullDate, Rule.MonthDay], _month.FirstChars);
            Starts([Rule.DayMonthYear, Rule.DayMonth], digits);
            _afterPartStarts[(int)Rule.MonthYear] = _afterPartStarts[(int)Rule.MonthRelativeYear] = SearchValues.Create(_month.FirstChars);
            _afterPartStarts[(int)Rule.RelativeSeason] = SearchValues.Create(_relative.FirstChars);
            _afterPartStarts[(int)Rule.SeasonYear] = SearchValues.Create(_season.FirstChars);
            _afterPartStarts[(int)Rule.Decade] = SearchValues.Create([.. digits, '\'', '’']);
            for (int r = 0; r < _afterPartStarts.Length; r++)
                if (_afterPartStarts[r] is { } after)
                    _afterPartTables[r] = AsciiTable(after);
            _partWords = _part.Starts() is { } partWords && _part.AllSingleWords ? partWords : null;
            Starts([Rule.MonthYear, Rule.MonthRelativeYear], [.. _part.FirstChars, .. _month.FirstChars]);
            Starts([Rule.BackInMonth, Rule.Ago, Rule.CountedFrom, Rule.Duration], _number.FirstChars);
            Starts([Rule.RelativeMonth, Rule.RelativeUnit], _relative.FirstChars);
            Starts([Rule.RelativeSeason], [.. _part.FirstChars, .. _relative.FirstChars]);
            Starts([Rule.SeasonYear], [.. _part.FirstChars, .. _season.FirstChars]);
            Starts([Rule.Decade], [.. _part.FirstChars, .. digits, '\'', '’']);
            Starts([Rule.Century], [.. digits, .. _ordinal.FirstChars]);
            Starts([Rule.YearRange], ['1', '2']);
            Starts([Rule.NamedDate], _names.FirstChars);
            Starts([Rule.PastPeriod, Rule.NextUnit, Rule.ThatUnit], the);
            Starts([Rule.SameUnit], ['t', 'T', 's', 'S']);
            Starts([Rule.Recent], _recent.FirstChars);

            // Where the first word of a pattern can be found by a vectorised search of the words themselves, only those
            // places are tried: fewer than every start character ("t" of any word for "the"), and never one less.
            SearchValues<string> theWord = SearchValues.Create(["the"], StringComparison.OrdinalIgnoreCase);
            _firstWords[(int)Rule.FullDate] = _firstWords[(int)Rule.MonthDay] = _month.Starts();
            _firstWords[(int)Rule.RelativeMonth] = _firstWords[(int)Rule.RelativeUnit] = _relative.Starts();
            _firstWords[(int)Rule.BareMonth] = Prepositions.Starts();
            _firstWords[(int)Rule.Recent] = _recent.Starts();
            _firstWords[(int)Rule.NamedDate] = _hasNames ? _names.Starts() : null;
            _firstWords[(int)Rule.PastPeriod] = _firstWords[(int)Rule.NextUnit] = theWord;
            _firstWords[(int)Rule.ThatUnit] = SearchValues.Create(["that"], StringComparison.OrdinalIgnoreCase);
            _firstWords[(int)Rule.SameUnit] = SearchValues.Create(["the", "same"], StringComparison.OrdinalIgnoreCase);
            _unitWords = _unit.Starts(kelvinSignRuledOut: true); // FindCounted is used only on a text without it
            _numberSpaceRuns = _number.MostSpaceRuns();
            Starts([Rule.BareMonth], Prepositions.FirstChars);
        }

        // For the patterns that start with a word of a set: those words, for a vectorised search (null: every start character).
        private readonly SearchValues<string>?[] _firstWords = new SearchValues<string>?[RuleCount];

        // For the patterns that start with {number}\s+{unit}: the units for a search, and how many runs of spaces a number has
        // at most (-1: the number words are not simple enough to bound where a number can start).
        private readonly SearchValues<string>? _unitWords;
        private readonly int _numberSpaceRuns;

        // For the patterns that start with {part}: the characters what follows the part can start with.
        private readonly SearchValues<char>?[] _afterPartStarts = new SearchValues<char>?[RuleCount];
        private readonly bool[][] _afterPartTables = new bool[RuleCount][];

        // The part words as strings for a vectorised search, where that search finds every place _part matches: words of
        // ASCII letters other than 'k' (which _part also matches as the Kelvin sign), without spaces. Else null.
        private readonly SearchValues<string>? _partWords;

        private void Starts(Rule[] rules, char[] chars)
        {
            var values = SearchValues.Create(chars);
            var table = AsciiTable(values);
            foreach (var rule in rules)
                (_starts[(int)rule], _startTables[(int)rule]) = (values, table);
        }

        /// <summary>
        /// The leftmost match of a pattern that starts at or after <paramref name="from"/> and ends by the end of
        /// <paramref name="text"/> (the sentence's end), as the regex found it; false when there is none.
        /// </summary>
        /// <param name="foldedChars">
        /// True when the sentence may hold a character the patterns fold onto an ASCII letter (the Kelvin sign is a 'k' to
        /// them), which a search ignoring case in ASCII only could miss: then {number} {unit} patterns try every start.
        /// </param>
        /// <param name="sentenceStart">Where the sentence starts: a match starting there follows no word of it.</param>
        /// <param name="units">The sentence's units, found by the first {number} {unit} pattern that needs them.</param>
        public bool Find(Rule rule, ReadOnlySpan<char> text, int from, int sentenceStart, bool foldedChars, SentenceUnits units, out int start, out int end, ref Groups g)
        {
            if (_partWords is not null && _afterPartStarts[(int)rule] is { } after)
                return FindWithPart(rule, text, from, sentenceStart, after, out start, out end, ref g);
            if (_firstWords[(int)rule] is { } firstWords)
                return FindFromWords(rule, text, from, firstWords, out start, out end, ref g);
            if (rule is Rule.BackInMonth or Rule.Ago or Rule.CountedFrom or Rule.Duration && _unitWords is not null && _numberSpaceRuns >= 0 && !foldedChars)
                return FindCounted(rule, text, from, sentenceStart, units, out start, out end, ref g);
            var starts = _starts[(int)rule];
            var ascii = _startTables[(int)rule];
            bool counted = rule is Rule.BackInMonth or Rule.Ago or Rule.CountedFrom or Rule.Duration;
            if (rule != Rule.NamedDate || _hasNames)
                for (int at = Next(counted, text, from, sentenceStart, starts, ascii); at >= 0; at = Next(counted, text, at + 1, sentenceStart, starts, ascii))
                {
                    if (TryAt(rule, text, at, out start, out end, ref g))
                        return true;
                }
            start = end = -1;
            return false;
        }

        /// <summary>
        /// <see cref="Find"/> for a pattern that starts with {part}: it can match only where a part word starts or
        /// where what follows a part can start, so those are the only starts tried, each found by a search (a part's
        /// first letters, 'e', 'm' and 'l', start a good share of all words, and most are not a part).
        /// </summary>
        private bool FindWithPart(Rule rule, ReadOnlySpan<char> text, int from, int sentenceStart, SearchValues<char> after, out int start, out int end, ref Groups g)
        {
            var afterTable = _afterPartTables[(int)rule];
            // A decade is looked for only where a word starts (see InsideWord): the digits of every year are among its starts.
            bool wordStart = rule == Rule.Decade;
            int rest = Next(wordStart, text, from, sentenceStart, after, afterTable), part = NextPart(wordStart, text, from, sentenceStart);
            while (rest >= 0 || part >= 0)
            {
                int at = rest < 0 ? part : part < 0 ? rest : Math.Min(rest, part);
                if (TryAt(rule, text, at, out start, out end, ref g))
                    return true;
                if (rest == at)
                    rest = Next(wordStart, text, at + 1, sentenceStart, after, afterTable);
                if (part == at)
                    part = NextPart(wordStart, text, at + 1, sentenceStart);
            }
            start = end = -1;
            return false;
        }

        /// <summary>One start tried: where the pattern's match from <paramref name="at"/> ends, and true, or false.</summary>
        private bool TryAt(Rule rule, ReadOnlySpan<char> text, int at, out int start, out int end, ref Groups g)
        {
            g = default;
            end = MatchAt(rule, text, at, ref g);
            start = end >= 0 ? at : -1;
            return end >= 0;
        }

        /// <summary><see cref="Find"/> for a pattern whose first word is one of a set: tried where one of the words is found.</summary>
        private bool FindFromWords(Rule rule, ReadOnlySpan<char> text, int from, SearchValues<string> words, out int start, out int end, ref Groups g)
        {
            bool dayNext = _monthsAreLetters && rule is Rule.FullDate or Rule.MonthDay;
            for (int at = NextWord(rule, text, from, words); at >= 0; at = NextWord(rule, text, at + 1, words))
            {
                if (dayNext && !DigitAfterWord(text, at))
                    continue;
                if (TryAt(rule, text, at, out start, out end, ref g))
                    return true;
            }
            start = end = -1;
            return false;
        }

        /// <summary>
        /// <see cref="Find"/> for the patterns that start with {number}\s+{unit}: a match ends its number just before the
        /// white space before a unit, and the number is at most a few runs of other characters parted by white space
        /// (its words, or its digits), so only the starts in such a stretch before each unit found are tried, in order.
        /// </summary>
        private bool FindCounted(Rule rule, ReadOnlySpan<char> text, int from, int sentenceStart, SentenceUnits units, out int start, out int end, ref Groups g)
        {
            var starts = _starts[(int)rule];
            var ascii = _startTables[(int)rule];
            // The next few starts first, each tried, as the search without units did: in a text dense with dates the next
            // match is near, and the unit search costs more to set up than a few looks. With only word starts tried, 32
            // characters are a few looks: enough to reach the next "one year after" in a list of years (16 were not).
            int tried = Math.Min(from + 32, text.Length); // every start before this one has been tried
            for (int at = NextWordStart(text, from, sentenceStart, starts, ascii); at >= 0 && at < tried; at = NextWordStart(text, at + 1, sentenceStart, starts, ascii))
            {
                if (TryAt(rule, text, at, out start, out end, ref g))
                    return true;
            }
            if (!units.Found)
                FindUnits(text, sentenceStart, units);
            int next = units.Units.BinarySearch(Math.Max(from + 1, tried));
            for (int u = next < 0 ? ~next : next; u < units.Units.Count; u++)
            {
                // A unit whose number would end before the starts already tried has nothing new to try: walking back
                // from it stopped at "tried" inside its white space, where no number ends (each stretch of text is
                // walked once per search). The starts stay untried where no number ends ("tried" is not moved on), so
                // a later unit's walk back still reaches them.
                int numberEnd = units.NumberEnds[u];
                if (numberEnd < tried || !ContinuesAfterUnit(rule, text, units.Units[u]))
                    continue;
                int first = RunStart(text, numberEnd, tried);
                for (int run = 0; run < _numberSpaceRuns && first > tried && char.IsWhiteSpace(text[first - 1]); run++)
                {
                    while (first > tried && char.IsWhiteSpace(text[first - 1]))
                        first--;
                    first = RunStart(text, first, tried);
                }
                for (int at = NextWordStart(text, Math.Max(tried, first), sentenceStart, starts, ascii); at >= 0 && at < numberEnd; at = NextWordStart(text, at + 1, sentenceStart, starts, ascii))
                {
                    if (TryAt(rule, text, at, out start, out end, ref g))
                        return true;
                }
                tried = Math.Max(tried, numberEnd);
            }
            start = end = -1;
            return false;
        }

        /// <summary>
        /// False when what follows the unit at <paramref name="unit"/> cannot go on with the rest of the pattern: "ago",
        /// a direction ("after", "later", …) or "back|ago|earlier". A unit word is a run of letters, so a match's unit
        /// ends where the run does (a letter after it is not white space), and the rest follows its white space. No start
        /// before this unit can then match with it, and none can with another unit (see FindUnits), so its starts are
        /// skipped as for a unit no number ends before: "12 years 12 years …" had each "12 years" read by all four
        /// patterns, though only a duration can be followed by "12".
        /// </summary>
        private bool ContinuesAfterUnit(Rule rule, ReadOnlySpan<char> text, int unit)
        {
            if (rule == Rule.Duration || !_unitsAreLetters)
                return true;
            int i = unit;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            int next = Spaces(text, i);
            return next >= 0 && rule switch
            {
                Rule.Ago => Literal(text, next, "ago") >= 0,
                Rule.CountedFrom => CountDirections.Match(text, next) >= 0,
                _ => BackWords.Match(text, next) >= 0,
            };
        }

        /// <summary>
        /// False when no {month}\s+{day} can start at <paramref name="at"/>: a month word is a run of letters, so its
        /// match ends where the run does (a letter after it is not white space), then an optional full stop, white
        /// space and the day's first digit must follow. A quick no for the month rules on "in July July …", which
        /// otherwise read the month word again at every month for each rule.
        /// </summary>
        private static bool DigitAfterWord(ReadOnlySpan<char> text, int at)
        {
            int i = at;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (i < text.Length && text[i] == '.')
                i++;
            if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                return false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            return i < text.Length && char.IsAsciiDigit(text[i]);
        }

        /// <summary>
        /// The sentence's units that follow white space and have, before that white space, the end of a number word or a
        /// digit: the only units a {number} {unit} match can use. Found once for the four patterns that start so, which
        /// each searched the sentence for every unit ("the same day …" was four searches and four walks back per "day").
        /// </summary>
        private void FindUnits(ReadOnlySpan<char> text, int sentenceStart, SentenceUnits units)
        {
            for (int unit = Next(text, sentenceStart + 1, _unitWords!); unit >= 0; unit = Next(text, unit + 1, _unitWords!))
            {
                if (!char.IsWhiteSpace(text[unit - 1]))
                    continue;
                int numberEnd = unit - 1;
                while (numberEnd > sentenceStart && char.IsWhiteSpace(text[numberEnd - 1]))
                    numberEnd--;
                if (_number.CouldEndAt(text, numberEnd))
                {
                    units.Units.Add(unit);
                    units.NumberEnds.Add(numberEnd);
                }
            }
            units.Found = true;
        }

        /// <summary>One sentence's units for <see cref="FindCounted"/>, in text order, each with where its number would end.</summary>
        public sealed class SentenceUnits
        {
            public List<int> Units { get; } = [];
            public List<int> NumberEnds { get; } = [];
            public bool Found { get; set; }

            /// <summary>Forgets the units: a new sentence is read.</summary>
            public void Reset()
            {
                Units.Clear();
                NumberEnds.Clear();
                Found = false;
            }
        }

        /// <summary>
        /// True when a letter or digit comes just before <paramref name="at"/> in its sentence: <see cref="Accept"/> rejects any
        /// match starting there, so a {number} {unit} pattern or a decade is not tried there (the digits of "1949" after its
        /// first, the "a" of "Rosa"), which was most of the work on a text of years. The search goes on at the next word start,
        /// where the rejection would have sent it, except that the rejection also stepped over claimed words: no match there is
        /// skipped now, because no word inside a count after its first can start one (DateWordStartTests checks the lexicon)
        /// and a claim covers a decade's whole word (claims end where a word does).
        /// </summary>
        private static bool InsideWord(ReadOnlySpan<char> text, int at, int sentenceStart) => at > sentenceStart && IsWordChar(text[at - 1]);

        /// <summary>The next of <paramref name="starts"/> at or after <paramref name="at"/> that is not inside a word, or -1.</summary>
        private static int NextWordStart(ReadOnlySpan<char> text, int at, int sentenceStart, SearchValues<char> starts, bool[] ascii)
        {
            for (at = NextCandidate(text, at, starts, ascii); at >= 0 && InsideWord(text, at, sentenceStart); at = NextCandidate(text, PastWord(text, at), starts, ascii))
            {
            }
            return at;
        }

        private static int Next(bool wordStart, ReadOnlySpan<char> text, int at, int sentenceStart, SearchValues<char> starts, bool[] ascii) =>
            wordStart ? NextWordStart(text, at, sentenceStart, starts, ascii) : NextCandidate(text, at, starts, ascii);

        /// <summary>
        /// The first position after <paramref name="inside"/> (a position inside a word) that is not inside a word: the rest of
        /// the word's letters and digits are inside it, and so is the character just after them.
        /// </summary>
        private static int PastWord(ReadOnlySpan<char> text, int inside)
        {
            while (inside < text.Length && IsWordChar(text[inside]))
                inside++;
            return inside + 1;
        }

        /// <summary>Where the run of characters other than white space that ends at <paramref name="end"/> starts, or <paramref name="floor"/>.</summary>
        private static int RunStart(ReadOnlySpan<char> text, int end, int floor)
        {
            while (end > floor && !char.IsWhiteSpace(text[end - 1]))
                end--;
            return end;
        }

        /// <summary>
        /// The next start to try: one of the pattern's start characters among the next few (as <see cref="NextCandidate"/>,
        /// for a text dense with dates, where a search costs more to set up than a few looks), else where the search finds
        /// one of its first words.
        /// </summary>
        private int NextWord(Rule rule, ReadOnlySpan<char> text, int at, SearchValues<string> words)
        {
            var ascii = _startTables[(int)rule];
            for (int stop = Math.Min(text.Length, at + 8); at < stop; at++)
                if (text[at] is var c && (c < 128 ? ascii[c] : _starts[(int)rule].Contains(c)))
                    return at;
            return Next(text, at, words);
        }

        private static int Next(ReadOnlySpan<char> text, int at, SearchValues<string> words)
        {
            int next = at < text.Length ? text[at..].IndexOfAny(words) : -1;
            return next < 0 ? -1 : at + next;
        }

        private int NextPart(bool wordStart, ReadOnlySpan<char> text, int at, int sentenceStart)
        {
            while (at < text.Length)
            {
                int next = text[at..].IndexOfAny(_partWords!);
                if (next < 0)
                    return -1;
                if (!wordStart || !InsideWord(text, at + next, sentenceStart))
                    return at + next;
                at = PastWord(text, at + next);
            }
            return -1;
        }

        /// <summary>
        /// The next position at or after <paramref name="at"/> holding one of <paramref name="starts"/>, or -1. The
        /// next few characters are looked at one by one first: in a text dense with dates (a table, a bait) the next
        /// one is near, and a vectorised search costs more to set up than a few looks; in news text it is far.
        /// </summary>
        public static int NextCandidate(ReadOnlySpan<char> text, int at, SearchValues<char> starts, bool[] ascii)
        {
            for (int stop = Math.Min(text.Length, at + 8); at < stop; at++)
                if (text[at] is var c && (c < 128 ? ascii[c] : starts.Contains(c)))
                    return at;
            if (at >= text.Length)
                return -1;
            int next = text[at..].IndexOfAny(starts);
            return next < 0 ? -1 : at + next;
        }

        /// <summary>The ASCII part of a set of starts as a plain table: a look costs an index, not a virtual call.</summary>
        public static bool[] AsciiTable(SearchValues<char> starts)
        {
            var table = new bool[128];
            for (int c = 0; c < 128; c++)
                table[c] = starts.Contains((char)c);
            return table;
        }

        /// <summary>Where the pattern's match starting at <paramref name="at"/> ends, or -1.</summary>
        private int MatchAt(Rule rule, ReadOnlySpan<char> s, int at, ref Groups g) => rule switch
        {
            // {month}\s+{day},?\s+{year}
            Rule.FullDate => Year(s, CommaSpaces(s, Day(s, Spaces(s, Month(s, at, ref g)), ref g)), G.Year, ref g),
            // {day}\s+(?:of\s+)?{month},?\s+{year}
            Rule.DayMonthYear => MonthYearAfterOf(s, Spaces(s, Day(s, at, ref g)), ref g),
            // {part}{month},?\s+(?:of\s+)?{year}
            Rule.MonthYear => WithPart(rule, s, at, ref g),
            // {part}{month}\s+(?:of\s+)?{relative}\s+year
            Rule.MonthRelativeYear => WithPart(rule, s, at, ref g),
            // {number}\s+{unit}\s+(?:back|ago|earlier),?\s+in\s+{month}
            Rule.BackInMonth => Counted(rule, s, at, ref g),
            // {relative}\s+{month}
            Rule.RelativeMonth => Month(s, Spaces(s, Relative(s, at, ref g)), ref g),
            // {month}\s+{day}
            Rule.MonthDay => Day(s, Spaces(s, Month(s, at, ref g)), ref g),
            // {day}\s+(?:of\s+)?{month}
            Rule.DayMonth => MonthAfterOf(s, Spaces(s, Day(s, at, ref g)), ref g),
            // {part}{relative}\s+{season}
            Rule.RelativeSeason => WithPart(rule, s, at, ref g),
            // {part}{season}\s+(?:of\s+)?{year}
            Rule.SeasonYear => WithPart(rule, s, at, ref g),
            // {part}(?:(?<d4>1[6-9][0-9]0|20[0-9]0)|['’]?(?<d2>[0-9]0))['’]?s
            Rule.Decade => WithPart(rule, s, at, ref g),
            // {ordinal}[\s-]+century
            Rule.Century => Century(s, at, ref g),
            // (?<year>1[6-9][0-9][0-9]|20[0-9][0-9])\s*[-–—]\s*(?<last>1[6-9][0-9][0-9]|20[0-9][0-9]|[0-9][0-9])
            Rule.YearRange => YearRange(s, at, ref g),
            // (?<name>9/11|…)
            Rule.NamedDate => Word(_names, s, at, G.Name, ref g),
            // the\s+(?:past|last|previous)\s+(?:{number}\s+)?{unit}
            Rule.PastPeriod => PastPeriod(s, at, ref g),
            // {number}\s+{unit}\s+ago
            Rule.Ago => Counted(rule, s, at, ref g),
            // {relative}\s+(?<unit>year|month|week)
            Rule.RelativeUnit => Word(RelativeUnits, s, Spaces(s, Relative(s, at, ref g)), G.Unit, ref g),
            // (?<recent>recent\s+months|…|recently)
            Rule.Recent => Word(_recent, s, at, G.Recent, ref g),
            // (?:the\s+)?same\s+(?<unit>day|week|month|year)
            Rule.SameUnit => SameUnit(s, at, ref g),
            // the\s+(?<dir>following|next|previous|preceding)\s+(?<unit>day|week|month|year)
            Rule.NextUnit => Word(AnyUnit, s, Spaces(s, Word(Directions, s, Spaces(s, Literal(s, at, "the")), G.Dir, ref g)), G.Unit, ref g),
            // that\s+(?<unit>day|month|year)
            Rule.ThatUnit => Word(ThatUnits, s, Spaces(s, Literal(s, at, "that")), G.Unit, ref g),
            // {number}\s+{unit}\s+(?<dir>after|later|before|earlier)
            Rule.CountedFrom => Counted(rule, s, at, ref g),
            // (?<prep>in|since|until|by|during|from)\s+{month}
            Rule.BareMonth => Month(s, Spaces(s, Word(Prepositions, s, at, G.Prep, ref g)), ref g),
            // {number}\s+{unit}
            Rule.Duration => Counted(rule, s, at, ref g),
            _ => -1, // IsoDay and Year are found by NextFixed
        };

        // --- the parts of the patterns: each takes a position (-1 when an earlier part failed) and gives the end ---

        /// <summary>{part} = (?:(?&lt;part&gt;early|mid|late)[\s-]+)? before the rest of a pattern; without it if the rest fails.</summary>
        private int WithPart(Rule rule, ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int part = _part.Match(s, at), after = RunOf(s, part, dashes: true);
            if (after >= 0)
            {
                g.Set(G.Part, at, part);
                int end = AfterPart(rule, s, after, ref g);
                if (end >= 0)
                    return end;
                g.Clear(G.Part);
            }
            // Most starts of these patterns are a part's first letter ("e" of any word): the rest cannot start there.
            return _afterPartStarts[(int)rule]!.Contains(s[at]) ? AfterPart(rule, s, at, ref g) : -1;
        }

        private int AfterPart(Rule rule, ReadOnlySpan<char> s, int at, ref Groups g) => rule switch
        {
            Rule.MonthYear => YearAfterOf(s, CommaSpaces(s, Month(s, at, ref g)), ref g),
            Rule.MonthRelativeYear => RelativeYearAfterOf(s, Spaces(s, Month(s, at, ref g)), ref g),
            Rule.RelativeSeason => Word(_season, s, Spaces(s, Relative(s, at, ref g)), G.Season, ref g),
            Rule.SeasonYear => YearAfterOf(s, Spaces(s, Word(_season, s, at, G.Season, ref g)), ref g),
            _ => DecadeAfterPart(s, at, ref g),
        };

        /// <summary>(?:(?&lt;d4&gt;1[6-9][0-9]0|20[0-9]0)|['’]?(?&lt;d2&gt;[0-9]0))['’]?s</summary>
        private static int DecadeAfterPart(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            if (at + 4 <= s.Length && char.IsAsciiDigit(s[at + 2]) && s[at + 3] == '0'
                && (s[at] == '1' && s[at + 1] is >= '6' and <= '9' || s[at] == '2' && s[at + 1] == '0'))
            {
                g.Set(G.D4, at, at + 4);
                int end = QuoteS(s, at + 4);
                if (end >= 0)
                    return end;
                g.Clear(G.D4);
            }
            if (at < s.Length && s[at] is '\'' or '’' && TwoDigitDecade(s, at + 1, ref g) is var quoted and >= 0)
                return quoted;
            return TwoDigitDecade(s, at, ref g);
        }

        private static int TwoDigitDecade(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            if (at + 2 > s.Length || !char.IsAsciiDigit(s[at]) || s[at + 1] != '0')
                return -1;
            g.Set(G.D2, at, at + 2);
            int end = QuoteS(s, at + 2);
            if (end < 0)
                g.Clear(G.D2);
            return end;
        }

        /// <summary>['’]?s</summary>
        private static int QuoteS(ReadOnlySpan<char> s, int at)
        {
            if (at < s.Length && s[at] is '\'' or '’' && at + 1 < s.Length && TemporalWordSet.Same(s[at + 1], 's', true))
                return at + 2;
            return at < s.Length && TemporalWordSet.Same(s[at], 's', true) ? at + 1 : -1;
        }

        /// <summary>{ordinal}[\s-]+century, {ordinal} = [0-9]{1,2}(?:st|nd|rd|th)|first|second|…</summary>
        private int Century(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int digits = DigitRun(s, at, 2), end;
            if (digits >= 0 && Suffix(s, digits) is var suffix and >= 0)
            {
                g.Set(G.Ord, at, suffix);
                if ((end = Literal(s, RunOf(s, suffix, dashes: true), "century")) >= 0)
                    return end;
            }
            for (int alt = _ordinal.Next(s, at, -1, out int word); alt >= 0; alt = _ordinal.Next(s, at, alt, out word))
            {
                g.Set(G.Ord, at, word);
                if ((end = Literal(s, RunOf(s, word, dashes: true), "century")) >= 0)
                    return end;
            }
            g.Clear(G.Ord);
            return -1;
        }

        private static int YearRange(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int q = Year(s, at, G.Year, ref g);
            if (q < 0)
                return -1;
            while (q < s.Length && char.IsWhiteSpace(s[q]))
                q++;
            if (q >= s.Length || s[q] is not ('-' or '–' or '—'))
                return -1;
            q++;
            while (q < s.Length && char.IsWhiteSpace(s[q]))
                q++;
            if (Year(s, q, G.Last, ref g) is var end and >= 0)
                return end;
            if (q + 2 > s.Length || !char.IsAsciiDigit(s[q]) || !char.IsAsciiDigit(s[q + 1]))
                return -1;
            g.Set(G.Last, q, q + 2);
            return q + 2;
        }

        /// <summary>the\s+(?:past|last|previous)\s+(?:{number}\s+)?{unit}</summary>
        private int PastPeriod(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int q = Spaces(s, PastWords.Match(s, Spaces(s, Literal(s, at, "the"))));
            if (q < 0)
                return -1;
            for (int alt = _number.Next(s, q, -1, out int number); alt >= 0; alt = _number.Next(s, q, alt, out number))
            {
                g.Set(G.Qty, q, number);
                if (Unit(s, Spaces(s, number), ref g) is var end and >= 0)
                    return end;
            }
            g.Clear(G.Qty);
            return Unit(s, q, ref g);
        }

        /// <summary>The patterns that start with {number}\s+{unit}: each alternative of the number in turn.</summary>
        private int Counted(Rule rule, ReadOnlySpan<char> s, int at, ref Groups g)
        {
            if (!_number.CouldStartBeforeSpace(s, at))
                return -1;
            for (int alt = _number.Next(s, at, -1, out int number); alt >= 0; alt = _number.Next(s, at, alt, out number))
            {
                g.Set(G.Qty, at, number);
                int q = Unit(s, Spaces(s, number), ref g);
                if (q < 0)
                    continue;
                int end = rule switch
                {
                    Rule.Duration => q,
                    Rule.Ago => Literal(s, Spaces(s, q), "ago"),
                    Rule.CountedFrom => Word(CountDirections, s, Spaces(s, q), G.Dir, ref g),
                    // \s+(?:back|ago|earlier),?\s+in\s+{month}
                    _ => Month(s, Spaces(s, Literal(s, CommaSpaces(s, BackWords.Match(s, Spaces(s, q))), "in")), ref g),
                };
                if (end >= 0)
                    return end;
            }
            return -1;
        }

        /// <summary>(?:the\s+)?same\s+(?&lt;unit&gt;day|week|month|year)</summary>
        private static int SameUnit(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int the = Spaces(s, Literal(s, at, "the"));
            if (the >= 0 && Word(AnyUnit, s, Spaces(s, Literal(s, the, "same")), G.Unit, ref g) is var end and >= 0)
                return end;
            return Word(AnyUnit, s, Spaces(s, Literal(s, at, "same")), G.Unit, ref g);
        }

        /// <summary>(?:of\s+)?{year}: with "of" first, as the optional group is greedy.</summary>
        private static int YearAfterOf(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int of = Spaces(s, Literal(s, at, "of"));
            return of >= 0 && Year(s, of, G.Year, ref g) is var end and >= 0 ? end : Year(s, at, G.Year, ref g);
        }

        /// <summary>(?:of\s+)?{month}</summary>
        private int MonthAfterOf(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int of = Spaces(s, Literal(s, at, "of"));
            return of >= 0 && Month(s, of, ref g) is var end and >= 0 ? end : Month(s, at, ref g);
        }

        /// <summary>(?:of\s+)?{month},?\s+{year}</summary>
        private int MonthYearAfterOf(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int of = Spaces(s, Literal(s, at, "of"));
            if (of >= 0 && Year(s, CommaSpaces(s, Month(s, of, ref g)), G.Year, ref g) is var end and >= 0)
                return end;
            return Year(s, CommaSpaces(s, Month(s, at, ref g)), G.Year, ref g);
        }

        /// <summary>(?:of\s+)?{relative}\s+year</summary>
        private int RelativeYearAfterOf(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int of = Spaces(s, Literal(s, at, "of"));
            if (of >= 0 && Literal(s, Spaces(s, Relative(s, of, ref g)), "year") is var end and >= 0)
                return end;
            return Literal(s, Spaces(s, Relative(s, at, ref g)), "year");
        }

        /// <summary>{month} = (?-i:(?&lt;month&gt;January|…))\.? : the name in its case, and a full stop if one follows.</summary>
        private int Month(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int end = Word(_month, s, at, G.Month, ref g);
            return end >= 0 && end < s.Length && s[end] == '.' ? end + 1 : end;
        }

        private int Relative(ReadOnlySpan<char> s, int at, ref Groups g) => Word(_relative, s, at, G.Rel, ref g);

        private int Unit(ReadOnlySpan<char> s, int at, ref Groups g) => Word(_unit, s, at, G.Unit, ref g);

        /// <summary>
        /// The first word of a set at a position, as a group. The first is the regex's choice: where a shorter word
        /// could also match, what follows in the pattern is white space, a comma, a full stop or the end, which the
        /// rest of the longer word (a letter) cannot be; the number, whose words have spaces, tries each in turn.
        /// </summary>
        private static int Word(TemporalWordSet words, ReadOnlySpan<char> s, int at, G group, ref Groups g)
        {
            if (at < 0)
                return -1;
            int end = words.Match(s, at);
            if (end >= 0)
                g.Set(group, at, end);
            return end;
        }

        /// <summary>(?&lt;day&gt;[0-9]{1,2})(?:st|nd|rd|th)?</summary>
        private static int Day(ReadOnlySpan<char> s, int at, ref Groups g)
        {
            int digits = DigitRun(s, at, 2);
            if (digits < 0)
                return -1;
            g.Set(G.Day, at, digits);
            return Suffix(s, digits) is var suffix and >= 0 ? suffix : digits;
        }

        /// <summary>(?&lt;year&gt;1[6-9][0-9][0-9]|20[0-9][0-9]) as <paramref name="group"/>.</summary>
        private static int Year(ReadOnlySpan<char> s, int at, G group, ref Groups g)
        {
            if (at < 0 || at + 4 > s.Length || !IsYear(s.Slice(at, 4)))
                return -1;
            g.Set(group, at, at + 4);
            return at + 4;
        }

        /// <summary>[0-9]{1,max}, greedy.</summary>
        private static int DigitRun(ReadOnlySpan<char> s, int at, int max)
        {
            if (at < 0 || at >= s.Length || !char.IsAsciiDigit(s[at]))
                return -1;
            int end = at + 1;
            while (end < s.Length && end - at < max && char.IsAsciiDigit(s[end]))
                end++;
            return end;
        }

        /// <summary>st|nd|rd|th, in any case.</summary>
        private static int Suffix(ReadOnlySpan<char> s, int at)
        {
            // None of these letters is a 'k', so only ASCII letters match them.
            if (at + 2 > s.Length || !char.IsAsciiLetter(s[at]) || !char.IsAsciiLetter(s[at + 1]))
                return -1;
            int pair = (s[at] | 0x20) << 8 | (s[at + 1] | 0x20);
            return pair is ('s' << 8 | 't') or ('n' << 8 | 'd') or ('r' << 8 | 'd') or ('t' << 8 | 'h') ? at + 2 : -1;
        }

        /// <summary>\s+</summary>
        private static int Spaces(ReadOnlySpan<char> s, int at) => RunOf(s, at, dashes: false);

        /// <summary>\s+, or [\s-]+ with dashes.</summary>
        private static int RunOf(ReadOnlySpan<char> s, int at, bool dashes)
        {
            if (at < 0)
                return -1;
            int end = at;
            while (end < s.Length && (char.IsWhiteSpace(s[end]) || dashes && s[end] == '-'))
                end++;
            return end > at ? end : -1;
        }

        /// <summary>,?\s+</summary>
        private static int CommaSpaces(ReadOnlySpan<char> s, int at) =>
            at >= 0 && at < s.Length && s[at] == ',' ? Spaces(s, at + 1) : Spaces(s, at);

        /// <summary>A word of the pattern itself ("the", "of", "century"), in any case.</summary>
        private static int Literal(ReadOnlySpan<char> s, int at, string word)
        {
            if (at < 0 || at + word.Length > s.Length)
                return -1;
            for (int i = 0; i < word.Length; i++)
                if (!TemporalWordSet.Same(s[at + i], word[i], true))
                    return -1;
            return at + word.Length;
        }
    }
}
