using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// Uses a page's JSON-LD <c>articleBody</c> as evidence, not as the text: many sites give the story there
/// (sometimes cut short or without paragraphs), so when the scored container holds little of it, the container
/// that holds most of it (by word overlap) is taken instead. The text itself still comes from the page.
/// </summary>
internal static class JsonLdEvidence
{
    private const int MinWords = 40;
    private const double GoodEnough = 0.6;
    private const double MinGain = 0.2;

    public static IElement? BetterContainer(IElement top, IElement body, Dictionary<IElement, double> scores, string articleBody)
    {
        var evidence = MainContentExtractor.Words(articleBody);
        if (evidence.Count < MinWords)
            return null;
        double current = Overlap(top, evidence);
        if (current >= GoodEnough)
            return null;
        var candidates = scores.OrderByDescending(s => s.Value).Take(50).Select(s => s.Key)
            .Concat(body.QuerySelectorAll("article, main, [itemprop~=articleBody]")).Distinct();
        var best = candidates.Select(c => (Element: c, Score: Overlap(c, evidence))).MaxBy(c => c.Score);
        return best.Element is not null && best.Score >= current + MinGain ? best.Element : null;
    }

    /// <summary>True when at least half of the element's distinct words are in the articleBody.</summary>
    public static bool Supports(IElement element, string articleBody)
    {
        var words = MainContentExtractor.Words(element.TextContent);
        var evidence = MainContentExtractor.Words(articleBody);
        return words.Count > 0 && words.Count(evidence.Contains) >= 0.5 * words.Count;
    }

    /// <summary>F1 of the distinct words: high when the container holds the article's words and little else.</summary>
    private static double Overlap(IElement element, HashSet<string> evidence)
    {
        var words = MainContentExtractor.Words(element.TextContent);
        if (words.Count == 0)
            return 0;
        int shared = words.Count(evidence.Contains);
        double precision = (double)shared / words.Count, recall = (double)shared / evidence.Count;
        return shared == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
