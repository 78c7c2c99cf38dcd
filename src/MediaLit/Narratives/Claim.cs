namespace MediaLit.Narratives;

/// <summary>A passage of an article that the codebook gives as an example of a claim; a test checks that the finder agrees.</summary>
public sealed record ClaimExample(string ArticleId, string Quote);

/// <summary>
/// One claim of the codebook (<c>data/claims/claims.jsonl</c>): what it says, the words that find
/// it, the words that deny it, and where in the fact-check it comes from.
/// </summary>
/// <param name="Id">Short name used in code and tables: "bounty", "us-invasion-2001".</param>
/// <param name="Cues">
/// Sets of terms in the <see cref="TermPattern"/> language. A sentence mentions the claim when every
/// term of at least one set occurs in it.
/// </param>
/// <param name="DenialCues">The claim's own denial words ("hesitant", "neutral" for the 2001 claim).</param>
/// <param name="UsesCommonDenialCues">
/// False when denial words are the claim itself ("the report is fabricated"): then only
/// <paramref name="DenialCues"/> deny it.
/// </param>
public sealed record Claim(
    string Id,
    string Label,
    string Description,
    IReadOnlyList<IReadOnlyList<string>> Cues,
    IReadOnlyList<string> DenialCues,
    bool UsesCommonDenialCues,
    IReadOnlyList<ClaimExample> Examples,
    string Source)
{
    public override string ToString() => $"{Id}: {Label}";
}
