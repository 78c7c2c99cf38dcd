using MediaLit.Narratives;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 03 (narratives). Expected answers come from the claim matrix; when the
/// matrix holds no single answer (changed data, some articles left out), the feedback says so: never an exception.
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

    private static Feedback? MissingClaim(NarrativeReport narratives, string claimId, string exercise) =>
        narratives.Claims.Claims.Any(c => c.Id == claimId)
            ? null
            : Check.CannotCheck(exercise, $"The claim codebook loaded has no claim \"{claimId}\" (data/claims/claims.jsonl), so there is no answer to check.");
}
