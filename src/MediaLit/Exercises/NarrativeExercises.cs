using MediaLit.Narratives;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 03 (narratives). Expected answers come from the claim matrix.</summary>
public static class NarrativeExercises
{
    /// <summary>Which article takes opposite stances on the bounty allegation?</summary>
    public static Feedback CheckSelfContradiction(NarrativeReport narratives, string? id) => Check.Value(
        "03.1 An article that contradicts itself",
        narratives.Claims.ForClaim("bounty").Single(c => c.ContradictsItself).Article.Id,
        id?.Trim(),
        why: "It calls the report \"fake news\" in a passage copied from another article, then passes the allegation on as fact. A text stitched from sources with different views often gives itself away like this.",
        hint: "Look at the bounty row of the matrix table for \"contradicts itself\", or read each article's sentences in the bounty comparison.");

    /// <summary>Which articles give Afghanistan's minerals as a motive?</summary>
    public static Feedback CheckMineralsMotive(NarrativeReport narratives, IEnumerable<string>? ids) => Check.Set(
        "03.2 Who explains Russia's interest by minerals?",
        narratives.Claims.ForClaim("minerals").Where(c => c.Mentions).Select(c => c.Article.Id),
        ids?.Select(i => i.Trim()),
        why: "Both give the motive without a source. A motive is an interpretation: ask what evidence would show it.",
        hint: "Find the minerals row of the matrix table and read which columns say something other than \"not mentioned\".");

    /// <summary>Which stances does 002 take on the bounty allegation?</summary>
    public static Feedback CheckRferlStances(NarrativeReport narratives, IEnumerable<Stance>? stances) => Check.Set(
        "03.3 How 002 tells the bounty story",
        narratives.Claims["002", "bounty"].Stances,
        stances,
        why: "002 never says the bounties are real or fake: it says who reported them and who denied them, and lets the reader weigh both.",
        hint: "Read 002's sentences in the bounty comparison: who is speaking in each one? There is more than one stance.");
}
