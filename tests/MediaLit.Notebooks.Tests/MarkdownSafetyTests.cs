using System.Text.Json.Nodes;
using MediaLit.Notebooks.Output;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// Markdown from a notebook cannot put script into a page: raw HTML, event-handler attributes and script URLs are
/// dropped before rendering, and the lessons' <c>&lt;!-- answer ... --&gt;</c> markers leave no trace.
/// </summary>
public class MarkdownSafetyTests
{
    private static string Render(string markdown) => MarkdownHtml.Render(markdown, new PageIds(), new List<PageHeading>());

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<div onclick=\"alert(1)\">block</div>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVa\tScRiPt:alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[ref]\n\n[ref]: vbscript:msgbox(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("# Heading {onclick=alert(1)}")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Nothing_in_markdown_becomes_script(string markdown)
    {
        string html = Render(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // A script URL may survive as words on the page, never as a link's or an image's address.
        Assert.DoesNotMatch(@"(?i)(href|src)\s*=\s*""\s*(javascript|vbscript|data)", html);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
    }

    [Fact]
    public void Answer_markers_leave_no_trace_and_the_text_around_them_stays()
    {
        string html = Render("<!-- answer 00.R1 -->\n*Your answer to question 1:*\n");

        Assert.DoesNotContain("answer 00.R1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Contains("<em>Your answer to question 1:</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_links_tables_and_emphasis_are_kept()
    {
        string html = Render("See [the record](https://example.org/a?b=1#c), [lesson 1](01-sourcing.html#sources) and **bold**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("href=\"https://example.org/a?b=1#c\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"01-sourcing.html#sources\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_headings_get_ids_unique_in_the_page()
    {
        var ids = new PageIds("main");
        var headings = new List<PageHeading>();
        MarkdownHtml.Render("## What this means\n## Main", ids, headings);
        MarkdownHtml.Render("## What this means", ids, headings);

        Assert.Equal(["what-this-means", "main-2", "what-this-means-2"], headings.Select(h => h.Id));
    }

    [Fact]
    public void A_page_of_hostile_markdown_carries_no_script_but_its_text()
    {
        string folder = TempFolders.New("medialit-markdown-");
        string path = Path.Combine(folder, "hostile.ipynb");
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["language"] = "C#", ["display_name"] = ".NET (C#)" } },
            ["cells"] = new JsonArray(
                new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# <script>alert(1)</script>Title\n\nText [x](javascript:alert(1))" },
                new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "<!-- answer 9 -->\n<iframe src=\"https://evil.example\"></iframe>\n\nKept." }),
        };
        File.WriteAllText(path, notebook.ToJsonString());
        var document = NotebookReader.Read(path);
        var result = new NotebookRunResult(path, document.Title, [.. document.Cells.Select(c => new CellResult(c.Number, CellStatus.Markdown, null, null, null, []))]);

        LessonSite.Write([result], Path.Combine(folder, "html"), SiteEdition.Student);

        foreach (string file in new[] { "hostile.html", "index.html" })
        {
            string html = File.ReadAllText(Path.Combine(folder, "html", file));
            // Only the page's own scripts: none here (no chart), so no script element at all.
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
            Assert.DoesNotContain("answer 9", html, StringComparison.Ordinal);
        }

        Assert.Contains("Kept.", File.ReadAllText(Path.Combine(folder, "html", "hostile.html")), StringComparison.Ordinal);
    }
}
