using System.Text.RegularExpressions;
using Markdig.Syntax;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// What the index says about a lesson, read from the lesson's first markdown cell as the lessons write it:
/// the <c># title</c>, the line <c>**Estimated time:** 50 minutes.</c>, and the sections under the headings
/// <c>### Learning objectives</c> and <c>### What you need first</c>. A part a lesson lacks is null, and the
/// card simply leaves it out. <see cref="ObjectivesHtml"/> and <see cref="PrerequisitesHtml"/> are sanitised
/// markdown HTML (<see cref="MarkdownHtml"/>).
/// </summary>
internal sealed partial record LessonCard(string Title, string? Time, string? ObjectivesHtml, string? PrerequisitesHtml)
{
    public static LessonCard Read(NotebookDocument document, string fallbackTitle)
    {
        var first = document.Cells.FirstOrDefault(c => c.CellType == "markdown");
        if (first is null)
        {
            return new LessonCard(document.Title ?? fallbackTitle, null, null, null);
        }

        var markdown = MarkdownHtml.Parse(first.Source);
        var title = markdown.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } h1 ? MarkdownHtml.PlainText(h1.Inline) : null;
        var time = EstimatedTime().Match(first.Source) is { Success: true } match ? match.Groups["time"].Value : null;
        var objectives = Section(markdown, "Learning objectives");
        // The objectives are the list; the sentence leading into it ("By the end of this lesson...") is for the page.
        var list = objectives.OfType<ListBlock>().FirstOrDefault();
        return new LessonCard(
            string.IsNullOrWhiteSpace(title) ? document.Title ?? fallbackTitle : title,
            time,
            list is null ? Html(objectives) : MarkdownHtml.ToHtml(list),
            Html(Section(markdown, "What you need first")));
    }

    /// <summary>The blocks after the heading with this text, up to the next heading of the same or a higher level.</summary>
    private static List<Block> Section(MarkdownDocument markdown, string heading)
    {
        var blocks = new List<Block>();
        int? level = null;
        foreach (var block in markdown.ToList())
        {
            if (block is HeadingBlock h)
            {
                if (level is { } open && h.Level <= open)
                {
                    break;
                }

                if (level is null && string.Equals(MarkdownHtml.PlainText(h.Inline), heading, StringComparison.OrdinalIgnoreCase))
                {
                    level = h.Level;
                    continue;
                }
            }

            if (level is not null)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private static string? Html(List<Block> blocks)
    {
        if (blocks.Count == 0)
        {
            return null;
        }

        var document = new MarkdownDocument();
        foreach (var block in blocks)
        {
            block.Parent?.Remove(block);
            document.Add(block);
        }

        return MarkdownHtml.ToHtml(document);
    }

    // "**Estimated time:** 60–90 minutes. Use the first half..." gives "60–90 minutes".
    [GeneratedRegex(@"\*\*Estimated time:\*\*\s*(?<time>[0-9][0-9\s–-]*minutes)", RegexOptions.CultureInvariant)]
    private static partial Regex EstimatedTime();
}
