using System.Text;
using System.Text.RegularExpressions;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// The writing frame for lesson 5's assessment: the parts are the bold headings of the lesson's answer cell, in its
/// order, each with sentence starters from <c>data/handouts/writing-frame.json</c>, the question of
/// <c>data/rubric.json</c> it answers, and what the capstone rubric marks in it; then a checklist of that rubric.
/// </summary>
internal static partial class WritingFrameHandout
{
    public const string File = "writing-frame.html";
    public const int MaxPages = 2;

    /// <summary>The headings of the answer cell: lines that are wholly bold ("**Who is behind it?** (outlet...)").</summary>
    public static IReadOnlyList<string> Headings(LessonInfo lesson, string marker)
    {
        var at = lesson.Markdown.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var headings = new List<string>();
        foreach (var line in lesson.Markdown[(at + marker.Length)..].Split('\n'))
        {
            if (line.StartsWith('#') || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                break;
            }

            if (BoldHeading().Match(line) is { Success: true } bold)
            {
                headings.Add(bold.Groups["heading"].Value.Trim());
            }
        }

        return headings;
    }

    public static Handout Render(HandoutSources sources)
    {
        var frame = sources.Frame;
        var lesson = sources.Lesson(frame.Lesson);
        var title = $"Writing frame: {lesson?.Title ?? frame.Lesson}";
        var page = new StringBuilder(Start(title, PageOrientation.Portrait,
            $"Your assessment has {frame.Parts.Count} parts and {frame.Words} words in all. Pick a starter or write your own; every point needs evidence: a line of the case report, a sentence of the article, or a source you found by reading laterally."));
        var headings = lesson is null ? [] : Headings(lesson, frame.AnswerMarker);
        var order = headings.Count > 0 ? headings : frame.Parts.Select(p => p.Heading).ToList();
        foreach (var heading in order)
        {
            var part = frame.Parts.FirstOrDefault(p => p.Heading == heading);
            page.Append("<section class=\"keep\">\n<h2>").Append(Encode(heading)).Append("</h2>\n");
            if (part is not null)
            {
                var questions = part.Rubric.Select(id => sources.Rubric.FirstOrDefault(c => c.Id == id)).OfType<RubricCriterion>().ToList();
                if (questions.Count > 0)
                {
                    page.Append("<p class=\"small\">The rubric's question: ").AppendJoin(" ", questions.Select(q => Encode(q.Question))).Append("</p>\n");
                }

                if (part.AssessedBy.Count > 0)
                {
                    page.Append("<p class=\"small\">Marked for: ").Append(Encode(string.Join(", ", part.AssessedBy))).Append("</p>\n");
                }

                page.Append("<ul>\n");
                foreach (var starter in part.Starters)
                {
                    page.Append("<li>").Append(Encode(starter)).Append("</li>\n");
                }

                page.Append("</ul>\n");
            }

            page.Append("<div class=\"lines\"></div><div class=\"lines\"></div><div class=\"lines\"></div>\n</section>\n");
        }

        var criteria = frame.Parts.SelectMany(p => p.AssessedBy).Distinct(StringComparer.Ordinal).ToList();
        page.Append("<section class=\"keep\">\n<h2>Before you hand it in</h2>\n<ul class=\"checklist\">\n");
        foreach (var criterion in criteria)
        {
            page.Append("<li>☐ ").Append(Encode(criterion)).Append(": ")
                .Append(Encode(string.Join(", ", frame.Parts.Where(p => p.AssessedBy.Contains(criterion)).Select(p => p.Heading)))).Append("</li>\n");
        }

        page.Append("</ul>\n</section>\n").Append(End());
        return new Handout(File, title, "Sentence starters for each part of the capstone assessment, with the rubric that marks it.", PageOrientation.Portrait, MaxPages, page.ToString());
    }

    [GeneratedRegex(@"^\*\*(?<heading>[^*]+)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex BoldHeading();
}
