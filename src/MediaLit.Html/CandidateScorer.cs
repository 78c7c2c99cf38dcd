using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// Finds the story's container by scoring, the method Readability describes: every paragraph of running text
/// gives points (one, plus one per comma, plus one per 100 characters up to three) to its parent, half to its
/// grandparent and less further up; a container starts from its tag and class/id words, and its score is cut by
/// its share of link text. The container with most points wins, so a comment, teaser or menu that happens to be
/// an &lt;article&gt; or the first &lt;main&gt; is not taken on its tag alone.
/// </summary>
internal static class CandidateScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal) { "pre", "td", "li" };

    /// <summary>Tags whose presence as a child makes a &lt;div&gt; a container rather than a paragraph.</summary>
    internal static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "figcaption", "pre", "div", "section", "article",
        "main", "header", "ul", "ol", "figure", "table", "tr", "td", "th", "dd", "dt", "dl", "address", "aside", "footer",
        "form", "fieldset", "hr", "br",
    };

    public static Dictionary<IElement, double> Score(IElement body, TextStats stats)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            bool paragraph = element.LocalName == "p"
                || (Paragraphs.Contains(element.LocalName) || element.LocalName is "div" or "section" or "article")
                    && !element.Children.Any(c => BlockTags.Contains(c.LocalName));
            if (paragraph && element.ParentElement?.Closest("p") is null)
                Credit(element.ParentElement, element.TextContent, scores);
            else if (!paragraph && element.LocalName is "div" or "section" or "article" or "main" or "li")
                Credit(element, LooseText(element), scores); // text beside blocks: "<div>Intro <p>…</p></div>"
        }
        foreach (var candidate in scores.Keys.ToList())
            scores[candidate] *= 1 - stats.LinkDensity(candidate);
        return scores;
    }

    /// <summary>Starting score of a container: its tag and the words of its class and id.</summary>
    public static double Initial(IElement element) => ClassWords.Weight(element) + element.LocalName switch
    {
        "div" or "article" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    } + (element.GetAttribute("itemprop") is { } itemprop && ClassWords.Words(itemprop).Contains("articlebody") ? 25 : 0);

    private static void Credit(IElement? parent, string text, Dictionary<IElement, double> scores)
    {
        string clean = MainContentExtractor.Clean(text);
        if (parent is null || clean.Length < MinParagraphLength)
            return;
        double points = 1 + clean.Count(c => c is ',' or '，' or '、' or '،') + Math.Min(clean.Length / 100, 3);
        int level = 0;
        for (var ancestor = parent; ancestor is not null && ancestor.LocalName != "html" && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
        {
            if (!scores.ContainsKey(ancestor))
                scores[ancestor] = Initial(ancestor);
            scores[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }

    private static string LooseText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n is IText || (n is IElement e && !BlockTags.Contains(e.LocalName))).Select(n => n.TextContent));

    /// <summary>
    /// The best container, moved up when its parent holds more of the story: when three of the five best
    /// candidates share an ancestor, or the parent scores higher, or the container is its parent's only child.
    /// </summary>
    public static IElement Best(IElement body, Dictionary<IElement, double> scores)
    {
        var ranked = scores.OrderByDescending(s => s.Value).Take(5).ToList();
        if (ranked.Count == 0 || ranked[0].Key == body)
            return body;
        var top = ranked[0].Key;
        double topScore = ranked[0].Value;
        var close = ranked.Skip(1).Where(r => r.Value >= 0.75 * topScore).Select(r => r.Key).ToList();
        for (var ancestor = top.ParentElement; close.Count >= 3 && ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            if (close.Count(c => ancestor.Contains(c)) >= 3)
            {
                top = ancestor;
                break;
            }
        double last = scores.GetValueOrDefault(top);
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out double score))
                continue;
            if (score < last / 3)
                break;
            if (score > last)
            {
                top = parent;
                break;
            }
            last = score;
        }
        while (top.ParentElement is { } p && p != body && p.Children.Length == 1)
            top = p;
        return top;
    }

    /// <summary>
    /// The best container and those of its siblings that belong with it: a sibling scoring at least a fifth of it
    /// (at least 10), or a paragraph of running text with few links, so a story split over several blocks is whole.
    /// </summary>
    public static List<IElement> WithSiblings(IElement top, IElement body, Dictionary<IElement, double> scores, TextStats stats)
    {
        if (top == body || top.ParentElement is not { } parent)
            return [top];
        double topScore = scores.GetValueOrDefault(top);
        double threshold = Math.Max(10, topScore * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                kept.Add(sibling);
                continue;
            }
            double bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out double score) && score + bonus >= threshold)
                kept.Add(sibling);
            else if (sibling.LocalName == "p")
            {
                string text = MainContentExtractor.Clean(sibling.TextContent);
                double links = stats.LinkDensity(sibling);
                if ((text.Length > 80 && links < 0.25) || (text.Length is > 0 and <= 80 && links == 0 && EndsSentence(text)))
                    kept.Add(sibling);
            }
        }
        return kept;
    }

    private static bool EndsSentence(string text) => text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal);
}
