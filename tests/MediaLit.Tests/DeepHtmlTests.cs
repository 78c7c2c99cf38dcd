using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using MediaLit.Articles;
using MediaLit.Html;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: deeply nested tags are bounded before parsing (a linear pre-scan), so the parser never builds
/// a stack deeper than the limit; the text inside is kept. Times are printed, not asserted.
/// </summary>
public sealed class DeepHtmlTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private const string Inner = "Officials said it happened in July 2021.";

    public static TheoryData<string> Pages => new() { "40,000 nested div", "100,000 nested b", "1,000,000 nested div" };

    private static string Make(string name) => name switch
    {
        "40,000 nested div" => Wrap(Repeat("<div>", 40_000) + "<p>" + Inner + "</p>" + Repeat("</div>", 40_000)),
        "100,000 nested b" => Wrap("<p>" + Repeat("<b>", 100_000) + Inner + "</p>"),
        _ => Wrap(Repeat("<div>", 1_000_000) + Inner),
    };

    private static string Wrap(string body) => "<html><head><title>Deep</title></head><body><article><h1>Deep</h1>" + body + "</article></body></html>";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_deeply_nested_page_is_flattened_before_parsing_and_keeps_its_text(string name)
    {
        string html = Make(name);
        Assert.True(html.Length < ArticleLoader.MaxBytes, $"{name} is {html.Length} characters");
        var clock = Stopwatch.StartNew();
        var article = ArticleLoader.FromHtml(html, _corpus.Rules, "deep");
        output.WriteLine($"{name} ({html.Length / 1024} KB): loaded in {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.Contains(Inner, article.Text, StringComparison.Ordinal);
        var page = MainContentExtractor.Extract(html);
        Assert.Contains(page.Removed, r => r.StartsWith($"tags nested deeper than {NestingGuard.MaxDepth} levels", StringComparison.Ordinal));
        // What the parser got is no deeper than the limit (plus html, body, article and implied elements).
        Assert.InRange(Depth(MainContentExtractor.Parse(NestingGuard.Flatten(html).Html)), 1, NestingGuard.MaxDepth + 10);
    }

    [Fact]
    public void A_page_within_the_limit_is_passed_on_unchanged()
    {
        string html = Wrap(Repeat("<div>", 500) + "<p>" + Inner + "</p>" + Repeat("</div>", 500));
        var flattened = NestingGuard.Flatten(html);
        Assert.Same(html, flattened.Html);
        Assert.Equal(0, flattened.TagsDropped);
    }

    [Fact]
    public void Unclosed_paragraphs_cells_and_svg_shapes_are_not_counted_as_nesting()
    {
        string html = Wrap(Repeat("<p>One paragraph", 5_000) + "<ul>" + Repeat("<li>item", 5_000) + "</ul>"
            + "<table>" + Repeat("<tr><td>a<td>b", 2_000) + "</table>"
            + "<svg>" + Repeat("<path d=\"M0 0\"/>", 2_000) + "</svg>" + "<br><img src=x>" + Repeat("<hr>", 1_000)
            + "<script>" + Repeat("<div>", 2_000) + "</script><!--" + Repeat("<div>", 2_000) + "--><p title=\"<div><div>\">" + Inner);
        var flattened = NestingGuard.Flatten(html);
        Assert.Equal(0, flattened.TagsDropped);
        Assert.True(flattened.DeepestNesting < 10, $"counted {flattened.DeepestNesting} deep");
    }

    [Fact]
    public void Self_closing_divs_nest_as_in_HTML_and_are_bounded()
    {
        // Outside svg, "<div/>" opens a div: a million of them would nest a million deep.
        var flattened = NestingGuard.Flatten(Wrap(Repeat("<div/>", 100_000) + Inner));
        Assert.True(flattened.TagsDropped > 99_000);
    }

    // The depth of the parsed tree, walked without recursion.
    private static int Depth(IDocument document)
    {
        int deepest = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes)
                stack.Push((child, depth + 1));
        }
        return deepest;
    }
}
