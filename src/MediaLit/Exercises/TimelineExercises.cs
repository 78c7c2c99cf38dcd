using System.Globalization;
using MediaLit.Timelines;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 02 (timelines). Expected answers come from the timeline itself.</summary>
public static class TimelineExercises
{
    /// <summary>Which month does 004's "December last year" mean? Answer as yyyy-MM.</summary>
    public static Feedback CheckDecemberLastYear(Timeline timeline, string? month)
    {
        var expression = timeline.ExpressionsOf("004").First(e => e.Text == "December last year");
        string expected = expression.Interval!.Value.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return Check.Value("02.1 \"December last year\" in 004", expected, month?.Trim(),
            why: "\"Last year\" counts back from the day the article was published. Without that date, a relative date means nothing.",
            hint: "Find 004's publication date in the source card or the expression table, then count back one year. Write the answer as yyyy-MM.");
    }

    /// <summary>What is the earliest date on which 001 can have been written? Answer as yyyy-MM-dd.</summary>
    public static Feedback CheckEarliest001(Timeline timeline, string? date)
    {
        var bound = timeline.BoundOf("001");
        string expected = bound.EarliestPossible!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Check.Value("02.3 The earliest date of 001", expected, date?.Trim(),
            why: "An article cannot be older than the latest event it mentions. That gives a lower limit, not a date: 001 may be much later.",
            hint: "Look for the latest event 001 refers to in the bound table, and write its date as yyyy-MM-dd.");
    }

    /// <summary>Whose account of Russia's stance in 2001 does the record contradict?</summary>
    public static Feedback CheckContradicted2001(Timeline timeline, string? id)
    {
        var contradicted = timeline.EventFor("r07")!.Mentions.Where(m => m.Check?.Verdict == RecordVerdict.Contradicted).Select(m => m.ArticleId).Distinct().Single();
        return Check.Value("02.2 The 2001 disagreement", contradicted, id?.Trim(),
            why: "Russia backed the US-led campaign politically and logistically in 2001 (Putin's statement of 24 September; 'firm support' on 8 October). Calling it hesitant or neutral is wrong, and the record shows it.",
            hint: "Read the side-by-side view of event r07: which article's verdict says contradicted?");
    }
}
