using MediaLit.Notebooks.Output;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// The lesson site: pages for students say nothing about the run (the report page does), the index is a list of
/// lesson cards read from each lesson's first cell, every lesson has contents and previous/next links, the teacher
/// site says what it is on every page, and the same run gives the same bytes.
/// </summary>
[Collection(HostileNotebookTests.ConsoleCollection)]
public class SiteExportTests
{
    private static async Task<(string Html, List<NotebookRunResult> Results)> SiteAsync(SiteEdition edition, params string[] fixtures)
    {
        var results = new List<NotebookRunResult>();
        foreach (string fixture in fixtures)
            results.Add(await SharedRunner.RunAsync(TestPaths.Fixture(fixture)));
        string html = Path.Combine(TempFolders.New("medialit-site-"), "html");
        LessonSite.Write(results, html, edition);
        return (html, results);
    }

    [Fact]
    public async Task Lesson_pages_carry_no_runner_wording_and_the_report_page_has_it_all()
    {
        var (html, results) = await SiteAsync(SiteEdition.Student, "failures.ipynb", "basics.ipynb");

        foreach (string page in new[] { "failures.html", "basics.html", "index.html" })
        {
            string text = await File.ReadAllTextAsync(Path.Combine(html, page));
            foreach (string runnerWord in new[] { "PASS", "FAIL", "SKIP", "passed", "In [", ">cell ", "class=\"status\"" })
                Assert.DoesNotContain(runnerWord, text, StringComparison.Ordinal);
        }

        string failures = await File.ReadAllTextAsync(Path.Combine(html, "failures.html"));
        Assert.Contains("var a = 1;", failures, StringComparison.Ordinal); // code is still shown
        Assert.Contains("class=\"cell-note\"", failures, StringComparison.Ordinal);

        string report = await File.ReadAllTextAsync(Path.Combine(html, "report.html"));
        Assert.Contains(Report.Summary(results), report, StringComparison.Ordinal);
        Assert.Contains("<a href=\"failures.html#cell-3\">3</a></td><td class=\"failed\">failed</td>", report, StringComparison.Ordinal);
        Assert.Contains("boom", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lessons_link_to_their_neighbours_and_list_their_headings()
    {
        var (html, _) = await SiteAsync(SiteEdition.Student, "basics.ipynb", "failures.ipynb");

        string basics = await File.ReadAllTextAsync(Path.Combine(html, "basics.html"));
        string failures = await File.ReadAllTextAsync(Path.Combine(html, "failures.html"));
        Assert.Contains("<a rel=\"next\" href=\"failures.html\"><span>Next lesson</span> Failures fixture</a>", basics, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", basics, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"basics.html\"><span>Previous lesson</span> Basics fixture</a>", failures, StringComparison.Ordinal);
        // The heading written in a #!markdown code cell is in the contents, and is the target of its entry.
        Assert.Contains("<a href=\"#markdown-in-a-code-cell\">Markdown in a code cell</a>", basics, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"markdown-in-a-code-cell\">Markdown in a code cell</h2>", basics, StringComparison.Ordinal);
        Assert.DoesNotContain("Teacher edition", basics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_of_the_teacher_site_says_it_is_the_teacher_edition()
    {
        var (html, _) = await SiteAsync(SiteEdition.Teacher, "basics.ipynb", "failures.ipynb");

        foreach (string page in Directory.GetFiles(html, "*.html"))
            Assert.Contains("<strong>Teacher edition</strong>", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00-start-here.ipynb", "50 minutes", "name, for each of the five articles", "Nothing but this notebook")]
    [InlineData("05-capstone.ipynb", "60–90 minutes", "read a <strong>case report</strong>", "Lessons 1 to 4.")]
    public void A_lesson_card_is_read_from_the_lessons_first_cell(string lesson, string time, string objective, string prerequisite)
    {
        var card = LessonCard.Read(NotebookReader.Read(Path.Combine(TestPaths.NotebooksFolder, lesson)), lesson);

        Assert.StartsWith("Lesson ", card.Title, StringComparison.Ordinal);
        Assert.Equal(time, card.Time);
        Assert.StartsWith("<ol>", card.ObjectivesHtml, StringComparison.Ordinal);
        Assert.Contains(objective, card.ObjectivesHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("By the end of this lesson", card.ObjectivesHtml, StringComparison.Ordinal);
        Assert.Contains(prerequisite, card.PrerequisitesHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_is_a_card_per_lesson_and_a_lesson_without_the_usual_first_cell_still_gets_one()
    {
        var (html, _) = await SiteAsync(SiteEdition.Student, "basics.ipynb");

        string index = await File.ReadAllTextAsync(Path.Combine(html, "index.html"));
        Assert.Contains("<li class=\"card\">\n<h2><a href=\"basics.html\">Basics fixture</a></h2>\n</li>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"report.html\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_and_writing_the_same_site_twice_gives_the_same_bytes()
    {
        var sites = new List<string>();
        for (int run = 0; run < 2; run++)
        {
            string output = TempFolders.New("medialit-site-");
            using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = output });
            var results = new List<NotebookRunResult>();
            // Not basics.ipynb: its #!time line reports the time a cell took, different on every run by nature.
            foreach (string fixture in new[] { "failures.ipynb", "charts.ipynb", "chart-only.ipynb" })
                results.Add(await runner.RunAsync(TestPaths.Fixture(fixture)));
            LessonSite.Write(results, Path.Combine(output, "html"), SiteEdition.Teacher);
            sites.Add(Path.Combine(output, "html"));
        }

        var files = Directory.GetFiles(sites[0]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(sites[1]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in files.OfType<string>())
        {
            byte[] a = await File.ReadAllBytesAsync(Path.Combine(sites[0], file)), b = await File.ReadAllBytesAsync(Path.Combine(sites[1], file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between two runs");
        }
    }

    [Fact]
    public void A_data_frames_clock_ids_are_numbered_in_page_order_everywhere_they_are_used()
    {
        string folder = TempFolders.New("medialit-site-");
        string path = Path.Combine(folder, "frame.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#", "display_name": ".NET (C#)"}},
             "cells": [{"cell_type": "code", "metadata": {}, "source": "frame", "outputs": [], "execution_count": null}]}
            """);
        const string Clock = "639318108811946837";
        string output = $"<table id=\"table_{Clock}\"></table><span id=\"page_{Clock}\">1</span><button onclick=\"document.querySelector('#table_{Clock}'); document.querySelector('#page_{Clock}')\">next</button>";
        var cell = new CellResult(1, CellStatus.Passed, null, null, null, [new CellOutput(OutputKind.DisplayData, new Dictionary<string, string> { [CellOutput.Html] = output })]);

        LessonSite.Write([new NotebookRunResult(path, null, [cell])], Path.Combine(folder, "html"), SiteEdition.Student);

        string page = File.ReadAllText(Path.Combine(folder, "html", "frame.html"));
        Assert.DoesNotContain(Clock, page, StringComparison.Ordinal);
        Assert.Contains("<table id=\"table_1\">", page, StringComparison.Ordinal);
        Assert.Contains("<span id=\"page_1\">", page, StringComparison.Ordinal);
        Assert.Contains("document.querySelector('#table_1'); document.querySelector('#page_1')", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_count_of_the_sourcing_lesson_links_to_a_reader_page_where_its_first_span_starts()
    {
        var result = await SharedRunner.RunAsync(Path.Combine(TestPaths.NotebooksFolder, "01-sourcing.ipynb"));
        string html = Path.Combine(TempFolders.New("medialit-site-"), "html");
        LessonSite.Write([result], html, SiteEdition.Student);

        string page = await File.ReadAllTextAsync(Path.Combine(html, "01-sourcing.html"));
        var links = System.Text.RegularExpressions.Regex.Matches(page, "<a class=\"trace\" data-trace=\"(?<trace>[^\"]*)\"(?: href=\"(?<href>[^\"]*)\")?>");
        Assert.True(links.Count > 20, $"only {links.Count} traced counts on the sourcing page");
        var readers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match link in links)
        {
            string trace = System.Net.WebUtility.HtmlDecode(link.Groups["trace"].Value);
            Assert.True(link.Groups["href"].Success, $"count with trace {trace} has no link");
            string href = System.Net.WebUtility.HtmlDecode(link.Groups["href"].Value);
            string file = href[..href.IndexOf('?', StringComparison.Ordinal)];
            string fragment = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
            string query = Uri.UnescapeDataString(href[(href.IndexOf("?t=", StringComparison.Ordinal) + 3)..href.IndexOf('#', StringComparison.Ordinal)]);
            Assert.Equal(trace, query);
            // The first span of the trace is the fragment, and the reader page has a piece with that id starting there.
            string firstArticle = trace[..trace.IndexOf(':', StringComparison.Ordinal)];
            string firstStart = trace[(trace.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('-')[0];
            Assert.Equal($"article-{firstArticle}.html", file);
            Assert.Equal("c" + firstStart, fragment);
            if (!readers.TryGetValue(file, out var reader))
                readers[file] = reader = await File.ReadAllTextAsync(Path.Combine(html, file));
            Assert.Contains($"<span class=\"piece\" id=\"{fragment}\" data-s=\"{firstStart}\"", reader, StringComparison.Ordinal);
        }

        Assert.Equal(["article-000.html", "article-001.html", "article-002.html", "article-003.html", "article-004.html"],
            Directory.GetFiles(html, "article-*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_trace_attribute_stays_an_attribute_and_a_count_with_no_reader_page_stays_unlinked()
    {
        string folder = TempFolders.New("medialit-site-");
        string path = Path.Combine(folder, "forged.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#", "display_name": ".NET (C#)"}},
             "cells": [{"cell_type": "code", "metadata": {}, "source": "forged", "outputs": [], "execution_count": null}]}
            """);
        // What a student's own HTML could put in an output: a trace whose attribute tries to close itself.
        const string Forged = "<a class=\"trace\" data-trace=\"000:1-2&quot; onmouseover=&quot;alert(1)\">3</a>";
        var cell = new CellResult(1, CellStatus.Passed, null, null, null, [new CellOutput(OutputKind.DisplayData, new Dictionary<string, string> { [CellOutput.Html] = Forged })]);

        LessonSite.Write([new NotebookRunResult(path, null, [cell])], Path.Combine(folder, "html"), SiteEdition.Student);

        string page = File.ReadAllText(Path.Combine(folder, "html", "forged.html"));
        Assert.Contains(Forged, page, StringComparison.Ordinal); // no lib/ beside this notebook: no reader page, so no link
        Assert.DoesNotContain("onmouseover=\"", page, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "html"), "article-*.html"));
    }

    [Fact]
    public void Headings_never_skip_a_level_and_two_tables_of_one_caption_are_two_regions_of_different_names()
    {
        string folder = TempFolders.New("medialit-site-");
        string path = Path.Combine(folder, "levels.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#", "display_name": ".NET (C#)"}},
             "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Title\n\n### Learning objectives\n\n## Part one\n\n#### Deep"},
                       {"cell_type": "code", "metadata": {}, "source": "tables", "outputs": [], "execution_count": null}]}
            """);
        const string Region = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Kinds &amp; counts\"><table></table></div>";
        var cells = new[]
        {
            new CellResult(1, CellStatus.Markdown, null, null, null, []),
            new CellResult(2, CellStatus.Passed, null, null, null, [new CellOutput(OutputKind.DisplayData, new Dictionary<string, string> { [CellOutput.Html] = Region + Region })]),
        };

        LessonSite.Write([new NotebookRunResult(path, null, cells)], Path.Combine(folder, "html"), SiteEdition.Student);

        string page = File.ReadAllText(Path.Combine(folder, "html", "levels.html"));
        Assert.Contains("<h2 id=\"learning-objectives\">Learning objectives</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"deep\">Deep</h3>", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Kinds &amp; counts\"><table>", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Kinds &amp; counts (2)\"><table>", page, StringComparison.Ordinal);
    }
}
