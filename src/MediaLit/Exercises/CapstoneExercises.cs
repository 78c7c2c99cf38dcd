using System.Globalization;
using MediaLit.Cases;
using MediaLit.Sourcing;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 05 (capstone), answered about the sample article or your own.</summary>
public static class CapstoneExercises
{
    /// <summary>Who is the unnamed source in the article? Answer with the words that name it.</summary>
    public static Feedback CheckAnonymousSource(ArticleCase articleCase, string? words)
    {
        var unnamed = articleCase.Sourcing.Attributions.Where(a => a.Kind is SourceKind.AnonymousGroup or SourceKind.RoleOnly).ToList();
        if (unnamed.Count == 0)
            return new Feedback("05.1 The unnamed source", Verdict.Right, "This article has no unnamed source: every claim it credits names who said it.");
        return Check.Set("05.1 The unnamed source",
            unnamed.Select(a => (a.SourceText ?? a.Cue).ToUpperInvariant()),
            string.IsNullOrWhiteSpace(words) ? null : [words.Trim().ToUpperInvariant()],
            why: "An unnamed source may be right, but you cannot check it: ask why the author could not name anyone.",
            hint: "Look in the attribution table for the kind \"anonymous or unnamed\" and copy the words in its source column.");
    }

    /// <summary>What is the earliest date the article can have been written? Answer as yyyy-MM-dd.</summary>
    public static Feedback CheckEarliestDate(ArticleCase articleCase, string? date)
    {
        if (articleCase.Bound.EarliestPossible is not { } earliest)
            return new Feedback("05.2 The earliest possible date", Verdict.Right, "No event in the record dates this article: " + articleCase.Bound.Reasoning);
        return Check.Value("05.2 The earliest possible date", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date?.Trim(),
            why: "The article reports an event of that day, so it cannot be older. Compare with the date the page gives itself.",
            hint: "Read the \"When\" part of the case report: it names the event and the sentence.");
    }
}
