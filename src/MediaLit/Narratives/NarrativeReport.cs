using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// The narratives lesson's results for a set of articles: the claim matrix, loaded language and
/// frame cues, and each article's distinctive vocabulary. Every result holds spans into its article.
/// </summary>
public sealed record NarrativeReport(
    IReadOnlyList<Article> Articles,
    NarrativeLexicon Lexicon,
    ClaimMatrix Claims,
    IReadOnlyList<FramingProfile> Framing,
    IReadOnlyList<DistinctiveWords> DistinctiveWords,
    NarrativeOptions Options)
{
    public ClaimCodebook Codebook => Lexicon.Codebook;

    public FramingProfile FramingOf(string articleId) =>
        Framing.FirstOrDefault(f => f.Article.Id == articleId) ?? throw Missing(articleId);

    public DistinctiveWords DistinctiveWordsOf(string articleId) =>
        DistinctiveWords.FirstOrDefault(d => d.Article.Id == articleId) ?? throw Missing(articleId);

    private KeyNotFoundException Missing(string id) =>
        new($"No article \"{id}\" in this report. The ids are: {string.Join(", ", Articles.Select(a => a.Id))}.");
}
