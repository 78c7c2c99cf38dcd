using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// The words a student reads in an executed lesson, counted by one rule (the rule docs/teacher-guide.md states):
/// <list type="bullet">
/// <item>markdown cells, without HTML comments, link targets and the closing <c>## Sources</c> list (a reference list
/// is looked up, not read through);</item>
/// <item>the visible text of every output: an HTML output's text without scripts and styles (chart data), and without
/// what a <c>&lt;details&gt;</c> folds away (its <c>&lt;summary&gt;</c> line is visible, so it counts); a plain-text
/// output in full;</item>
/// <item>never code: a student runs a cell, the text around it says what it does.</item>
/// </list>
/// A word is a run of letters, digits or underscores (<c>\w+</c>), so "US-funded" is two words and "2020-06-26" three.
/// </summary>
internal static partial class ReadingWords
{
    public static LessonWords Count(string executedNotebookPath)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(executedNotebookPath));
        int markdown = 0, outputs = 0;
        foreach (var cell in notebook.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() == "markdown")
                markdown += Words(ReadableMarkdown(Text(cell.GetProperty("source"))));
            else if (cell.TryGetProperty("outputs", out var cellOutputs))
                outputs += cellOutputs.EnumerateArray().Sum(OutputWords);
        }

        return new LessonWords(markdown, outputs);
    }

    public static int Words(string text) => Word().Count(text);

    /// <summary>What a reader sees of a markdown cell: no comments, no link targets, no reference list.</summary>
    public static string ReadableMarkdown(string markdown)
    {
        int sources = SourcesHeading().Match(markdown) is { Success: true } heading ? heading.Index : markdown.Length;
        return LinkTarget().Replace(Comment().Replace(markdown[..sources], ""), "]");
    }

    /// <summary>The visible text of an HTML fragment: no script, style or template, and of a details element only its summary.</summary>
    public static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><body>{html}</body>");
        foreach (var hidden in document.QuerySelectorAll("script, style, template, noscript").ToList())
            hidden.Remove();
        foreach (var folded in document.QuerySelectorAll("details > :not(summary)").ToList())
            folded.Remove();
        foreach (var details in document.QuerySelectorAll("details"))
        {
            foreach (var text in details.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).ToList())
                details.RemoveChild(text);
        }

        var body = document.Body!;
        // Element boundaries as spaces, so that "</td><td>" does not glue two cells' words into one.
        foreach (var element in body.QuerySelectorAll("*"))
            element.Append(document.CreateTextNode(" "));
        return body.TextContent;
    }

    private static int OutputWords(JsonElement output)
    {
        if (output.TryGetProperty("data", out var data))
        {
            if (data.TryGetProperty("text/html", out var html))
                return Words(VisibleText(Text(html)));
            if (data.TryGetProperty("text/plain", out var plain))
                return Words(Text(plain));
            return 0;
        }

        return output.TryGetProperty("text", out var stream) ? Words(Text(stream)) : 0;
    }

    /// <summary>nbformat stores multi-line text as a string or a list of lines.</summary>
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? string.Concat(value.EnumerateArray().Select(l => l.GetString())) : value.GetString() ?? "";

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^## Sources\s*$", RegexOptions.Multiline)]
    private static partial Regex SourcesHeading();
}

/// <summary>Words a student reads in one lesson: in its text cells and in what its code cells show.</summary>
internal sealed record LessonWords(int Markdown, int Outputs)
{
    public int Total => Markdown + Outputs;
}
