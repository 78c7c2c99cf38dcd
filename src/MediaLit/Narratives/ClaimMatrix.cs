using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>Every article against every claim of the codebook: the lesson's side-by-side comparison.</summary>
/// <param name="Cells">One per article and claim, articles in order, then claims in codebook order.</param>
public sealed record ClaimMatrix(IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimStance> Cells)
{
    public ClaimStance this[string articleId, string claimId] =>
        Cells.FirstOrDefault(c => c.Article.Id == articleId && c.Claim.Id == claimId)
        ?? throw new KeyNotFoundException($"No cell for article \"{articleId}\" and claim \"{claimId}\". "
            + $"Articles: {string.Join(", ", Articles.Select(a => a.Id))}. Claims: {string.Join(", ", Claims.Select(c => c.Id))}.");

    /// <summary>One claim across the articles, in article order.</summary>
    public IReadOnlyList<ClaimStance> ForClaim(string claimId) => Cells.Where(c => c.Claim.Id == claimId).ToList();

    public IReadOnlyList<ClaimStance> ForArticle(string articleId) => Cells.Where(c => c.Article.Id == articleId).ToList();

    /// <summary>Cells where an article takes opposite sides on a claim.</summary>
    public IReadOnlyList<ClaimStance> SelfContradictions => Cells.Where(c => c.ContradictsItself).ToList();

    /// <summary>
    /// The matrix as parallel columns, one row per article, claim and stance (one "not mentioned" row
    /// when the article never mentions the claim). A notebook passes each array to a DataFrame column,
    /// so the library needs no DataFrame package.
    /// </summary>
    public ClaimMatrixColumns ToColumns()
    {
        var rows = Cells.SelectMany(cell => cell.Stances.Select(stance => (cell, stance))).ToList();
        return new ClaimMatrixColumns(
            rows.Select(r => r.cell.Article.Id).ToArray(),
            rows.Select(r => r.cell.Claim.Id).ToArray(),
            rows.Select(r => r.stance.Label()).ToArray(),
            rows.Select(r => r.cell.EvidenceFor(r.stance).Count).ToArray(),
            rows.Select(r => string.Join("; ", r.cell.EvidenceFor(r.stance).SelectMany(e => e.SourceNames).Distinct())).ToArray(),
            rows.Select(r => r.cell.ContradictsItself).ToArray());
    }
}

/// <summary>
/// Parallel arrays, one element per row: <c>new StringDataFrameColumn("Article", columns.Article)</c> and so on.
/// </summary>
/// <param name="Sentences">How many sentences of the article take this stance on this claim (0 for "not mentioned").</param>
/// <param name="Sources">The sources those sentences name, joined with "; " (empty for the author's own words).</param>
/// <param name="ContradictsItself">The same for every row of one article and claim.</param>
public sealed record ClaimMatrixColumns(string[] Article, string[] Claim, string[] Stance, int[] Sentences, string[] Sources, bool[] ContradictsItself)
{
    public int Count => Article.Length;
}
