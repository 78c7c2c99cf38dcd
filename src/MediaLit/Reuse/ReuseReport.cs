using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>What <see cref="TextReuse.Find(Corpus, TextReuseOptions?)"/> found: every shared passage, and summaries of them.</summary>
/// <param name="Articles">The articles compared, in the order given.</param>
/// <param name="Passages">Ordered by pair, then by position in <c>A</c>.</param>
/// <param name="Shares">One per article, in the order of <paramref name="Articles"/>.</param>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed record ReuseReport(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SharedPassage> Passages,
    IReadOnlyList<ReuseShare> Shares,
    OverlapMatrix Matrix,
    IReadOnlyList<DanglingReference> DanglingReferences,
    TextReuseOptions Options)
{
    /// <summary>How much was set aside as the feed's boilerplate before looking for copying.</summary>
    public BoilerplateSetAside SetAside { get; init; } = new(
        new Cleaning.FeedRule(Cleaning.FeedRules.BoilerplateId, 1, int.MaxValue, "not applied"), int.MaxValue, 0, 0, 0, 0, null);

    /// <summary>Passages shared by two articles, in either order.</summary>
    public IReadOnlyList<SharedPassage> Between(Article first, Article second) =>
        Passages.Where(p => p.Involves(first) && p.Involves(second) && !ReferenceEquals(first, second)).ToList();

    public ReuseShare ShareOf(Article article) =>
        Shares.FirstOrDefault(s => ReferenceEquals(s.Article, article))
        ?? throw new ArgumentException($"Article {article.Id} was not compared.", nameof(article));
}
