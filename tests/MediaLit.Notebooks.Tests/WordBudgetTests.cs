using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// Honest time (issue #15): a lesson holds at most 2,500 words of reading per 50 minutes of its stated time, so
/// that at about 200 words a minute reading takes at most a quarter of the class and the rest is for the
/// activities. A range ("60–90 minutes") is budgeted on its lower bound. What counts as read: see <see cref="ReadingWords"/>.
/// </summary>
public sealed partial class WordBudgetTests(ITestOutputHelper output)
{
    private const int WordsPerFiftyMinutes = 2500;

    [Theory]
    [MemberData(nameof(NotebookTests.Lessons), MemberType = typeof(NotebookTests))]
    public async Task An_executed_lesson_holds_no_more_reading_than_its_stated_time_allows(string lesson)
    {
        string path = Path.Combine(TestPaths.NotebooksFolder, lesson);
        int minutes = StatedMinutes(path);
        var result = await SharedRunner.RunAsync(path);

        var words = ReadingWords.Count(result.ExecutedNotebookPath!);

        int budget = minutes * WordsPerFiftyMinutes / 50;
        output.WriteLine($"{lesson}: {minutes} min, {words.Total} words ({words.Markdown} in text, {words.Outputs} in outputs), budget {budget}");
        Assert.True(words.Total <= budget,
            $"{lesson}: {words.Total} words to read ({words.Markdown} in text cells, {words.Outputs} in outputs) is above the budget of {budget} for {minutes} minutes. "
            + "Trim the prose, show fewer rows (or fold them under <details>), or state a longer time.");
    }

    [Fact]
    public void The_counting_rule_counts_visible_text_and_skips_scripts_styles_and_folded_rows()
    {
        const string html = "<style>.a { color: red }</style><table><tr><td>one</td><td>two</td></tr></table>"
            + "<script>var hidden = 'three four';</script>"
            + "<details class=\"more-rows\"><summary>Show the other 2 rows</summary><table><tr><td>five six</td></tr></table>stray</details>";

        Assert.Equal("one two Show the other 2 rows", Normalised(ReadingWords.VisibleText(html)));
        Assert.Equal(7, ReadingWords.Words(ReadingWords.VisibleText(html)));
    }

    [Fact]
    public void The_counting_rule_reads_markdown_without_comments_link_targets_or_the_sources_list()
    {
        const string markdown = "<!-- answer 01.L1 -->\nRead [the report](https://example.org/a-long-address) now.\n\n## Sources\n- A. Author, *Title*, 2020.";

        Assert.Equal(4, ReadingWords.Words(ReadingWords.ReadableMarkdown(markdown)));
    }

    /// <summary>The lower bound of "**Estimated time:** N minutes" or "N–M minutes" in the lesson's first cell.</summary>
    internal static int StatedMinutes(string lessonPath)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(lessonPath));
        string first = string.Concat(notebook.RootElement.GetProperty("cells")[0].GetProperty("source").EnumerateArray().Select(l => l.GetString()));
        var match = EstimatedTime().Match(first);
        Assert.True(match.Success, $"{Path.GetFileName(lessonPath)}: the first cell states no \"**Estimated time:** N minutes.\"; add it to the lesson's header");
        return int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture);
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\*\*Estimated time:\*\*\s*(?<minutes>\d+)")]
    private static partial Regex EstimatedTime();
}
