using System.Globalization;
using MediaLit.Articles;
using MediaLit.Timelines;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 02 (timelines). Expected answers come from the timeline itself, and for 02.4
/// and 02.5 from new texts in data/exercises/02-timeline.json, read with the pack's date rules and record.
/// Answers are plain text, read leniently (<see cref="Answers"/>).
/// </summary>
public static class TimelineExercises
{
    /// <summary>Which month does 004's "December last year" mean? Answer as yyyy-MM.</summary>
    public static Feedback CheckDecemberLastYear(Timeline timeline, string? month)
    {
        const string exercise = "02.1 \"December last year\" in 004";
        var expression = timeline.Articles.All(a => a.Id != "004") ? null : timeline.ExpressionsOf("004").FirstOrDefault(e => e.Text == "December last year");
        if (expression?.Interval is not { } interval)
            return Check.CannotCheck(exercise, "Article 004's \"December last year\" was not found.");
        if (Check.Blank(month))
            return Check.NoAnswer(exercise);
        if (Answers.Month(month) is not { } answered)
            return Check.Unreadable(exercise, month, "Write it like 2019-03 or March 2019.");
        string expected = interval.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return Check.Value(exercise, expected, $"{answered.Year:0000}-{answered.Month:00}",
            why: "\"Last year\" counts back from the day the article was published. Without that date, a relative date means nothing.",
            hint: "Find 004's publication date in the source card or the expression table, then count back one year.");
    }

    /// <summary>What is the earliest date on which 001 can have been written? Answer as yyyy-MM-dd.</summary>
    public static Feedback CheckEarliest001(Timeline timeline, string? date)
    {
        const string exercise = "02.3 The earliest date of 001";
        if (timeline.Articles.All(a => a.Id != "001") || timeline.BoundOf("001").EarliestPossible is not { } earliest)
            return Check.CannotCheck(exercise, "No earliest date was found for article 001.");
        if (Check.Blank(date))
            return Check.NoAnswer(exercise);
        if (Answers.Date(date) is not { } answered)
            return Check.Unreadable(exercise, date, "Write it like 2019-03-08 or 8 March 2019.");
        // A later date in the next weeks is an inference some students make from details 001 echoes (the fact-check
        // notes reports of 1 and 13 July 2020): a good reading, but not the lower limit the question asks for.
        if (answered > earliest && answered <= earliest.AddDays(45))
            return new(exercise, Verdict.PartlyRight,
                "A likely date if you can point to the sentence that supports it. The question asks for the earliest possible date: the latest event 001 mentions, which is a lower limit.");
        return Check.Value(exercise, earliest, answered,
            why: "An article cannot be older than the latest event it mentions. That gives a lower limit, not a date: 001 may be much later.",
            hint: "Look for the latest event 001 refers to in the bound table, and give its date.");
    }

    /// <summary>Whose account of Russia's stance in 2001 does the record contradict?</summary>
    public static Feedback CheckContradicted2001(Timeline timeline, string? id)
    {
        const string exercise = "02.2 The 2001 disagreement";
        var contradicted = timeline.EventFor("r07")?.Mentions.Where(m => m.Check?.Verdict == RecordVerdict.Contradicted).Select(m => m.ArticleId).Distinct().ToList() ?? [];
        if (contradicted.Count == 0)
            return Check.CannotCheck(exercise, "None of the loaded articles has an account of 2001 that the record contradicts.");
        if (Check.Blank(id))
            return Check.NoAnswer(exercise);
        if (Answers.Id(id) is not { } answer)
            return Check.Unreadable(exercise, id, "Write one article id, like 004.");
        return Check.Set(exercise, contradicted, [answer],
            why: "Russia backed the US-led campaign politically and logistically in 2001 (Putin's statement of 24 September; 'firm support' on 8 October). Calling it hesitant or neutral is wrong, and the record shows it.",
            hint: "Read the side-by-side view of event r07: which article's verdict says contradicted?");
    }

    private const string LastMonth = "02.4 \"Last month\" in a new report";
    private const string EarliestNote = "02.5 How old is a new undated note?";

    /// <summary>
    /// A new dated report (data/exercises): which month does its relative date (the entry's "expression") mean?
    /// The expected month is the one the pack's date rules resolve against the report's own publication date.
    /// </summary>
    public static Feedback CheckLastMonth(Corpus corpus, string? month) => Check.WithMaterial(LastMonth, corpus, material =>
    {
        var report = material.Read(corpus, "report");
        string phrase = material.Field("expression") ?? "";
        var expression = corpus.TemporalExpressions(report).FirstOrDefault(e => string.Equals(e.Text, phrase, StringComparison.OrdinalIgnoreCase));
        if (phrase.Length == 0 || expression?.Interval is not { } interval || interval.Start.Month != interval.End.Month || interval.Start.Year != interval.End.Year)
            return Check.CannotCheckMaterial(LastMonth, $"The date rules resolve no month for \"{phrase}\" in the report in {material.File}.");
        if (Check.Blank(month))
            return Check.NoAnswer(LastMonth);
        if (Answers.Month(month) is not { } answered)
            return Check.Unreadable(LastMonth, month, "Write it like 2019-03 or March 2019.");
        if ((answered.Year, answered.Month) == (interval.Start.Year, interval.Start.Month))
            return new(LastMonth, Verdict.Right, "A relative date counts from the day the text was published: find that date first, every time.");
        return new(LastMonth, Verdict.Wrong, answered.Year == interval.Start.Year
            ? "Right year, not the right month. Count back from the report's publication date, not from today."
            : "Find the report's publication date, then count back from it, not from today.");
    });

    /// <summary>
    /// A new undated note (data/exercises): what is the earliest date it can have been written? The expected day is
    /// the latest event of the pack's record that the note refers to, as the bound of lesson 02 §4 finds it.
    /// A day in the right month is partly right: the note gives the month, the record the day.
    /// </summary>
    public static Feedback CheckEarliestNote(Corpus corpus, string? date) => Check.WithMaterial(EarliestNote, corpus, material =>
    {
        var note = material.Read(corpus, "note");
        var timeline = TimelineAnalysis.Build([note], TimelineAnalysis.LexiconFor(corpus.DataDirectory), TimelineAnalysis.ReferenceFor(corpus.DataDirectory));
        if (timeline.BoundOf(note.Id).EarliestPossible is not { } earliest)
            return Check.CannotCheckMaterial(EarliestNote, $"No event of the record dates the note in {material.File}.");
        if (Check.Blank(date))
            return Check.NoAnswer(EarliestNote);
        var day = Answers.Date(date);
        var month = day is null ? Answers.Month(date) : (day.Value.Year, day.Value.Month);
        if (month is null)
            return Check.Unreadable(EarliestNote, date, "Write it like 2019-03-08 or 8 March 2019.");
        if (day == earliest)
            return new(EarliestNote, Verdict.Right, "A text cannot be older than the latest event it reports. The note gives only the month; the record gives the day.");
        if (month == (earliest.Year, earliest.Month))
            return new(EarliestNote, Verdict.PartlyRight, "Right month. Which day? Find the event in the record (lesson 2's record table, or data/reference-timeline.csv) and give its date.");
        return new(EarliestNote, Verdict.Wrong, "Find the latest event the note mentions, then look up its exact date in the record.");
    });
}
