using System.Net;
using System.Text;

namespace MediaLit.Notebooks.Grading;

/// <summary>
/// Writes the class report: <c>gradebook.csv</c> (one row per student and exercise, and one per notebook that could
/// not be graded), <c>answers.csv</c> (the reflection answers) and <c>gradebook.html</c> for the teacher.
/// Student text is escaped for each format: CSV quoting, HTML encoding.
/// </summary>
public static class ClassReportWriter
{
    private static readonly string[] GradeColumns = ["student", "lesson", "exercise", "title", "verdict", "feedback"];
    private static readonly string[] AnswerColumns = ["student", "lesson", "question", "answer"];

    public static (string Csv, string Answers, string Html) Write(ClassReport report, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        string csv = Path.Combine(outputDirectory, "gradebook.csv");
        string answers = Path.Combine(outputDirectory, "answers.csv");
        string html = Path.Combine(outputDirectory, "gradebook.html");
        File.WriteAllText(csv, Csv(GradeColumns, report.Notebooks.SelectMany(n => n.Problem is not null && n.Exercises.Count == 0
            ? [[n.Student, n.Notebook, "", "", "not graded", n.Problem]]
            : n.Exercises.Select(e => (string[])[n.Student, n.Notebook, e.Id, e.Title, e.Verdict, e.Feedback])
                .Concat(n.Problem is null ? [] : [[n.Student, n.Notebook, "", "", "problem", n.Problem]]))));
        File.WriteAllText(answers, Csv(AnswerColumns, report.Notebooks.SelectMany(n => n.Answers.Select(a => (string[])[n.Student, n.Notebook, a.Id, a.Text]))));
        File.WriteAllText(html, Html(report));
        return (csv, answers, html);
    }

    /// <summary>RFC 4180: every field quoted, quotes doubled; a leading = + - @ gets a quote mark so no spreadsheet runs it as a formula.</summary>
    private static string Csv(string[] columns, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(columns))
            text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        return text.ToString();

        static string Field(string value)
        {
            string safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
            return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
    }

    private static string Html(ClassReport report)
    {
        var page = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Gradebook</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; color: #1d1d1f; }
            .scroll { overflow-x: auto; } table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
            th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } .right { background: #e3f4e8; } .partly { background: #fff3d6; } .problem { color: #8a1c1c; }
            blockquote { margin: .25rem 0 .75rem; padding-left: .75rem; border-left: 3px solid #ccc; white-space: pre-wrap; }
            </style></head><body><h1>Gradebook</h1>
            <p>What each check said to each student, and their reflection answers. Symbols: ✔ right, ◐ partly right, ✘ not yet, … no answer; anything else says what stopped the check. The same data is in gradebook.csv and answers.csv.</p>

            """);
        foreach (var lesson in report.Notebooks.GroupBy(n => n.Notebook).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var exercises = lesson.SelectMany(n => n.Exercises).Select(e => (e.Id, e.Title)).Distinct().OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            page.Append($"<h2>{E(lesson.Key)}</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">student</th>");
            foreach (var (id, title) in exercises)
                page.Append($"<th scope=\"col\" title=\"{E(title)}\">{E(id)}</th>");
            page.Append("<th scope=\"col\">problem</th></tr></thead><tbody>");
            foreach (var notebook in lesson.OrderBy(n => n.Student, StringComparer.Ordinal))
            {
                page.Append($"<tr><th scope=\"row\">{E(notebook.Student)}</th>");
                foreach (var (id, _) in exercises)
                {
                    var grade = notebook.Exercises.FirstOrDefault(e => e.Id == id);
                    string css = grade?.Verdict switch { "right" => "right", "partly right" => "partly", _ => "" };
                    page.Append($"<td class=\"{css}\" title=\"{E(grade?.Feedback ?? "")}\">{E(Symbol(grade?.Verdict))}</td>");
                }

                page.Append($"<td class=\"problem\">{E(notebook.Problem ?? "")}</td></tr>");
            }

            page.Append("</tbody></table></div>");
            foreach (var question in lesson.SelectMany(n => n.Answers.Select(a => (n.Student, a))).GroupBy(x => x.a.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                page.Append($"<h3>Reflection {E(question.Key)}</h3>");
                foreach (var (student, answer) in question.OrderBy(x => x.Student, StringComparer.Ordinal))
                    page.Append($"<p><strong>{E(student)}</strong></p><blockquote>{E(answer.Text.Length == 0 ? "(no answer)" : answer.Text)}</blockquote>");
            }
        }

        return page.Append("</body></html>\n").ToString();
    }

    private static string Symbol(string? verdict) => verdict switch
    {
        null => "—",
        "right" => "✔",
        "partly right" => "◐",
        "not yet" => "✘",
        "no answer" => "…",
        _ => verdict,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
