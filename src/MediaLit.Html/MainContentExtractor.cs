using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MediaLit.Html;

/// <summary>
/// Takes the article out of a web page: drops navigation, asides, footers, scripts, styles, forms and
/// comment sections; keeps the title, headings, paragraphs, quotations, list items and captions, one
/// per line. Nothing in the page runs: AngleSharp parses, it does not execute scripts.
/// </summary>
public static partial class MainContentExtractor
{
    private static readonly string[] DroppedTags =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button",
        "input", "select", "textarea", "nav", "aside", "footer", "dialog", "head",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "figcaption", "pre", "div", "section", "article",
        "main", "header", "ul", "ol", "figure", "table", "tr", "td", "th", "dd", "dt", "dl", "address",
    };

    // Class or id words that mark page furniture rather than the article (bylines are read as metadata first).
    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|share|sharing|social|related|newsletter|subscribe|advert|ads?|promo|cookie|breadcrumbs?|sidebar|menu|masthead|popup|modal|byline|dateline)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^By:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    public static ExtractedPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var flattened = NestingGuard.Flatten(html);
        var document = Parse(flattened.Html);
        var (title, titleFrom) = Title(document);
        var (byline, bylineFrom) = Byline(document);
        var (published, publishedFrom) = Published(document);
        string? outlet = Meta(document, "og:site_name") ?? JsonLd(document, "publisher", "name");
        string? url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        if (flattened.TagsDropped > 0)
            removed.Add($"tags nested deeper than {NestingGuard.MaxDepth} levels (the page went {flattened.DeepestNesting} deep; "
                + $"{flattened.TagsDropped} tags left out, their text kept)");
        var root = MainRoot(document);
        var lines = root is null ? [] : Blocks(root, removed);
        // What lay outside the article is left out too; name it, so a reader can check nothing was lost.
        if (root is not null && document.Body is { } body && root != body)
            foreach (var element in body.Children.Where(c => !c.Contains(root)))
                removed.Add("outside the article: " + (IsFurniture(element, out string? why) ? why : element.LocalName));
        if (title is not null && (lines.Count == 0 || lines[0] != title))
            lines.Insert(0, title);
        return new ExtractedPage(title, titleFrom, byline, bylineFrom, published, publishedFrom, outlet, url, string.Join("\n\n", lines), removed.ToList());
    }

    /// <summary>Parses without running anything. Callers pass HTML through <see cref="NestingGuard"/> first.</summary>
    internal static IDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    /// <summary>The first of: the longest &lt;article&gt;, &lt;main&gt;, [role=main], &lt;body&gt;.</summary>
    private static IElement? MainRoot(IDocument document) =>
        LongestArticle(document)
        ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;

    /// <summary>
    /// The &lt;article&gt; with the most text (the first of equals). Text lengths are summed once, children
    /// before parents: asking each article for its TextContent re-reads the text once per enclosing article,
    /// which nested articles make quadratic.
    /// </summary>
    private static IElement? LongestArticle(IDocument document)
    {
        if (document.DocumentElement is not { } top)
            return null;
        var pending = new Dictionary<INode, long>(); // text length of finished nodes whose parent is not finished yet
        var articles = new List<(IElement Article, long Length)>();
        var stack = new Stack<(INode Node, bool ChildrenDone)>();
        stack.Push((top, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                stack.Push((node, true));
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                    stack.Push((node.ChildNodes[i], false));
                continue;
            }
            long total = node is IText text ? text.Data.Length : 0;
            foreach (var child in node.ChildNodes)
                if (pending.Remove(child, out long childLength))
                    total += childLength;
            pending[node] = total;
            if (node is IElement { LocalName: "article" } article)
                articles.Add((article, total));
        }
        // Children finish before their parents: put the articles back in document order, so the first of equals wins.
        var order = document.QuerySelectorAll("article").Select((a, i) => (a, i)).ToDictionary(x => (INode)x.a, x => x.i);
        return articles.OrderByDescending(a => a.Length).ThenBy(a => order[a.Article]).Select(a => a.Article).FirstOrDefault();
    }

    /// <summary>Leaf blocks in document order, walked without recursion so deep nesting cannot overflow the stack.</summary>
    private static List<string> Blocks(IElement root, SortedSet<string> removed)
    {
        var lines = new List<string>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsFurniture(element, out string? why))
            {
                removed.Add(why!);
                continue;
            }
            var children = element.Children.ToList();
            bool hasBlockChild = children.Any(c => BlockTags.Contains(c.LocalName));
            if (!hasBlockChild)
            {
                string text = Whitespace().Replace(VisibleText(element, removed), " ").Trim();
                if (text.Length > 0)
                    lines.Add(text);
                continue;
            }
            // Text sitting directly in a container beside blocks ("<div>Intro <p>…</p></div>") is kept too.
            string loose = Whitespace().Replace(string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)), " ").Trim();
            if (loose.Length > 0)
                lines.Add(loose);
            for (int i = children.Count - 1; i >= 0; i--)
                stack.Push(children[i]);
        }
        return lines;
    }

    // Text of a leaf block without its furniture (a share button inside a paragraph, say).
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
            else if (node is IElement e && e != element && IsFurniture(e, out string? why))
                removed.Add(why!);
            else
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                    stack.Push(node.ChildNodes[i]);
            if (node is IElement { LocalName: "br" })
                text.Append(' ');
        }
        return text.ToString();
    }

    private static bool IsFurniture(IElement element, out string? why)
    {
        why = null;
        if (DroppedTags.Contains(element.LocalName))
            why = element.LocalName;
        else if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary")
            why = "role=" + element.GetAttribute("role");
        else if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
            why = "hidden";
        else if (FurnitureName().Match($"{element.Id} {element.ClassName}") is { Success: true } m)
            why = m.Value.Trim(' ', '_', '-').ToLowerInvariant();
        else if (element.LocalName == "header" && element.ParentElement?.LocalName is "body")
            why = "page header";
        return why is not null;
    }

    private static (string?, string?) Title(IDocument d) =>
        Meta(d, "og:title") is { } og ? (og, "meta og:title")
        : Meta(d, "twitter:title") is { } tw ? (tw, "meta twitter:title")
        : JsonLd(d, "headline") is { } ld ? (ld, "JSON-LD headline")
        : d.QuerySelector("h1")?.TextContent is { Length: > 0 } h1 ? (Clean(h1), "first <h1>")
        : d.Title is { Length: > 0 } t ? (Clean(t), "<title>")
        : (null, null);

    private static (string?, string?) Byline(IDocument d)
    {
        if (Meta(d, "author") is { } meta)
            return (meta, "meta author");
        if (JsonLd(d, "author", "name") is { } ld)
            return (ld, "JSON-LD author");
        if (d.QuerySelector("[rel=author], .byline, .author")?.TextContent is { Length: > 0 } text)
            return (ByPrefix().Replace(Clean(text), ""), "byline element");
        return (null, null);
    }

    private static (DateOnly?, string?) Published(IDocument d)
    {
        foreach (var (value, from) in new[]
                 {
                     (Meta(d, "article:published_time"), "meta article:published_time"),
                     (JsonLd(d, "datePublished"), "JSON-LD datePublished"),
                     (Meta(d, "date"), "meta date"),
                     (d.QuerySelector("time[datetime]")?.GetAttribute("datetime"), "<time datetime>"),
                 })
        {
            if (value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return (DateOnly.FromDateTime(date.UtcDateTime), from);
        }
        return (null, null);
    }

    private static string? Meta(IDocument d, string name) =>
        d.QuerySelectorAll("meta").FirstOrDefault(m => m.GetAttribute("property") == name || m.GetAttribute("name") == name)
            ?.GetAttribute("content") is { Length: > 0 } content ? Clean(content) : null;

    /// <summary>A string from the page's JSON-LD (first script that parses and has the property).</summary>
    private static string? JsonLd(IDocument d, string property, string? inner = null)
    {
        foreach (var script in d.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var item in json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement])
                {
                    if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(property, out var value))
                        continue;
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
                        value = value[0];
                    if (inner is not null && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(inner, out var nested))
                        value = nested;
                    if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                        return Clean(s);
                }
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Broken JSON-LD is common on real pages: skip it, the other sources of metadata remain.
                // ArgumentException: pasted text can hold a lone surrogate, which JSON cannot transcode.
            }
        }
        return null;
    }

    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim();
}
