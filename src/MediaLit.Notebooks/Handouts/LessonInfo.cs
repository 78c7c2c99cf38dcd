using Markdig.Syntax;
using MediaLit.Notebooks.Output;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// What the handouts take from a lesson notebook: the index card's title, time and objectives (<see cref="LessonCard"/>,
/// so the summary says what the index says), the headings of its sections, and its markdown cells as text.
/// </summary>
/// <param name="Id">The file name without extension ("02-timeline"), as the glossary and steps files name lessons.</param>
/// <param name="ObjectivesHtml">Sanitised HTML of the objectives list (<see cref="MarkdownHtml"/>), or null.</param>
internal sealed record LessonInfo(string Id, string Title, string? Time, string? ObjectivesHtml, IReadOnlyList<string> Headings, string Markdown)
{
    /// <summary>The lesson's page in the site, from a handout page one folder down.</summary>
    public string PageLink => "../" + Id + ".html";

    public static IReadOnlyList<LessonInfo> ReadAll(string notebooksDirectory) =>
        Directory.GetFiles(notebooksDirectory, "*.ipynb").Order(StringComparer.Ordinal).Select(Read).ToList();

    public static LessonInfo Read(string path)
    {
        var document = NotebookReader.Read(path);
        var id = Path.GetFileNameWithoutExtension(path);
        var card = LessonCard.Read(document, id);
        var markdown = string.Join("\n\n", document.Cells.Where(c => c.CellType == "markdown").Select(c => c.Source));
        var headings = MarkdownHtml.Parse(markdown).Descendants<HeadingBlock>().Select(h => MarkdownHtml.PlainText(h.Inline)).ToList();
        return new LessonInfo(id, card.Title, card.Time, card.ObjectivesHtml, headings, markdown);
    }
}
