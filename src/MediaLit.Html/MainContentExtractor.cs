using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MediaLit.Html;

/// <summary>
/// Takes the article out of a web page. Page parts that never hold the story go first (scripts, navigation,
/// hidden parts, parts named as furniture by whole class/id words); then every container is scored by the
/// paragraphs of running text it holds (<see cref="CandidateScorer"/>), the best one is kept with the siblings
/// that belong with it, and blocks inside it that read like furniture by content are dropped
/// (<see cref="PageCleaner"/>). The title is metadata: a heading repeating it is not part of the text.
/// Nothing in the page runs: AngleSharp parses, it does not execute scripts.
/// </summary>
public static partial class MainContentExtractor
{
    /// <summary>Below this many characters the extraction is tried again with fewer parts taken out, as Readability does.</summary>
    private const int EnoughText = 500;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    /// <summary>How strictly one attempt takes parts out: the first attempt is the strictest.</summary>
    private sealed record Attempt(bool FurnitureByName, bool CleanByContent, string Name);

    private static readonly Attempt[] Attempts =
    [
        new(FurnitureByName: true, CleanByContent: true, "full"),
        new(FurnitureByName: false, CleanByContent: true, "without the class/id test"),
        new(FurnitureByName: false, CleanByContent: false, "without the class/id test and the content test"),
    ];

    public static ExtractedPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var flattened = NestingGuard.Flatten(html);
        var document = Parse(flattened.Html);
        var metadata = new PageMetadata(document);
        var (title, titleFrom) = metadata.Title();
        var (byline, bylineFrom) = metadata.Byline();
        var (published, publishedFrom) = metadata.Published();
        string? outlet = metadata.Meta("og:site_name") ?? metadata.JsonLd("publisher", "name");
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? metadata.Meta("og:url");
        string? articleBody = metadata.JsonLd("articleBody");

        (List<string> Lines, SortedSet<string> Removed, string Where)? best = null;
        // A later attempt differs from the one before only by a step it leaves out; when that step took nothing
        // out, the later attempt would read the same page to the same lines, so it is not run (and the page not
        // parsed again). A short page used to be parsed and read three times.
        bool namedRemoved = true, contentRemoved = true; // by the attempt before
        foreach (var attempt in Attempts)
        {
            bool leftOutStepDidNothing = attempt == Attempts[1] ? !namedRemoved : attempt == Attempts[2] && !contentRemoved;
            if (best is not null && leftOutStepDidNothing)
                continue;
            var page = best is null ? document : Parse(flattened.Html); // each attempt starts from the whole page
            var removed = new SortedSet<string>(StringComparer.Ordinal);
            var (lines, where, named, content) = page.Body is { } body ? Story(body, attempt, title, articleBody, removed) : ([], "no <body>", false, false);
            (namedRemoved, contentRemoved) = (named, content);
            if (best is null || lines.Sum(l => l.Length) > best.Value.Lines.Sum(l => l.Length))
                best = (lines, removed, attempt == Attempts[0] ? where : $"{where}, found {attempt.Name}");
            if (best.Value.Lines.Sum(l => l.Length) >= EnoughText)
                break;
        }
        var (kept, removedParts, foundIn) = best!.Value;
        if (flattened.TagsDropped > 0)
            removedParts.Add($"tags nested deeper than {NestingGuard.MaxDepth} levels (the page went {flattened.DeepestNesting} deep; "
                + $"{flattened.TagsDropped} tags left out, their text kept)");
        return new ExtractedPage(title, titleFrom, byline, bylineFrom, published, publishedFrom, outlet, url,
            string.Join("\n\n", kept), removedParts.ToList(), foundIn);
    }

    /// <summary>Parses without running anything. Callers pass HTML through <see cref="NestingGuard"/> first.</summary>
    internal static IDocument Parse(string html) => (_parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false })).ParseDocument(html);

    // One parser per thread: making one builds a browsing context with its services, which cost more than
    // parsing a short page. Per thread because AngleSharp does not promise that one parser may parse on two threads at once.
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <returns>The lines, where they were found, and whether the class/id test and the content test took anything out.</returns>
    private static (List<string> Lines, string Where, bool NamedRemoved, bool ContentRemoved) Story(IElement body, Attempt attempt, string? title, string? articleBody, SortedSet<string> removed)
    {
        bool namedRemoved = PageCleaner.BeforeScoring(body, attempt.FurnitureByName, removed);
        bool contentRemoved = false;
        var stats = TextStats.Of(body);
        var scores = CandidateScorer.Score(body, stats);
        var top = CandidateScorer.Best(body, scores);
        string where = Describe(top);
        bool byEvidence = false;
        if (articleBody is not null && JsonLdEvidence.BetterContainer(top, body, scores, articleBody) is { } better)
        {
            (top, byEvidence) = (better, true);
            where = Describe(top) + " (matching the page's JSON-LD articleBody)";
        }
        var parts = CandidateScorer.WithSiblings(top, body, scores, stats);
        // When the page's own articleBody chose the container, a sibling joins it only if the articleBody holds it too.
        if (byEvidence)
            parts.RemoveAll(p => p != top && !JsonLdEvidence.Supports(p, articleBody!));
        if (parts.Count > 1)
            where += $" and {parts.Count - 1} sibling block(s)";
        if (top != body)
            removed.Add("outside the article");
        if (attempt.CleanByContent)
            foreach (var part in parts)
                contentRemoved |= PageCleaner.AfterScoring(part, removed);
        if (title is not null)
            DropTitleHeading(parts, title, removed);
        return (parts.SelectMany(p => Blocks(p, removed)).ToList(), where, namedRemoved, contentRemoved);
    }

    private static string Describe(IElement element)
    {
        string name = string.Join(' ', new[] { element.Id is { Length: > 0 } id ? "#" + id : null, element.ClassName is { Length: > 0 } c ? "." + c : null }.OfType<string>());
        return name.Length == 0 ? $"<{element.LocalName}>" : $"<{element.LocalName}> {Clip(name, 60)}";
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>
    /// The title is metadata: a heading before the first paragraph that repeats it (three quarters of its words
    /// or more, in either direction) is left out, so the title is not glued to the body.
    /// </summary>
    private static void DropTitleHeading(List<IElement> parts, string title, SortedSet<string> removed)
    {
        var titleWords = Words(title);
        foreach (var element in parts.SelectMany(p => p.QuerySelectorAll("h1, h2, p").Prepend(p)))
        {
            if (element.LocalName == "p" && Clean(element.TextContent).Length > 0)
                return;
            if (element.LocalName is not ("h1" or "h2"))
                continue;
            var heading = Words(element.TextContent);
            int shared = heading.Intersect(titleWords).Count();
            if (heading.Count > 0 && shared >= 0.75 * heading.Count && shared >= 0.75 * titleWords.Count)
            {
                removed.Add("the title (kept as metadata)");
                element.Remove();
                return;
            }
        }
    }

    internal static HashSet<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Leaf blocks in document order, walked without recursion so deep nesting cannot overflow the stack.</summary>
    private static List<string> Blocks(IElement root, SortedSet<string> removed)
    {
        var lines = new List<string>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (PageCleaner.AlwaysOut(element) is { } why)
            {
                removed.Add(why);
                continue;
            }
            var children = element.Children.ToList();
            if (!children.Any(c => CandidateScorer.BlockTags.Contains(c.LocalName) && c.LocalName != "br"))
            {
                string text = Clean(VisibleText(element, removed));
                if (text.Length > 0)
                    lines.Add(text);
                continue;
            }
            // Text sitting directly in a container beside blocks ("<div>Intro <p>…</p></div>") is kept too.
            string loose = Clean(string.Concat(element.ChildNodes.Where(n => n is IText || (n is IElement e && !CandidateScorer.BlockTags.Contains(e.LocalName))).Select(n => n.TextContent)));
            if (loose.Length > 0)
                lines.Add(loose);
            for (int i = children.Count - 1; i >= 0; i--)
                if (CandidateScorer.BlockTags.Contains(children[i].LocalName))
                    stack.Push(children[i]);
        }
        return lines;
    }

    // Text of a leaf block without what never belongs to a story (a share button inside a paragraph, say).
    private static string VisibleText(IElement element, SortedSet<string> removed)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
                text.Append(t.Data);
            else if (node is IElement e && e != element && PageCleaner.AlwaysOut(e) is { } why)
                removed.Add(why);
            else
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                    stack.Push(node.ChildNodes[i]);
            if (node is IElement { LocalName: "br" })
                text.Append(' ');
        }
        return text.ToString();
    }

    internal static string Clean(string text) => Whitespace().Replace(text, " ").Trim();
}
