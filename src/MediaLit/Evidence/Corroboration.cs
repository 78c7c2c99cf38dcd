using MediaLit.Articles;
using MediaLit.Reuse;

namespace MediaLit.Evidence;

/// <summary>
/// Which other articles report the same claim, split into independent reports and copies. Two reports
/// are one when all the sentences that carry the claim in either article lie in passages the two
/// articles share: whichever copied the other, one source said twice is still one source.
/// </summary>
/// <param name="IndependentSources">Independent articles counted once per group that copies among itself.</param>
public sealed record Corroboration(Article Article, string Claim, IReadOnlyList<Article> Independent, IReadOnlyList<Article> Copies, int IndependentSources)
{
    public (InformationCredibility Credibility, string Reason) SuggestedCredibility => Admiralty.SuggestCredibility(IndependentSources);

    /// <param name="support">For each article that reports the claim, the spans of <c>Article.Text</c> that carry it.</param>
    public static Corroboration Find(Article article, string claim, IReadOnlyDictionary<Article, IReadOnlyList<TextSpan>> support, ReuseReport reuse)
    {
        var independent = new List<Article>();
        var copies = new List<Article>();
        var own = support.FirstOrDefault(s => s.Key.Id == article.Id).Value ?? [];
        foreach (var (other, spans) in support)
        {
            if (ReferenceEquals(other, article) || other.Id == article.Id || spans.Count == 0)
                continue;
            (SameSource(article, own, other, spans, reuse) ? copies : independent).Add(other);
        }
        // Two independent reports that copy each other are still one more source, not two.
        var groups = new List<List<Article>>();
        foreach (var other in independent)
        {
            var group = groups.FirstOrDefault(g => g.Any(member => SameSource(member, support[member], other, support[other], reuse)));
            if (group is null)
                groups.Add([other]);
            else
                group.Add(other);
        }
        return new Corroboration(article, claim, independent, copies, groups.Count);
    }

    private static bool SameSource(Article a, IReadOnlyList<TextSpan> supportA, Article b, IReadOnlyList<TextSpan> supportB, ReuseReport reuse)
    {
        var shared = reuse.Passages.Where(p => p.Involves(a) && p.Involves(b)).ToList();
        if (shared.Count == 0)
            return false;
        bool allOf(Article x, IReadOnlyList<TextSpan> spans) => spans.Count > 0 && spans.All(s => shared.Any(p => p.SpanIn(x).Overlaps(s)));
        return allOf(a, supportA) || allOf(b, supportB);
    }
}
