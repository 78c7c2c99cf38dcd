using System.Net;
using System.Text;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// The site's front page: one card per lesson, in file-name order, with what a teacher plans with and a
/// student starts from: the title (linking to the lesson), the time it takes, its learning objectives and what
/// to do first (see <see cref="LessonCard"/>). No run status: that is on the report page, linked at the foot.
/// </summary>
internal static class IndexPage
{
    public static string Write(IEnumerable<NotebookRunResult> results, string htmlDirectory, SiteEdition edition)
    {
        var page = new StringBuilder(SiteLayout.Start("MediaLit lessons", edition, null, "index"));
        page.Append("<div class=\"layout\">\n<main id=\"main\">\n<h1>MediaLit lessons</h1>\n");
        page.Append("<p class=\"intro\">Five real articles about one story, and the questions to ask of any source: who is behind it, who is quoted, when things happened, how the story is told and what the evidence is. Start with the first lesson.</p>\n");
        page.Append("<ol class=\"cards\">\n");
        foreach (var result in results.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var card = LessonCard.Read(NotebookReader.Read(result.Path), result.Title ?? result.Name);
            page.Append("<li class=\"card\">\n<h2><a href=\"").Append(Encode(PageFile(result))).Append("\">").Append(Encode(card.Title)).Append("</a></h2>\n");
            if (card.Time is { } time)
            {
                page.Append("<p class=\"time\">Time: ").Append(Encode(time)).Append("</p>\n");
            }

            if (card.ObjectivesHtml is { } objectives)
            {
                page.Append("<h3>Learning objectives</h3>\n").Append(objectives);
            }

            if (card.PrerequisitesHtml is { } prerequisites)
            {
                page.Append("<h3>What you need first</h3>\n").Append(prerequisites);
            }

            page.Append("</li>\n");
        }

        page.Append("</ol>\n");
        if (File.Exists(Path.Combine(htmlDirectory, "handouts", "index.html")))
            page.Append("<p><a href=\"handouts/index.html\">Handouts</a>: a glossary, a timeline strip, stance cards, a writing frame and a summary of each lesson, ready to print.</p>\n");
        page.Append("<p><a href=\"report.html\">Run report</a>: how each lesson's code ran when these pages were made (for teachers).</p>\n");
        page.Append("</main>\n</div>\n");
        page.Append(SiteLayout.End());
        Directory.CreateDirectory(htmlDirectory);
        var path = Path.Combine(htmlDirectory, "index.html");
        File.WriteAllText(path, page.ToString());
        return path;
    }

    public static string PageFile(NotebookRunResult result) => Path.GetFileNameWithoutExtension(result.Name) + ".html";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
