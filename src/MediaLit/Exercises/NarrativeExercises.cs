using MediaLit.Articles;
using MediaLit.Narratives;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 03 (narratives). Expected answers come from the claim matrix; when the
/// matrix holds no single answer (changed data, some articles left out), the feedback says so: never an exception.
/// 03.4 and 03.5 use new texts in data/exercises/03-narratives.json, read with the pack's word lists and stance
/// rules. Answers are plain text, read leniently (<see cref="Answers"/>).
/// </summary>
public static class NarrativeExercises
{
    private const string SelfContradiction = "03.1 An article that contradicts itself";
    private const string Minerals = "03.2 Who explains Russia's interest by minerals?";
    private const string RferlStances = "03.3 How 002 tells the bounty story";

    /// <summary>Which article takes opposite stances on the bounty allegation?</summary>
    public static Feedback CheckSelfContradiction(NarrativeReport narratives, string? id)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        if (MissingClaim(narratives, "bounty", SelfContradiction) is { } missing)
            return missing;
        var contradicting = narratives.Claims.ForClaim("bounty").Where(c => c.ContradictsItself).Select(c => c.Article.Id).ToList();
        const string why = "It calls the report \"fake news\" in a passage copied from another article, then passes the allegation on as fact. A text stitched from sources with different views often gives itself away like this.";
        const string hint = "Look at the bounty row of the matrix table for \"contradicts itself\", or read each article's sentences in the bounty comparison.";
        if (contradicting.Count > 0 && !Check.Blank(id))
        {
            if (Answers.Id(id) is not { } one)
                return Check.Unreadable(SelfContradiction, id, "Write one article id, like 004.");
            id = one;
        }
        return contradicting.Count switch
        {
            0 => Check.CannotCheck(SelfContradiction, "In the articles loaded, no article contradicts itself on the bounty claim, so there is no answer to check."),
            1 => Check.Value(SelfContradiction, contradicting[0], id?.Trim(), why, hint),
            // Changed data can make several articles contradict themselves: any of them is a right answer.
            _ => string.IsNullOrWhiteSpace(id) ? Check.Value(SelfContradiction, contradicting[0], id, why, hint)
                : contradicting.Contains(id.Trim(), StringComparer.OrdinalIgnoreCase)
                    ? new Feedback(SelfContradiction, Verdict.Right, $"{why} In the articles loaded, {contradicting.Count} articles do this: look for the others too.")
                    : new Feedback(SelfContradiction, Verdict.Wrong, hint),
        };
    }

    /// <summary>Which articles give Afghanistan's minerals as a motive? Ids in any form.</summary>
    public static Feedback CheckMineralsMotive(NarrativeReport narratives, string? answer) => CheckMineralsMotive(narratives, Answers.Ids(answer));

    /// <summary>Which articles give Afghanistan's minerals as a motive?</summary>
    public static Feedback CheckMineralsMotive(NarrativeReport narratives, IEnumerable<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        if (MissingClaim(narratives, "minerals", Minerals) is { } missing)
            return missing;
        var expected = narratives.Claims.ForClaim("minerals").Where(c => c.Mentions).Select(c => c.Article.Id).ToList();
        if (expected.Count == 0)
            return Check.CannotCheck(Minerals, "In the articles loaded, no article gives minerals as a motive, so there is no answer to check.");
        return Check.Set(Minerals, expected, ids?.Select(i => i.Trim()),
            why: "Both give the motive without a source. A motive is an interpretation: ask what evidence would show it.",
            hint: "Find the minerals row of the matrix table and read which columns say something other than \"not mentioned\".");
    }

    /// <summary>Which stances does 002 take on the bounty allegation? Stances in plain words: "asserts, denies".</summary>
    public static Feedback CheckRferlStances(NarrativeReport narratives, string? answer)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        var unanswered = CheckRferlStances(narratives, (IEnumerable<Stance>?)null);
        if (Check.Blank(answer) || unanswered.Verdict == Verdict.CannotCheck)
            return unanswered;
        return ReadStances(RferlStances, answer, out var stances) ?? CheckRferlStances(narratives, stances);
    }

    /// <summary>Which stances does 002 take on the bounty allegation?</summary>
    public static Feedback CheckRferlStances(NarrativeReport narratives, IEnumerable<Stance>? stances)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        if (MissingClaim(narratives, "bounty", RferlStances) is { } missing)
            return missing;
        var cell = narratives.Claims.ForClaim("bounty").FirstOrDefault(c => c.Article.Id == "002");
        if (cell is null)
            return Check.CannotCheck(RferlStances, "Article 002 is not among the articles loaded, so there is no answer to check.");
        return Check.Set(RferlStances, cell.Stances, stances,
            why: "002 never says the bounties are real or fake: it says who reported them and who denied them, and lets the reader weigh both.",
            hint: "Read 002's sentences in the bounty comparison: who is speaking in each one? There is more than one stance.");
    }

    private const string LoadedWord = "03.4 The loaded word in a new sentence";
    private const string NewStances = "03.5 Stances in a new paragraph";

    private const string StanceWords = "asserts, attributes (to a source), reports a denial, denies";

    /// <summary>
    /// A new sentence (data/exercises): which word in it is loaded? The expected words are the hits of the pack's
    /// loaded-language list (data/lexicons/loaded-language.jsonl) in it.
    /// </summary>
    public static Feedback CheckLoadedWord(Corpus corpus, string? answer) => Check.WithMaterial(LoadedWord, corpus, material =>
    {
        var sentence = material.Read(corpus, "sentence");
        var expected = corpus.Narratives([sentence]).FramingOf(sentence.Id).LoadedLanguage.Select(h => h.MatchText.ToLowerInvariant()).Distinct().ToList();
        if (expected.Count == 0)
            return Check.CannotCheckMaterial(LoadedWord, $"The loaded-language list finds no term in the sentence in {material.File}.");
        if (Check.Blank(answer))
            return Check.NoAnswer(LoadedWord);
        var words = Answers.Words(answer);
        if (words.Count == 0 || words.Any(w => !w.Any(char.IsLetter)))
            return Check.Unreadable(LoadedWord, answer, "Write the word itself, copied from the sentence.");
        return Check.Set(LoadedWord, expected, words,
            why: "The word judges before the sentence gives any evidence: it tells you how to feel. A neutral report would describe the talks and let you weigh the risk.",
            hint: "Which word tells you how to feel about the talks, rather than what happened? Try replacing each word with a neutral one.");
    });

    /// <summary>
    /// A new paragraph on the bounty story (data/exercises): which stances does it take? The expected stances are
    /// those the pack's stance rules (data/claims/) give it on the codebook's "bounty" claim.
    /// </summary>
    public static Feedback CheckNewStances(Corpus corpus, string? answer) => Check.WithMaterial(NewStances, corpus, material =>
    {
        var column = material.Read(corpus, "column");
        var narratives = corpus.Narratives([column]);
        var cell = narratives.Claims.Claims.Any(c => c.Id == "bounty") ? narratives.Claims.ForClaim("bounty").FirstOrDefault(c => c.Article.Id == column.Id) : null;
        if (cell is null || !cell.Mentions)
            return Check.CannotCheckMaterial(NewStances, $"The stance rules find no sentence on the bounty claim in the paragraph in {material.File}.");
        if (Check.Blank(answer))
            return Check.NoAnswer(NewStances);
        if (ReadStances(NewStances, answer, out var stances) is { } unreadable)
            return unreadable;
        return Check.Set(NewStances, cell.Stances, stances,
            why: "A text can credit a report to its source and still deny it in the author's own voice. Only one of those is the author speaking.",
            hint: "Take the sentences one at a time: who is speaking, and does a denial word stand in the author's own words or in someone else's?");
    });

    private static Feedback? ReadStances(string exercise, string? answer, out List<Stance> stances)
    {
        var items = Answers.Items(answer, keepSpaces: true);
        stances = [.. items.Select(Answers.StanceOf).OfType<Stance>()];
        if (items.FirstOrDefault(i => Answers.StanceOf(i) is null) is { } bad)
            return Check.Unreadable(exercise, bad, $"Write stances separated by commas, from: {StanceWords}.");
        return stances.Count == 0 ? Check.NoAnswer(exercise) : null;
    }

    private static Feedback? MissingClaim(NarrativeReport narratives, string claimId, string exercise) =>
        narratives.Claims.Claims.Any(c => c.Id == claimId)
            ? null
            : Check.CannotCheck(exercise, $"The claim codebook loaded has no claim \"{claimId}\" (data/claims/claims.jsonl), so there is no answer to check.");
}
