using System.Globalization;
using MediaLit.Timelines;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 02 (timelines). Expected answers come from the timeline itself.</summary>
public static class TimelineExercises
{
    /// <summary>Which month does 004's "December last year" mean? Answer as yyyy-MM.</summary>
    public static Feedback CheckDecemberLastYear(Timeline timeline, string? month)
    {
        const string exercise = "02.1 \"December last year\" in 004";
        var expression = timeline.ExpressionsOf("004").FirstOrDefault(e => e.Text == "December last year");
        if (expression?.Interval is not { } interval)
            return new(exercise, Verdict.CannotCheck, "This check needs article 004 as the pack ships it; its \"December last year\" was not found.");
        if (Answers.Clean(month) is null)
            return new(exercise, Verdict.NotAnswered, Check.HowToAnswer);
        if (Answers.Month(month) is not { } answered)
            return new(exercise, Verdict.Wrong, $"I could not read a month in \"{Answers.Clean(month)}\". Write it like 2019-03 or March 2019.");
        string expected = interval.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return Check.Value(exercise, expected, $"{answered.Year:0000}-{answered.Month:00}",
            why: "\"Last year\" counts back from the day the article was published. Without that date, a relative date means nothing.",
            hint: "Find 004's publication date in the source card or the expression table, then count back one year.");
    }

    /// <summary>What is the earliest date on which 001 can have been written? Answer as yyyy-MM-dd.</summary>
    public static Feedback CheckEarliest001(Timeline timeline, string? date)
    {
        const string exercise = "02.3 The earliest date of 001";
        if (timeline.BoundOf("001").EarliestPossible is not { } earliest)
            return new(exercise, Verdict.CannotCheck, "This check needs article 001 as the pack ships it; no earliest date was found for it.");
        if (Answers.Clean(date) is null)
            return new(exercise, Verdict.NotAnswered, Check.HowToAnswer);
        if (Answers.Date(date) is not { } answered)
            return new(exercise, Verdict.Wrong, $"I could not read a date in \"{Answers.Clean(date)}\". Write it like 2019-03-08 or 8 March 2019.");
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
            return new(exercise, Verdict.CannotCheck, "None of the loaded articles has an account of 2001 that the record contradicts, so there is nothing to check against.");
        return Check.Set(exercise, contradicted, Answers.Clean(id) is { } answer ? [answer] : [],
            why: "Russia backed the US-led campaign politically and logistically in 2001 (Putin's statement of 24 September; 'firm support' on 8 October). Calling it hesitant or neutral is wrong, and the record shows it.",
            hint: "Read the side-by-side view of event r07: which article's verdict says contradicted?");
    }
}
