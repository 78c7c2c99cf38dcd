using System.Net;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Grading;

/// <summary>
/// Reads the checks' feedback out of a cell's HTML output. MediaLit's Feedback view marks itself with
/// <c>data-exercise</c> and <c>data-verdict</c> attributes for exactly this: the grader reads what the
/// student saw, not a second computation of it.
/// </summary>
internal static partial class FeedbackReader
{
    public static IEnumerable<ExerciseGrade> Read(string html)
    {
        foreach (Match m in Feedback().Matches(html))
        {
            string title = WebUtility.HtmlDecode(m.Groups["title"].Value);
            int colon = title.LastIndexOf(": ", StringComparison.Ordinal);
            yield return new ExerciseGrade(
                WebUtility.HtmlDecode(m.Groups["id"].Value),
                colon > 0 ? title[..colon] : title,
                VerdictWord(m.Groups["verdict"].Value),
                WebUtility.HtmlDecode(m.Groups["message"].Value).Trim());
        }
    }

    private static string VerdictWord(string css) => css switch
    {
        "right" => "right",
        "partly" => "partly right",
        "wrong" => "not yet",
        "cannot-check" => "cannot check",
        _ => "no answer",
    };

    [GeneratedRegex("""<div class="[^"]*" role="status" data-exercise="(?<id>[^"]*)" data-verdict="(?<verdict>[^"]*)"><strong>(?<title>.*?)</strong>(?<message>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex Feedback();
}
