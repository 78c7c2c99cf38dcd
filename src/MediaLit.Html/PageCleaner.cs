using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// Takes page parts out of the parsed page, in two passes. Before the story is looked for: tags that never
/// hold it (scripts, navigation, forms' controls), hidden parts, landmark roles, and parts whose class or id
/// says furniture (whole words, see <see cref="ClassWords"/>) unless they wrap nearly all of the page's text.
/// After: inside the chosen story, blocks that read like furniture by their content (Readability's "clean
/// conditionally"): mostly links, more list items than paragraphs, more form fields than a third of the paragraphs.
/// </summary>
internal static class PageCleaner
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "dialog", "link", "meta", "video", "audio", "map",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.Ordinal)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
    };

    /// <summary>A part named as furniture is kept when it holds at least this share of the page's letters: it wraps the page (a layout class such as "l-sidebar-fixed"), it is not beside the story.</summary>
    private const double LayoutShare = 0.85;

    public static bool IsDroppedTag(IElement element) => DroppedTags.Contains(element.LocalName);

    /// <summary>Why a part is always left out (tag, role, hidden), or null.</summary>
    public static string? AlwaysOut(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName))
            return element.LocalName;
        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role))
            return "role=" + role;
        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden")
            || (element.GetAttribute("style") is { } style && Hidden(style)))
            return "hidden";
        if (element.GetAttribute("itemtype") is { } type && type.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase))
            return "comment";
        return null;
    }

    /// <summary>Removes what never holds the story; with <paramref name="byName"/>, also furniture named by class or id.</summary>
    /// <returns>Whether the class/id test took anything out.</returns>
    public static bool BeforeScoring(IElement body, bool byName, ISet<string> removed)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
            if (element.ParentElement is not null && AlwaysOut(element) is { } why)
            {
                removed.Add(why);
                element.Remove();
            }
        if (!byName)
            return false;
        bool any = false;
        var stats = TextStats.Of(body);
        double page = Math.Max(1, stats.Letters(body));
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.ParentElement is null || !body.Contains(element) || element.LocalName is "a" or "body" or "html")
                continue;
            if (ClassWords.FurnitureWord(element) is { } word && stats.Letters(element) < LayoutShare * page)
            {
                removed.Add(word);
                element.Remove();
                any = true;
            }
        }
        return any;
    }

    /// <summary>Removes blocks inside the story that read like furniture by their content.</summary>
    /// <returns>Whether anything was taken out.</returns>
    public static bool AfterScoring(IElement content, ISet<string> removed)
    {
        bool any = false;
        var stats = TextStats.Of(content);
        // Deepest first (reverse document order), so an inner block is judged before its container.
        foreach (var element in content.QuerySelectorAll("form, fieldset, table, ul, ol, div, section, header, figure").Reverse().ToList())
        {
            if (!content.Contains(element) || element == content)
                continue;
            if (Furniture(element, stats) is { } why)
            {
                removed.Add(why);
                element.Remove();
                any = true;
            }
        }
        foreach (var heading in content.QuerySelectorAll("h1, h2, h3").ToList())
            if (ClassWords.Weight(heading) < 0 || stats.LinkDensity(heading) > 0.33)
            {
                removed.Add("heading of a furniture block");
                heading.Remove();
                any = true;
            }
        return any;
    }

    private static string? Furniture(IElement element, TextStats stats)
    {
        if (element.LocalName == "table" && IsDataTable(element))
            return null;
        int weight = ClassWords.Weight(element);
        if (weight < 0)
            return "block named as furniture";
        string text = element.TextContent;
        if (text.Count(c => c == ',') >= 10)
            return null;
        bool isList = element.LocalName is "ul" or "ol";
        bool inFigure = element.LocalName == "figure" || element.Closest("figure") is not null;
        int paragraphs = element.QuerySelectorAll("p").Length;
        int images = element.QuerySelectorAll("img").Length;
        int items = element.QuerySelectorAll("li").Length - 100;
        int fields = element.QuerySelectorAll("input, select, textarea").Length;
        int headingLetters = element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Sum(h => stats.Letters(h));
        int letters = stats.Letters(element);
        double links = stats.LinkDensity(element);
        double headingShare = letters == 0 ? 0 : (double)headingLetters / letters;
        if (images > 1 && (double)paragraphs / images < 0.5 && !inFigure)
            return "block of images";
        if (!isList && items > paragraphs)
            return "list-like block";
        if (fields > paragraphs / 3)
            return "form";
        if (!isList && letters < 25 && (images == 0 || images > 2) && headingShare < 0.9 && !inFigure)
            return "near-empty block";
        if (!isList && weight < 25 && links > 0.2)
            return "block of links";
        if (weight >= 25 && links > 0.5)
            return "block of links";
        if (isList && links > 0.9)
            return "list of links";
        return null;
    }

    /// <summary>A table that holds data (headers, a caption or a grid of cells), not page layout.</summary>
    private static bool IsDataTable(IElement table)
    {
        if (table.QuerySelector("table") is not null)
            return false;
        if (table.QuerySelector("th, caption, thead") is not null)
            return true;
        int rows = table.QuerySelectorAll("tr").Length;
        int columns = table.QuerySelector("tr")?.Children.Length ?? 0;
        return rows >= 3 && columns >= 2 && rows * columns > 10;
    }

    private static bool Hidden(string style)
    {
        string compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
