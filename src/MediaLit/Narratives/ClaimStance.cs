using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// How one article treats one claim: every sentence behind it, the set of stances they take, and
/// whether the article takes opposite sides.
/// </summary>
public sealed record ClaimStance(Article Article, Claim Claim, IReadOnlyList<ClaimEvidence> Evidence)
{
    /// <summary>The author's own voice first, then what others are reported to say: the order <see cref="Overall"/> picks from.</summary>
    public static readonly IReadOnlyList<Stance> Priority = [Stance.Denies, Stance.Asserts, Stance.ReportsDenial, Stance.AttributesToSource];

    public bool Mentions => Evidence.Count > 0;

    /// <summary>The distinct stances of the sentences, in <see cref="Priority"/> order; <c>[NotMentioned]</c> when there are none.</summary>
    public IReadOnlyList<Stance> Stances =>
        Mentions ? Priority.Where(Has).ToList() : [Stance.NotMentioned];

    public bool Has(Stance stance) => stance == Stance.NotMentioned ? !Mentions : Evidence.Any(e => e.Stance == stance);

    /// <summary>One stance for a heatmap cell: the first of <see cref="Priority"/> the article takes.</summary>
    public Stance Overall => Stances[0];

    /// <summary>
    /// The author denies the claim in their own words and also states it, or credits it to a source
    /// without a distancing verb. Reporting someone else's denial is not a contradiction.
    /// </summary>
    public bool ContradictsItself => Has(Stance.Denies) && Endorsements.Count > 0;

    /// <summary>The sentences that state the claim or pass it on without distance: what a denial contradicts.</summary>
    public IReadOnlyList<ClaimEvidence> Endorsements =>
        Evidence.Where(e => e.Stance == Stance.Asserts || e.Stance == Stance.AttributesToSource && !e.IsDistanced).ToList();

    public IReadOnlyList<ClaimEvidence> EvidenceFor(Stance stance) => Evidence.Where(e => e.Stance == stance).ToList();

    public IReadOnlyList<Sentence> Sentences => Evidence.Select(e => Article.Sentences[e.SentenceIndex]).ToList();

    /// <summary>Everyone the article credits the claim or a denial of it to, in order of first mention.</summary>
    public IReadOnlyList<string> SourceNames => Evidence.SelectMany(e => e.SourceNames).Distinct().ToList();

    public override string ToString() =>
        $"{Article.Id} {Claim.Id}: {string.Join(" + ", Stances.Select(s => s.Label()))}{(ContradictsItself ? " (contradicts itself)" : "")}";
}
