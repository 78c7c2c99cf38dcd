using MediaLit.Articles;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 00 (start here). Expected answers come from the articles.</summary>
public static class StartHereExercises
{
    /// <summary>Which articles do not say, in their own text, who wrote them?</summary>
    public static Feedback CheckNoByline(Corpus corpus, IEnumerable<string>? ids) => Check.Set(
        "00.1 Articles without a byline",
        corpus.Where(a => !a.Metadata.Author.FromText.IsKnown).Select(a => a.Id),
        ids?.Select(id => id.Trim()),
        why: "An article without a byline asks you to trust it without knowing whom you are trusting. "
            + "For these texts even the fact-check could not name an author.",
        hint: "Look at the author column of the overview table: \"unknown\" means nobody could establish the author.");

    /// <summary>Which cleaning rule removed the most characters from article 000?</summary>
    public static Feedback CheckLargestRemoval(Corpus corpus, string? ruleId)
    {
        var largest = corpus["000"].Removals.Where(r => !r.IsFormatting)
            .GroupBy(r => r.RuleId)
            .MaxBy(g => g.Sum(r => r.RawSpan.Length))!.Key;
        return Check.Value("00.2 The biggest piece of furniture in 000", largest, ruleId?.Trim(),
            why: "Publishers surround an article with text of their own. Reading it tells you about the publisher, but it is not the article.",
            hint: "Compare the \"characters\" column of the removal table for article 000, and give the rule's id exactly as written.");
    }
}
