using System.Text;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// Every term of <c>data/glossary.jsonl</c>, grouped by the lesson that teaches it (in lesson order), with its plain
/// definition and its source. The support pages of the teacher guide hand out a lesson's part of it.
/// </summary>
internal static class GlossaryHandout
{
    public const string File = "glossary.html";
    public const int MaxPages = 3;

    public static Handout Render(HandoutSources sources)
    {
        const string title = "Glossary";
        var page = new StringBuilder(Start(title, PageOrientation.Portrait, "The words the lessons use, in plain language, with where each one comes from. Grouped by the lesson that teaches it."));
        foreach (var group in sources.Glossary.GroupBy(e => e.Lesson).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lesson = sources.Lesson(group.Key);
            page.Append("<section class=\"keep-heading\">\n<h2>").Append(Encode(lesson?.Title ?? group.Key)).Append("</h2>\n<dl>\n");
            foreach (var entry in group.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase))
            {
                page.Append("<div class=\"keep\"><dt><strong>").Append(Encode(entry.Term)).Append("</strong></dt>\n<dd>")
                    .Append(Encode(entry.Definition)).Append(" <span class=\"small\">Source: ")
                    .Append(entry.Url is { } url ? Link(url, entry.Source) : Encode(entry.Source))
                    .Append("</span></dd></div>\n");
            }

            page.Append("</dl>\n</section>\n");
        }

        page.Append(End());
        return new Handout(File, title, "Every term the lessons teach, with a plain definition and its source.", PageOrientation.Portrait, MaxPages, page.ToString());
    }
}
