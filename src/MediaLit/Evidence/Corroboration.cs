using MediaLit.Articles;
using MediaLit.Reuse;

namespace MediaLit.Evidence;

/// <summary>
/// Which other articles report the same claim, split into independent reports and copies. A report is
/// a copy when every sentence that carries it lies in a passage shared with the article it would
/// corroborate: one source said twice is still one source.
/// </summary>
public sealed record Corroboration(Article Article, string Claim, IReadOnlyList<Article> Independent, IReadOnlyList<Article> Copies)
{
    public (InformationCredibility Credibility, string Reason) SuggestedCredibility => Admiralty.SuggestCredibility(Independent.Count);

    /// <param name="support">For each article that reports the claim, the spans of <c>Article.Text</c> that carry it.</param>
    public static Corroboration Find(Article article, string claim, IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> support, ReuseReport reuse)
    {
        var independent = new List<Article>();
        var copies = new List<Article>();
        foreach (var (other, spans) in support)
        {
            if (ReferenceEquals(other, article) || other.Id == article.Id || spans.Count == 0)
                continue;
            var shared = reuse.Passages.Where(p => p.Involves(article) && p.Involves(other)).Select(p => p.SpanIn(other)).ToList();
            bool copied = spans.All(s => shared.Any(p => p.Overlaps(s)));
            (copied ? copies : independent).Add(other);
        }
        return new Corroboration(article, claim, independent, copies);
    }
}
