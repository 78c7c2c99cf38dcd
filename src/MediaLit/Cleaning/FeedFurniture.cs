using System.Text;
using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>
/// Finds furniture by structure rather than by wording: a paragraph that a feed prints, word for word, in a
/// large share of its articles (rule <c>feed-repeated-line</c> in <c>data/rules/feed.jsonl</c>). Any site's
/// licence footer, share block or newsletter prompt is found this way without a pattern written for that site.
/// </summary>
public static class FeedFurniture
{
    /// <summary>The paragraphs that at least the rule's share of <paramref name="articles"/> hold, normalised.</summary>
    public static IReadOnlySet<string> RepeatedLines(IReadOnlyCollection<Article> articles, FeedRule rule)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(rule);
        int needed = rule.ArticlesNeeded(articles.Count);
        if (articles.Count < needed)
            return new HashSet<string>();
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
            // Distinct per article: a line printed twice in one article is not repeated across the feed.
            foreach (string line in article.Paragraphs.Select(p => Normalize(p.Text)).Distinct(StringComparer.Ordinal))
                holders[line] = holders.GetValueOrDefault(line) + 1;
        return holders.Where(h => h.Value >= needed).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A line compared across articles: spaces collapsed, ends trimmed; case and wording kept.</summary>
    public static string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var normal = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = normal.Length > 0;
                continue;
            }
            if (space)
                normal.Append(' ');
            normal.Append(c);
            space = false;
        }
        return normal.ToString();
    }
}
