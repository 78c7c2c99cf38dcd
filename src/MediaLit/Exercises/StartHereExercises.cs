using MediaLit.Articles;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 00 (start here). Expected answers come from the articles, and for 00.3 and
/// 00.4 from new texts in data/exercises/00-start-here.json read with the pack's own cleaning and metadata rules.
/// Answers are plain text, read leniently (<see cref="Answers"/>).
/// </summary>
public static class StartHereExercises
{
    private const string NoByline = "00.1 Articles without a byline";
    private const string LargestRemoval = "00.2 The biggest piece of furniture in 000";
    private const string FurnitureLines = "00.3 Furniture in a new page";
    private const string WhoWrote = "00.4 Who wrote it? Three new snippets";

    /// <summary>Which articles do not say, in their own text, who wrote them? Ids in any form: "001, 002".</summary>
    public static Feedback CheckNoByline(Corpus corpus, string? answer) => CheckNoByline(corpus, Answers.Ids(answer));

    /// <summary>Which articles do not say, in their own text, who wrote them?</summary>
    public static Feedback CheckNoByline(Corpus corpus, IEnumerable<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var expected = corpus.Where(a => !a.Metadata.Author.FromText.IsKnown).Select(a => a.Id).ToList();
        if (expected.Count == 0)
            return Check.CannotCheck(NoByline, "Every article loaded names its author, so there is no answer to check.");
        return Check.Set(NoByline, expected, ids?.Select(id => id.Trim()),
            why: "An article without a byline asks you to trust it without knowing whom you are trusting. "
                + "For these texts even the fact-check could not name an author.",
            hint: "Look at the author column of the overview table: \"unknown\" means nobody could establish the author.");
    }

    /// <summary>Which cleaning rule removed the most characters from article 000?</summary>
    public static Feedback CheckLargestRemoval(Corpus corpus, string? ruleId)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var largest = corpus.FirstOrDefault(a => a.Id == "000")?.Removals.Where(r => !r.IsFormatting)
            .GroupBy(r => r.RuleId)
            .MaxBy(g => g.Sum(r => r.RawSpan.Length))?.Key;
        if (largest is null)
            return Check.CannotCheck(LargestRemoval, "Article 000 is not among the articles loaded, or nothing was removed from it.");
        if (Check.Blank(ruleId))
            return Check.NoAnswer(LargestRemoval);
        return Check.Value(LargestRemoval, largest, Answers.Clean(ruleId),
            why: "Publishers surround an article with text of their own. Reading it tells you about the publisher, but it is not the article.",
            hint: "Compare the \"characters\" column of the removal table for article 000, and give the rule's id exactly as written.");
    }

    /// <summary>
    /// A new saved page (data/exercises): which of its numbered lines are page furniture? The expected lines are
    /// those the pack's furniture rules (data/rules/furniture.jsonl) remove from it.
    /// </summary>
    public static Feedback CheckFurnitureLines(Corpus corpus, string? answer) => Check.WithMaterial(FurnitureLines, corpus, material =>
    {
        var page = material.Read(corpus, "page");
        var furniture = corpus.Rules.Furniture.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var expected = page.Removals.Where(r => furniture.Contains(r.RuleId))
            .Select(r => page.RawText.AsSpan(0, r.RawSpan.Start).Count('\n') + 1)
            .Distinct().ToList();
        if (expected.Count == 0)
            return Check.CannotCheckMaterial(FurnitureLines, $"The furniture rules remove nothing from the page in {material.File}.");
        if (Check.Blank(answer))
            return Check.NoAnswer(FurnitureLines);
        if (Answers.Numbers(answer) is not { Count: > 0 } lines)
            return Check.Unreadable(FurnitureLines, answer, "Write the numbers of the lines, separated by commas, like 2, 9.");
        return Check.Set(FurnitureLines, expected, lines,
            why: "Sharing buttons, tags, sign-up boxes, copyright lines and comment forms belong to the website, not to the report. "
                + "The pack's rules in data/rules/furniture.jsonl remove exactly these lines.",
            hint: "Read each line and ask: would it still make sense printed in a newspaper, or does it belong to the website around the report?");
    });

    /// <summary>
    /// Three new snippets (data/exercises): which of them say, in their own text, who wrote them? The expected
    /// snippets are those where the pack's byline rule (data/rules/metadata.jsonl) finds an author.
    /// </summary>
    public static Feedback CheckWhoWrote(Corpus corpus, string? answer) => Check.WithMaterial(WhoWrote, corpus, material =>
    {
        var expected = material.Texts.Where(t => material.Read(corpus, t.Label).Metadata.Author.FromText.IsKnown).Select(t => t.Label.ToUpperInvariant()).ToList();
        if (expected.Count == 0)
            return Check.CannotCheckMaterial(WhoWrote, $"No snippet in {material.File} has a byline the pack's rules can read.");
        if (Check.Blank(answer))
            return Check.NoAnswer(WhoWrote);
        var labels = material.Texts.Select(t => t.Label.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var letters = Answers.Ids(answer);
        if (letters.Count == 0 || letters.Any(l => !labels.Contains(l)))
            return Check.Unreadable(WhoWrote, answer, $"Write the letters of the snippets ({string.Join(", ", labels.Order(StringComparer.Ordinal))}), separated by commas.");
        return Check.Set(WhoWrote, expected, letters,
            why: "A byline names who wrote the text. A person quoted in it is a source, not the author, and \"By signing up…\" is a newsletter box, not a byline.",
            hint: "Look for a line that says who wrote the text. A name inside a sentence is someone quoted, not the author.");
    });
}
