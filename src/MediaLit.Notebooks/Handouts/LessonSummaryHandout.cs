using System.Text;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// One page per lesson: its title, time and objectives as the lesson states them, its key terms from the glossary,
/// its method in steps (<c>data/handouts/lesson-steps.json</c>) and the record's events it uses, with their sources.
/// </summary>
internal static class LessonSummaryHandout
{
    public const int MaxPages = 1;

    public static string FileFor(string lessonId) => $"summary-{lessonId}.html";

    public static Handout Render(HandoutSources sources, LessonInfo lesson)
    {
        var steps = sources.Steps.FirstOrDefault(s => s.Lesson == lesson.Id);
        var title = $"Summary: {lesson.Title}";
        var page = new StringBuilder(Start(title, PageOrientation.Portrait,
            lesson.Time is { } time ? $"Time: {time}. One page to keep: what the lesson teaches, the words it uses and the facts it rests on." : "One page to keep: what the lesson teaches, the words it uses and the facts it rests on.",
            SummaryCss));
        page.Append("<div class=\"summary\">\n");
        if (lesson.ObjectivesHtml is { } objectives)
        {
            // Already sanitised HTML from the lesson's markdown (the index page shows the same list).
            page.Append("<h2>What you will be able to do</h2>\n").Append(objectives);
        }

        var terms = sources.Glossary.Where(g => g.Lesson == lesson.Id).ToList();
        if (terms.Count > 0)
        {
            page.Append("<h2>Key terms</h2>\n<dl class=\"terms\">\n");
            foreach (var term in terms)
            {
                page.Append("<div class=\"keep\"><dt><strong>").Append(Encode(term.Term)).Append("</strong></dt><dd>").Append(Encode(FirstSentence(term.Definition))).Append("</dd></div>\n");
            }

            page.Append("</dl>\n");
        }

        if (steps is not null)
        {
            page.Append("<h2>The method, step by step</h2>\n<ol>\n");
            foreach (var step in steps.Steps)
            {
                page.Append("<li>").Append(Encode(step.Text)).Append(" <span class=\"small\">(§ ").Append(Encode(step.Section)).Append(")</span></li>\n");
            }

            page.Append("</ol>\n");
            var facts = steps.Facts.Select(id => sources.Timeline.FirstOrDefault(e => e.Id == id)
                ?? throw new InvalidDataException($"data/{HandoutData.StepsFile}: lesson \"{lesson.Id}\" names the fact \"{id}\", which data/reference-timeline.csv does not have. Fix: use an id of that file (r01 …).")).ToList();
            page.Append("<h2>Facts used, with their sources</h2>\n");
            if (facts.Count == 0)
            {
                page.Append("<p>This lesson uses no event of the verified record: its facts are about the articles themselves, and each is cited in the lesson.</p>\n");
            }
            else
            {
                page.Append("<ul class=\"facts\">\n");
                foreach (var fact in facts)
                {
                    page.Append("<li><strong>").Append(Encode(TimelineHandout.Dates(fact))).Append("</strong> ").Append(Encode(fact.Event))
                        .Append(" <span class=\"small\">Sources: ").AppendJoin("; ", fact.Sources.Select(s => Link(s.Url, s.Name))).Append("</span></li>\n");
                }

                page.Append("</ul>\n");
            }
        }

        page.Append("<p class=\"small\">The lesson: ").Append(Link(lesson.PageLink, lesson.Title)).Append("</p>\n</div>\n").Append(End());
        return new Handout(FileFor(lesson.Id), title, $"One page on {lesson.Title}: objectives, key terms, method and facts.", PageOrientation.Portrait, MaxPages, page.ToString());
    }

    /// <summary>A definition's first sentence: the summary has one page, and the glossary has the rest.</summary>
    public static string FirstSentence(string definition) =>
        definition.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? definition[..(end + 1)] : definition;

    // Small enough for one A4 page: terms in two columns, and on paper the facts' sources by name only (their
    // addresses are on the timeline strip, which prints every source in full).
    private const string SummaryCss = """
        .summary { font-size: 9pt; line-height: 1.25; }
        .summary h2 { font-size: 11pt; margin-top: 2.5mm; }
        dl.terms { columns: 2; column-gap: 6mm; }
        dl.terms dd { margin: 0 0 1mm 3mm; }
        @media print { ul.facts a[href^="http"]::after { content: none; } }

        """;
}
