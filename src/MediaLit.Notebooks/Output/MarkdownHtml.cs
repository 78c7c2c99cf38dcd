using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MediaLit.Notebooks.Output;

/// <summary>A markdown heading of a lesson page: its level, its id in the page and its plain text.</summary>
internal sealed record PageHeading(int Level, string Id, string Text);

/// <summary>
/// Lesson markdown as safe HTML. Notebook markdown is authored text, but a page must not become a way to run
/// script: raw HTML (blocks, inline tags and comments, such as <c>&lt;!-- answer 00.R1 --&gt;</c>) is dropped from
/// the syntax tree before rendering, so only Markdig's own elements reach the page, and a link or image whose URL
/// could run code (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, ...) keeps its text but loses its URL.
/// The generic-attributes extension (<c>{onclick=...}</c>) and media links (iframes) are left out on purpose.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAbbreviations().UseCitations().UseCustomContainers().UseDefinitionLists().UseEmphasisExtras()
        .UseFigures().UseFooters().UseFootnotes().UseGridTables().UseMathematics().UsePipeTables()
        .UseListExtras().UseTaskLists().UseAutoLinks()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    /// <summary>The parsed, sanitised tree of one markdown text.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            block.Parent?.Remove(block);
        }

        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            inline.Remove();
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!link.IsEmail && !IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
        }

        return document;
    }

    /// <summary>
    /// The page HTML of a markdown text. Each heading gets an id unique in the page (from <paramref name="ids"/>,
    /// shared by every markdown cell of the page) and is added to <paramref name="headings"/>.
    /// </summary>
    public static string Render(string markdown, PageIds ids, ICollection<PageHeading> headings)
    {
        var document = Parse(markdown);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // A heading never skips a level below the one before it (WCAG 1.3.1, axe's heading-order): the lessons
            // write "### Learning objectives" right under the title, which the lesson card reads by that marker, so
            // the page lifts it to h2 instead of the notebooks changing.
            heading.Level = Math.Min(heading.Level, ids.LastHeadingLevel + 1);
            ids.LastHeadingLevel = heading.Level;
            var text = PlainText(heading.Inline);
            var id = ids.Next(text);
            heading.GetAttributes().Id = id;
            headings.Add(new PageHeading(heading.Level, id, text));
        }

        return ToHtml(document);
    }

    public static string ToHtml(MarkdownDocument document) => document.ToHtml(Pipeline);

    /// <summary>A block (already sanitised, from <see cref="Parse"/>) as HTML.</summary>
    public static string ToHtml(Block block)
    {
        var document = new MarkdownDocument();
        block.Parent?.Remove(block);
        document.Add(block);
        return ToHtml(document);
    }

    /// <summary>The text a reader sees in an inline run (emphasis and code kept as their words).</summary>
    public static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? [])
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>Relative links, fragments and http(s)/mailto only: anything else with a scheme could run code.</summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore tabs, newlines and leading control characters or spaces in a scheme ("java\tscript:").
        var compact = new string(url.Where(c => c > ' ').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var beforePath = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (beforePath >= 0 && beforePath < colon))
        {
            return true; // no scheme: a relative URL
        }

        return SafeSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static void Unwrap(LinkInline link)
    {
        // The link's text stays where it was; an image's alt text becomes plain text.
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
