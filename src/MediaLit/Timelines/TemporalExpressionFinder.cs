using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using MediaLit.Articles;
using MediaLit.Metadata;
using Kind = MediaLit.Timelines.TemporalTriggers.Kind;

namespace MediaLit.Timelines;

/// <summary>
/// Finds temporal expressions sentence by sentence with one list of patterns built from
/// <see cref="TemporalLexicon"/>, tried in order; a pattern cannot claim words an earlier one took
/// (<see cref="ClaimInOrder"/>), so "December last year" is one expression, not a month and a "last year".
/// Then it resolves them: words that name their date first, then expressions counted from the
/// article's date, then expressions counted from another expression, which may need either.
/// <para>
/// The patterns are matched by hand (<see cref="Patterns"/>), each a walk of a few words from a start, so the
/// cost is linear in the sentence whatever the text, a match allocates nothing until it is resolved, and there is
/// no regex to build on a first call. The word boundaries and "not followed by a digit" conditions are checked
/// around each match in <see cref="Accept"/>, and a rejected match is searched again from the next possible start,
/// as when the patterns were regexes (whose results these keep: same matches, same order).
/// </para>
/// </summary>
internal sealed partial class TemporalExpressionFinder
{
    // Digits in the patterns are ASCII ([0-9]), never any script's digit ("\u0663", "\uFF12"), which int.Parse
    // rejects, so a date number is ASCII only. The checks around a match (Accept) still see any script's digit as a
    // digit: a number the finder cannot read rules out a date beside it as a number it can read does.

    /// <summary>The patterns, in the order they claim words: longer and more specific readings first.</summary>
    /// <remarks>Duration is last, so "ten years ago" is never a duration.</remarks>
    private enum Rule
    {
        IsoDay, FullDate, DayMonthYear, MonthYear, MonthRelativeYear, BackInMonth, RelativeMonth, MonthDay, DayMonth,
        RelativeSeason, SeasonYear, Decade, Century, YearRange, NamedDate, PastPeriod, Ago, RelativeUnit, Recent,
        SameUnit, NextUnit, ThatUnit, CountedFrom, BareMonth, Year, Duration,
    }

    private static readonly Rule[] InOrder = Enum.GetValues<Rule>();

    private const int RuleCount = (int)Rule.Duration + 1;

    private readonly Patterns _patterns;
    private readonly TemporalLexicon _lexicon;

    // One duration and its note for each amount and unit (at most 1,001 amounts for each unit of the lexicon):
    // a text full of "12 years" holds one copy of them, not one for each, and does not format them again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int? Amount, string Unit), (TemporalDuration Duration, string Note)> _durations = new();
    private readonly TemporalTriggers _triggers;

    // Words each pattern cannot match without (see TemporalTriggers): a sentence without them skips the pattern.
    private static Kind[] NeedsOf(Rule rule) => rule switch
    {
        Rule.IsoDay => [Kind.Digit],
        Rule.FullDate => [Kind.Month, Kind.Digit],
        Rule.DayMonthYear => [Kind.Month, Kind.Digit],
        Rule.MonthYear => [Kind.Month, Kind.Digit],
        Rule.MonthRelativeYear => [Kind.Month, Kind.Year],
        Rule.BackInMonth => [Kind.Month, Kind.Unit],
        Rule.RelativeMonth => [Kind.Month],
        Rule.MonthDay => [Kind.Month, Kind.Digit],
        Rule.DayMonth => [Kind.Month, Kind.Digit],
        Rule.RelativeSeason => [Kind.Season],
        Rule.SeasonYear => [Kind.Season, Kind.Digit],
        Rule.Decade => [Kind.Digit],
        Rule.Century => [Kind.Century],
        Rule.YearRange => [Kind.Digit],
        Rule.NamedDate => [Kind.Named],
        Rule.PastPeriod => [Kind.PastOrLast, Kind.Unit],
        Rule.Ago => [Kind.Ago, Kind.Unit],
        Rule.RelativeUnit => [Kind.YearMonthWeek],
        Rule.Recent => [Kind.Recent],
        Rule.SameUnit => [Kind.Same, Kind.DayWeekMonthYear],
        Rule.NextUnit => [Kind.Next, Kind.DayWeekMonthYear],
        Rule.ThatUnit => [Kind.That, Kind.DayMonthYear],
        Rule.CountedFrom => [Kind.AfterOrBefore, Kind.Unit],
        Rule.BareMonth => [Kind.Month],
        Rule.Year => [Kind.Digit],
        Rule.Duration => [Kind.Unit],
        _ => [],
    };

    private static readonly ulong[] Needs = Array.ConvertAll(InOrder, rule => TemporalTriggers.Mask(NeedsOf(rule)));

    public TemporalExpressionFinder(TemporalLexicon lexicon)
    {
        _lexicon = lexicon;
        _triggers = new TemporalTriggers(lexicon);
        _patterns = new Patterns(lexicon);
    }


    /// <summary>
    /// One article being read. Each match is resolved as soon as it is claimed (resolving needs only its own
    /// words and the article's date), so no match's groups outlive it; anaphoric matches keep only what they
    /// say, for <see cref="ResolveAnaphors"/>, which runs once all the others are resolved.
    /// </summary>
    private sealed class Reading(Article article, PublicationAnchor? publication)
    {
        public Article Article { get; } = article;
        public PublicationAnchor? Publication { get; } = publication;
        public List<TemporalExpression> Resolved { get; } = TakeSpare(ref t_spareResolved);
        public List<Anaphor> Anaphors { get; } = TakeSpare(ref t_spareAnaphors);

        /// <summary>The units of the sentence being read (see Patterns.FindCounted); reset for each sentence.</summary>
        public Patterns.SentenceUnits Units { get; } = TakeSpare(ref t_spareUnits);

        private Note _lastNote;
        private string? _lastResolution;

        /// <summary>The note of the last anaphoric expression resolved, if this one's would be the same.</summary>
        public string? SameNote(in Note note, string text) => _lastResolution is not null && note.SameAs(_lastNote, text) ? _lastResolution : null;

        public string Remember(in Note note, string resolution)
        {
            _lastNote = note;
            return _lastResolution = resolution;
        }

        private TextSpan _lastDurationSpan;
        private (TemporalDuration Duration, string Note)? _lastDuration;

        /// <summary>The last duration resolved, if <paramref name="span"/> holds the same characters as its words.</summary>
        public (TemporalDuration Duration, string Note)? SameDuration(TextSpan span) =>
            _lastDuration is { } last && Article.Text.AsSpan(span.Start, span.Length).SequenceEqual(Article.Text.AsSpan(_lastDurationSpan.Start, _lastDurationSpan.Length))
                ? last
                : null;

        public (TemporalDuration Duration, string Note) RememberDuration(TextSpan span, (TemporalDuration Duration, string Note) duration)
        {
            _lastDurationSpan = span;
            _lastDuration = duration;
            return duration;
        }

        /// <summary>Empties the working lists and keeps them for this thread's next read.</summary>
        public void Done()
        {
            Resolved.Clear();
            Anaphors.Clear();
            Units.Reset();
            (t_spareResolved, t_spareAnaphors, t_spareUnits) = (Resolved, Anaphors, Units);
        }

        private static T TakeSpare<T>(ref T? spare)
            where T : class, new()
        {
            var kept = spare ?? new T();
            spare = null;
            return kept;
        }
    }

    // The working lists of the last read on this thread. A text dense with dates fills lists past the large
    // object threshold; new ones on every read (and their doubling as they grow) made the GC run a full
    // collection on most reads of such a text, which cost more than reading it.
    [ThreadStatic] private static List<TemporalExpression>? t_spareResolved;
    [ThreadStatic] private static List<Anaphor>? t_spareAnaphors;
    [ThreadStatic] private static Patterns.SentenceUnits? t_spareUnits;

    public IReadOnlyList<TemporalExpression> Find(Article article, PublicationDate? publication)
    {
        var reading = new Reading(article, PublicationAnchor.From(publication));
        ClaimInOrder(reading);
        // Claims never overlap, so no two expressions start at the same character: text order is total. A text
        // dense with one kind of date is in order already (one pattern claims left to right), and needs no sort.
        SortByStart(reading.Resolved, static e => e.Span.Start);
        SortByStart(reading.Anaphors, static a => a.Span.Start);
        var all = ResolveAnaphors(reading);
        reading.Done();
        return all;
    }

    /// <summary>
    /// Sorts by start unless already sorted. By an array of the starts, not by a comparison: a text of 40,000 dates
    /// that one late match puts out of order spent a fifteenth of its time calling a comparison delegate.
    /// </summary>
    private static void SortByStart<T>(List<T> items, Func<T, int> start)
    {
        int i = 1;
        while (i < items.Count && start(items[i - 1]) <= start(items[i]))
            i++;
        if (i >= items.Count)
            return;
        int[] starts = ArrayPool<int>.Shared.Rent(items.Count);
        try
        {
            for (i = 0; i < items.Count; i++)
                starts[i] = start(items[i]);
            starts.AsSpan(0, items.Count).Sort(CollectionsMarshal.AsSpan(items));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private void Keep(Rule rule, in Groups g, TextSpan span, Sentence sentence, Reading reading)
    {
        string text = reading.Article.Text;
        if (IsAnaphoric(rule))
            reading.Anaphors.Add(new Anaphor(rule, span, sentence, UnitOf(text, g), Direction(text, g[G.Dir]), rule == Rule.CountedFrom ? Amount(text, g) : null));
        else if (Resolve(rule, g, span, sentence, reading) is { } expression)
            reading.Resolved.Add(expression);
    }

    private static bool IsAnaphoric(Rule rule) => rule is Rule.SameUnit or Rule.NextUnit or Rule.ThatUnit or Rule.CountedFrom;

    /// <summary>
    /// The one overlap policy: patterns in list order, and within a pattern left to right; words already
    /// claimed are not claimed again. An invalid date ("February 30, 2020") still claims its words, so
    /// its month and year are not read as separate, wrong expressions.
    /// </summary>
    private void ClaimInOrder(Reading reading)
    {
        var article = reading.Article;
        // One flag per character, not a list of spans: a pasted text with thousands of dates in one
        // "sentence" would otherwise make every match scan every earlier claim (quadratic). One buffer for
        // every sentence, from the shared pool: a long sentence's flags are a large object.
        int longest = article.Sentences.Count == 0 ? 0 : article.Sentences.Max(s => s.Span.Length);
        var claimed = ArrayPool<bool>.Shared.Rent(longest);
        try
        {
            foreach (var sentence in article.Sentences)
                ClaimSentence(reading, sentence, claimed, _triggers.For(article.Text, sentence.Span));
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(claimed);
        }
    }

    private void ClaimSentence(Reading reading, Sentence sentence, bool[] claimed, TemporalTriggers.Sentence triggers)
    {
        string text = reading.Article.Text;
        Array.Clear(claimed, 0, sentence.Span.Length);
        reading.Units.Reset();
        foreach (var rule in InOrder)
        {
            if (!triggers.HasAll(Needs[(int)rule]))
                continue;
            for (int at = sentence.Span.Start; at < sentence.Span.End;)
                at = ClaimFrom(rule, text, at, sentence, claimed, reading, triggers.FoldedChars);
        }
    }

    /// <summary>
    /// Claims the matches of one pattern from <paramref name="at"/> on, and returns where to search again after
    /// a match that the text around it rules out (or the sentence's end). As the regexes' enumeration did, the
    /// search goes on from the end of a match that is claimed or overlaps a claim.
    /// </summary>
    private int ClaimFrom(Rule rule, string text, int at, Sentence sentence, bool[] claimed, Reading reading, bool foldedChars)
    {
        // The span ends at the sentence, so a pattern sees no further than the lookarounds it replaces did.
        var words = text.AsSpan(0, sentence.Span.End);
        Groups g = default;
        if (rule is Rule.Year or Rule.IsoDay)
        {
            int length = rule == Rule.Year ? 4 : 10;
            for (int start = NextFixed(rule, words, at); start >= 0; start = NextFixed(rule, words, start + length))
            {
                FixedGroups(rule, start, ref g);
                if (Claim(rule, ref g, text, start, length, sentence, claimed, reading) is { } again)
                    return again;
            }
            return sentence.Span.End;
        }
        for (int from = at; _patterns.Find(rule, words, from, sentence.Span.Start, foldedChars, reading.Units, out int start, out int end, ref g); from = end)
            if (Claim(rule, ref g, text, start, end - start, sentence, claimed, reading) is { } again)
                return again;
        return sentence.Span.End;
    }

    /// <summary>The groups of a year (its four digits) or an ISO day (year, month, day at fixed places).</summary>
    private static void FixedGroups(Rule rule, int start, ref Groups g)
    {
        g = default;
        g.Set(G.Year, start, start + 4);
        if (rule == Rule.IsoDay)
        {
            g.Set(G.M, start + 5, start + 7);
            g.Set(G.Day, start + 8, start + 10);
        }
    }

    /// <summary>
    /// Claims one match unless the text around it rules it out or its words are taken; returns where to search
    /// again when a rejected match could have another starting inside it, else null (go on to the next match).
    /// </summary>
    private int? Claim(Rule rule, ref Groups g, string text, int index, int length, Sentence sentence, bool[] claimed, Reading reading)
    {
        if (Accept(rule, index, index + length, text, sentence.Span, g) is not { } span)
        {
            // A new search costs a pass over the text, so only when a match could start inside this one.
            int next = NextStart(text, index, sentence, claimed);
            return next < index + length ? next : null;
        }
        var chars = claimed.AsSpan(span.Start - sentence.Span.Start, span.Length);
        if (chars.Contains(true))
            return null;
        chars.Fill(true);
        Keep(rule, g, span, sentence, reading);
        return null;
    }

    /// <summary>
    /// The two fixed-length patterns found by hand: a year, 1[6-9][0-9][0-9]|20[0-9][0-9], and an ISO day,
    /// [0-9]{4}-[0-9]{2}-[0-9]{2}. The leftmost start at or after <paramref name="from"/>, as the engine finds it
    /// (-1 when there is none). Years are the commonest match of all, in news text and in a run of digits alike,
    /// and a few characters need no automaton.
    /// </summary>
    private static int NextFixed(Rule rule, ReadOnlySpan<char> words, int from)
    {
        if (rule == Rule.IsoDay)
        {
            // Its fifth character is a dash: each dash is a start to look at, not each digit (a text of years has many).
            for (int dash = from + 4; dash <= words.Length - 6; dash++)
            {
                int next = words[dash..(words.Length - 5)].IndexOf('-');
                if (next < 0)
                    return -1;
                dash += next;
                if (IsIsoDay(words.Slice(dash - 4, 10)))
                    return dash - 4;
            }
            return -1;
        }
        while (from <= words.Length - 4)
        {
            int start = Patterns.NextCandidate(words[..^3], from, YearStarts, YearTable);
            if (start < 0)
                return -1;
            if (IsYear(words.Slice(start, 4)))
                return start;
            from = start + 1;
        }
        return -1;
    }

    private static readonly SearchValues<char> YearStarts = SearchValues.Create("12");
    private static readonly bool[] YearTable = Patterns.AsciiTable(YearStarts);

    private static bool IsYear(ReadOnlySpan<char> w) =>
        char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]) && (w[0] == '1' && w[1] is >= '6' and <= '9' || w[0] == '2' && w[1] == '0');

    private static bool IsIsoDay(ReadOnlySpan<char> w) =>
        !w[..4].ContainsAnyExceptInRange('0', '9') && w[4] == '-' && !w[5..7].ContainsAnyExceptInRange('0', '9')
        && w[7] == '-' && !w[8..].ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The conditions around a match that the patterns do not state, each as the lookaround it replaces; the span
    /// the match claims, or null when the text around it rules it out. Like the lookarounds they replace, they
    /// look no further than the sentence.
    /// </summary>
    private static TextSpan? Accept(Rule rule, int start, int end, string text, TextSpan sentence, in Groups g)
    {
        if (rule == Rule.BareMonth)
        {
            // (?<=(?:^|\s)(?:in|since|…)\s+): the preposition starts the sentence or follows a space; only the month is claimed.
            if (start > sentence.Start && !char.IsWhiteSpace(text[start - 1]))
                return null;
            start = g[G.Month].Start;
        }
        // (?<![\p{L}\p{N}]): a whole word, not the end of one ("Germany", "x2020").
        else if (start > sentence.Start && IsWordChar(text[start - 1]))
            return null;
        // (?<![$£€#,.]): "$2020" and "1,2020" are amounts, not years.
        if (rule == Rule.Year && start > sentence.Start && text[start - 1] is '$' or '£' or '€' or '#' or ',' or '.')
            return null;

        // "Dec." keeps its full stop only before a small letter or a digit ("Dec. 24"), not at a sentence's end.
        // Only a month's full stop can be in a match (no other pattern spells one).
        var month = g[G.Month];
        if (month.Success && month.End < end && text[month.End] == '.' && !LowerOrDigitAfterSpaces(text, month.End + 1, sentence.End))
        {
            if (month.End + 1 != end)
                return null;
            end = month.End;
        }

        // (?![\p{L}\p{N}]): a whole word; an ISO date may run on into a time of day ("1994-11-05T13:15:30Z").
        if (end < sentence.End && IsWordChar(text[end])
            && !(rule == Rule.IsoDay && text[end] is 'T' or 't' && end + 1 < sentence.End && char.IsDigit(text[end + 1])))
            return null;
        switch (rule)
        {
            // (?!,?\s*\d): "July 9, 2021" is a full date, which failed for a reason; "July 9" of it is not a date either.
            case Rule.MonthDay when DigitAfter(text, end, sentence.End, allowComma: true):
            // (?!\s*\d): "in May 2" is not the month of May.
            case Rule.BareMonth when DigitAfter(text, end, sentence.End, allowComma: false):
                return null;
            // (?![,.]\d|-\d): "2020.5", "2020,000" and "2020-21" are not the year 2020.
            case Rule.Year when end + 1 < sentence.End && text[end] is ',' or '.' or '-' && char.IsDigit(text[end + 1]):
                return null;
        }
        return new TextSpan(start, end);
    }

    // \p{L} and \p{N} of the regex engine, one UTF-16 unit at a time as it reads them.
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool LowerOrDigitAfterSpaces(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
            from++;
        return from < end && (char.IsLower(text[from]) || char.IsDigit(text[from]));
    }

    private static bool DigitAfter(string text, int from, int end, bool allowComma)
    {
        if (allowComma && from < end && text[from] == ',')
            from++;
        while (from < end && char.IsWhiteSpace(text[from]))
            from++;
        return from < end && char.IsDigit(text[from]);
    }

    /// <summary>
    /// Where to search again after a rejected match: the next position where a match could start and be kept.
    /// Not inside a word (every pattern starts a word, or follows a space) and not on words already claimed
    /// (a match there would be dropped). Skipping keeps a long run of letters or digits to one pass.
    /// </summary>
    private static int NextStart(string text, int rejected, Sentence sentence, bool[] claimed)
    {
        int next = rejected + 1, start = sentence.Span.Start, end = sentence.Span.End;
        while (next < end && (IsWordChar(text[next - 1]) || claimed[next - start]))
            next++;
        return next;
    }

    private TemporalExpression? Resolve(Rule rule, in Groups g, TextSpan span, Sentence sentence, Reading reading)
    {
        var (pub, article) = (reading.Publication, reading.Article);
        string text = article.Text;
        TemporalExpression Make(TemporalForm form, TemporalPrecision p, DateInterval? days, string resolution, TemporalDuration? duration = null, bool usesPublication = false) =>
            new(article.Id, sentence.Index, span, form, p, days, resolution, null, duration) { Source = article.Text, UsesPublicationDate = usesPublication };
        TemporalExpression Absolute(TemporalPrecision p, DateInterval days) =>
            Make(TemporalForm.Absolute, p, days, "absolute: the words give the date");
        TemporalExpression Unresolved(TemporalPrecision p) =>
            Make(TemporalForm.Relative, p, null, "unresolved: the article has no usable date, and a guess would look like a fact");
        TemporalExpression Relative(TemporalPrecision p, DateInterval days, string how = "") =>
            Make(TemporalForm.Relative, p, days, $"relative to {pub!.Label}{how}", usesPublication: true);

        switch (rule)
        {
            case Rule.IsoDay:
            case Rule.FullDate:
            case Rule.DayMonthYear:
                return Day(Int(text, g[G.Year]), MonthOf(text, g), Int(text, g[G.Day])) is { } d ? Absolute(TemporalPrecision.Day, DateInterval.Day(d)) : null;
            case Rule.MonthYear:
                {
                var (monthPrecision, monthDays) = PartOfMonth(text, g, Int(text, g[G.Year]), MonthOf(text, g));
                return Absolute(monthPrecision, monthDays);
            }
            case Rule.MonthRelativeYear:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Month);
                int year = pub.Year + RelativeOffset(text, g);
                var (precision, interval) = PartOfMonth(text, g, year, MonthOf(text, g));
                return Relative(precision, interval, $": {RelativeWord(text, g)} year is {year}");
            }
            case Rule.BackInMonth:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Month);
                int month = MonthOf(text, g);
                int year = month < pub.Month ? pub.Year : pub.Year - 1;
                return Relative(TemporalPrecision.Month, DateInterval.Month(year, month), $": the last {MonthName(month)} before it");
            }
            case Rule.RelativeMonth:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Month);
                int month = MonthOf(text, g);
                int offset = RelativeOffset(text, g);
                int year = offset switch
                {
                    < 0 => month < pub.Month ? pub.Year : pub.Year - 1,
                    0 => pub.Year,
                    _ => month > pub.Month ? pub.Year : pub.Year + 1,
                };
                string which = offset switch { < 0 => "the last", 0 => "the same year's", _ => "the next" };
                return Relative(TemporalPrecision.Month, DateInterval.Month(year, month), $": {which} {MonthName(month)}");
            }
            case Rule.MonthDay:
            case Rule.DayMonth:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Day);
                int month = MonthOf(text, g), dayOfMonth = Int(text, g[G.Day]);
                // The valid day nearest the article's middle day among last year, this year and next; the earliest on a tie.
                DateOnly? nearest = null;
                for (int y = pub.Year - 1; y <= pub.Year + 1; y++)
                    if (Day(y, month, dayOfMonth) is { } day
                        && (nearest is not { } best || Math.Abs(day.DayNumber - pub.Interval.Middle.DayNumber) < Math.Abs(best.DayNumber - pub.Interval.Middle.DayNumber)))
                        nearest = day;
                if (nearest is not { } found)
                    return null;
                return Relative(TemporalPrecision.Day, DateInterval.Day(found), $": no year given, so the {MonthName(month)} {dayOfMonth} nearest to it ({found.Year})");
            }
            case Rule.RelativeSeason:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Season);
                var word = _lexicon.Find("season", Value(text, g[G.Season]))!;
                // The season nearest the article's date (one that holds it first), among those starting last year, this year and next.
                DateInterval nearest = default;
                int nearestScore = int.MaxValue;
                for (int y = pub.Year - 1; y <= pub.Year + 1; y++)
                    if (Season(word, y) is var season && season.GapDays(pub.Interval) * 2 + (season.Overlaps(pub.Interval) ? 0 : 1) is var score && score < nearestScore)
                        (nearest, nearestScore) = (season, score);
                int startYear = nearest.Start.Year + RelativeOffset(text, g);
                return Relative(TemporalPrecision.Season, PartOf(text, g, "season", Season(word, startYear)), $": {RelativeWord(text, g)} {word.Word} is {word.Word} {startYear}");
            }
            case Rule.SeasonYear:
            {
                var word = _lexicon.Find("season", Value(text, g[G.Season]))!;
                int startYear = Int(text, g[G.Year]);
                // "winter 2021" is the winter that holds January 2021, so it starts the December before.
                var season = Season(word, startYear);
                if (season.End.Year > season.Start.Year)
                    season = Season(word, startYear - 1);
                return Absolute(TemporalPrecision.Season, PartOf(text, g, "season", season));
            }
            case Rule.Decade:
            {
                int first = g[G.D4].Success ? Int(text, g[G.D4])
                    // Two-digit decades: "the 00s" and "the 10s" are this century; "early 90s" is the last one.
                    : Int(text, g[G.D2]) is var d2 && d2 <= 10 ? 2000 + d2 : 1900 + d2;
                var decade = DateInterval.Years(first, first + 9);
                return g[G.Part].Success
                    ? Absolute(TemporalPrecision.PartOfDecade, PartOf(text, g, "decade", decade))
                    : Absolute(TemporalPrecision.Decade, decade);
            }
            case Rule.Century:
            {
                var ord = Value(text, g[G.Ord]);
                int n = char.IsAsciiDigit(ord[0]) ? int.Parse(ord[..^2], CultureInfo.InvariantCulture) : _lexicon.Number("ordinal", ord) ?? 0;
                if (n is < 1 or > 21)
                    return null;
                // Counted the strict way: the 21st century is 2001-2100.
                return Absolute(TemporalPrecision.Century, DateInterval.Years((n - 1) * 100 + 1, n * 100));
            }
            case Rule.YearRange:
            {
                int first = Int(text, g[G.Year]), last = Int(text, g[G.Last]);
                if (last < 100)
                    last += first / 100 * 100;
                return last > first ? Absolute(TemporalPrecision.Year, DateInterval.Years(first, last)) : null;
            }
            case Rule.NamedDate:
            {
                var named = NamedDate(Value(text, g[G.Name]));
                return Make(TemporalForm.NamedEvent, TemporalPrecision.Day, named.Interval,
                    $"named event: '{named.Name}' stands for {named.Interval} (data/lexicons/{TemporalLexicon.NamedDatesFile})");
            }
            case Rule.PastPeriod:
            {
                int? amount = g[G.Qty].Success ? Amount(text, g) : 1;
                string unit = UnitOf(text, g);
                if (pub is null || amount is null)
                    return pub is null ? Unresolved(UnitPrecision(unit)) : Make(TemporalForm.Relative, TemporalPrecision.Vague, null, "unresolved: how long is not stated");
                var interval = new DateInterval(Shift(pub.Interval.Start, unit, -amount.Value), pub.Interval.End);
                return Relative(UnitPrecision(unit), interval, $": the {Plural(amount.Value, unit)} up to it");
            }
            case Rule.Ago:
            {
                int? amount = Amount(text, g);
                string unit = UnitOf(text, g);
                if (pub is null || amount is null)
                    return pub is null ? Unresolved(UnitPrecision(unit)) : Make(TemporalForm.Relative, TemporalPrecision.Vague, null, "unresolved: how long ago is not stated");
                return Relative(Coarser(UnitPrecision(unit), pub.Precision), Coarsen(ShiftInterval(pub.Interval, unit, -amount.Value), unit), $": {Plural(amount.Value, unit)} before it");
            }
            case Rule.RelativeUnit:
            {
                string unit = UnitOf(text, g);
                if (pub is null)
                    return Unresolved(UnitPrecision(unit));
                int offset = RelativeOffset(text, g);
                var interval = Coarsen(ShiftInterval(pub.Interval, unit, offset), unit);
                string what = unit == "year" ? $"{RelativeWord(text, g)} year is {interval.Start.Year}" : $"{RelativeWord(text, g)} {unit}";
                return Relative(unit == "week" ? TemporalPrecision.Vague : Coarser(UnitPrecision(unit), pub.Precision), interval, $": {what}");
            }
            case Rule.Recent:
            {
                var word = _lexicon.Find("recent", Words(Value(text, g[G.Recent])))!;
                if (pub is null)
                    return Unresolved(TemporalPrecision.Vague);
                string[] window = word.Value.Split(' ');
                int amount = int.Parse(window[0], CultureInfo.InvariantCulture);
                string unit = window[1].TrimEnd('s');
                var interval = new DateInterval(Shift(pub.Interval.Start, unit, -amount), pub.Interval.End);
                return Relative(TemporalPrecision.Vague, interval, $": vague; taken as the {word.Value} before it (a convention of this pack)");
            }
            case Rule.BareMonth:
            {
                if (pub is null)
                    return Unresolved(TemporalPrecision.Month);
                int month = MonthOf(text, g);
                DateInterval nearest = default;
                int nearestGap = int.MaxValue;
                for (int y = pub.Year - 1; y <= pub.Year + 1; y++)
                    if (DateInterval.Month(y, month) is var candidate && candidate.GapDays(pub.Interval) is var gap && gap < nearestGap)
                        (nearest, nearestGap) = (candidate, gap);
                return Relative(TemporalPrecision.Month, nearest, $": no year given, so the {MonthName(month)} nearest to it ({nearest.Start.Year})");
            }
            case Rule.Year:
                return Absolute(TemporalPrecision.Year, DateInterval.Year(Int(text, g[G.Year])));
            case Rule.Duration:
            {
                // The same words as the last duration ("12 years" again) are the same duration: no look-up.
                var (duration, note) = reading.SameDuration(span) ?? reading.RememberDuration(span, _durations.GetOrAdd((Amount(text, g), UnitOf(text, g)), static key =>
                {
                    var d = new TemporalDuration(key.Amount, key.Unit);
                    return (d, $"a duration ({d}), not a point in time");
                }));
                return Make(TemporalForm.Duration, UnitPrecision(duration.Unit), null, note, duration);
            }
            default:
                return null;
        }
    }

    // --- small readers of a match: spans of the text, looked up without a copy -----------------

    private static ReadOnlySpan<char> Value(string text, Cap group) => text.AsSpan(group.Start, group.Length);

    private static int Int(string text, Cap group) => int.Parse(Value(text, group), CultureInfo.InvariantCulture);

    private int MonthOf(string text, in Groups g) => g[G.M].Success ? Int(text, g[G.M]) : _lexicon.Number("month", Value(text, g[G.Month])) ?? 0;

    private int RelativeOffset(string text, in Groups g) => _lexicon.Number("relative", Value(text, g[G.Rel])) ?? 0;

    private static string RelativeWord(string text, in Groups g) => Value(text, g[G.Rel]).ToString().ToLowerInvariant();

    private string UnitOf(string text, in Groups g) =>
        _lexicon.Find("unit", Value(text, g[G.Unit]))?.Value ?? Value(text, g[G.Unit]).ToString().ToLowerInvariant().TrimEnd('s');

    private static readonly string[] Directions = ["after", "later", "before", "earlier", "following", "next", "previous", "preceding"];

    /// <summary>
    /// The direction word in lower case: one of the pattern's words, so the shared string (the patterns match their
    /// letters in ASCII only, and these words have no 'k' that the Kelvin sign could stand for); "" when absent.
    /// </summary>
    private static string Direction(string text, Cap group)
    {
        var word = Value(text, group);
        foreach (string direction in Directions)
            if (word.Equals(direction, StringComparison.OrdinalIgnoreCase))
                return direction;
        return word.ToString().ToLowerInvariant();
    }

    /// <summary>The stated amount, or null for "a few" and "several".</summary>
    private int? Amount(string text, in Groups g)
    {
        // "a  couple\nof" is the lexicon's "a couple of": any run of spaces is one space.
        var qty = Words(Value(text, g[G.Qty]));
        return int.TryParse(qty, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : _lexicon.Number("number", qty);
    }

    /// <summary>The words with one space between them ("recent\n  weeks" is the lexicon's "recent weeks"); a copy only when that changes them.</summary>
    private static ReadOnlySpan<char> Words(ReadOnlySpan<char> words)
    {
        for (int i = 0; i < words.Length; i++)
            if (char.IsWhiteSpace(words[i]) && (words[i] != ' ' || i == 0 || i == words.Length - 1 || char.IsWhiteSpace(words[i + 1])))
                return string.Join(' ', words.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words;
    }

    private NamedDate NamedDate(ReadOnlySpan<char> name)
    {
        foreach (var named in _lexicon.NamedDates)
            if (name.SequenceEqual(named.Name))
                return named;
        string text = name.ToString();
        return _lexicon.NamedDates.First(n => n.Name == text);
    }

    private static string Plural(int amount, string unit) => amount == 1 ? $"1 {unit}" : $"{amount} {unit}s";

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static DateOnly? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private (TemporalPrecision, DateInterval) PartOfMonth(string text, in Groups g, int year, int month)
    {
        var whole = DateInterval.Month(year, month);
        return g[G.Part].Success ? (TemporalPrecision.PartOfMonth, PartOf(text, g, "month", whole)) : (TemporalPrecision.Month, whole);
    }

    /// <summary>
    /// "early", "mid" or "late" of a period, as the lexicon defines them: days of a month
    /// ("late" = 21-31), years of a decade ("early" = 0-3), or thirds of a season.
    /// </summary>
    private DateInterval PartOf(string text, in Groups g, string period, DateInterval whole)
    {
        if (!g[G.Part].Success || _lexicon.Find("part", Value(text, g[G.Part])) is not { } part)
            return whole;
        string? range = part.Value.Split(';').Select(p => p.Split(':')).FirstOrDefault(p => p[0] == period)?[1];
        if (range is null)
            return whole;
        if (range.EndsWith("-third", StringComparison.Ordinal))
        {
            int third = whole.Days / 3, index = range.StartsWith("first", StringComparison.Ordinal) ? 0 : range.StartsWith("middle", StringComparison.Ordinal) ? 1 : 2;
            var start = whole.Start.AddDays(index * third);
            return new DateInterval(start, index == 2 ? whole.End : start.AddDays(third - 1));
        }
        var bounds = range.Split('-').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return period == "month"
            ? new DateInterval(whole.Start.AddDays(bounds[0] - 1), Min(whole.Start.AddDays(bounds[1] - 1), whole.End))
            : DateInterval.Years(whole.Start.Year + bounds[0], whole.Start.Year + bounds[1]);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[][]> SeasonBounds = new(StringComparer.Ordinal);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The season that starts in <paramref name="startYear"/>, from the lexicon's "MM-dd/MM-dd".</summary>
    private static DateInterval Season(TemporalWord season, int startYear)
    {
        // Read once for each value: a season is resolved against three years, in every article that names one.
        var parts = SeasonBounds.GetOrAdd(season.Value, static value =>
            value.Split('/').Select(p => p.Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToArray());
        var start = new DateOnly(startYear, parts[0][0], parts[0][1]);
        var end = new DateOnly(parts[1][0] < parts[0][0] ? startYear + 1 : startYear, parts[1][0], parts[1][1]);
        return new DateInterval(start, end);
    }

    private static TemporalPrecision UnitPrecision(string unit) => unit switch
    {
        "day" => TemporalPrecision.Day,
        "week" => TemporalPrecision.Vague,
        "month" => TemporalPrecision.Month,
        "year" => TemporalPrecision.Year,
        "decade" => TemporalPrecision.Decade,
        _ => TemporalPrecision.Vague,
    };

    private static TemporalPrecision Coarser(TemporalPrecision a, DatePrecision b) => Coarser(a, b switch
    {
        DatePrecision.Day => TemporalPrecision.Day,
        DatePrecision.Month => TemporalPrecision.Month,
        _ => TemporalPrecision.Year,
    });

    private static TemporalPrecision Coarser(TemporalPrecision a, TemporalPrecision b) => a > b ? a : b;

    private static DateOnly Shift(DateOnly day, string unit, int amount) => unit switch
    {
        "day" => day.AddDays(amount),
        "week" => day.AddDays(7 * amount),
        "month" => day.AddMonths(amount),
        "decade" => day.AddYears(10 * amount),
        _ => day.AddYears(amount),
    };

    private static DateInterval ShiftInterval(DateInterval interval, string unit, int amount) =>
        new(Shift(interval.Start, unit, amount), Shift(interval.End, unit, amount));

    /// <summary>Widens an interval to whole units: the month or year that holds it ("the same month").</summary>
    private static DateInterval Coarsen(DateInterval interval, string unit) => unit switch
    {
        "month" => new DateInterval(new DateOnly(interval.Start.Year, interval.Start.Month, 1),
            DateInterval.Month(interval.End.Year, interval.End.Month).End),
        "year" => DateInterval.Years(interval.Start.Year, interval.End.Year),
        _ => interval,
    };
}
