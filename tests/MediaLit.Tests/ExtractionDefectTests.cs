using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Tests.Extraction;

namespace MediaLit.Tests;

/// <summary>
/// One test per extraction defect named in issue #16, each on a small page built to show it, plus the metric.
/// The story paragraphs are real sentences so that scoring works as on a news page.
/// </summary>
public sealed class ExtractionDefectTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private const string Story = """
        <p>Russia has formally recognised the Taliban's government in Afghanistan, becoming the first country to do so since the Taliban returned to power in 2021, the Associated Press reported.</p>
        <p>Moscow accepted the credentials of the Taliban's ambassador, Gul Hassan Hassan, according to reports by the AP and AFP, and officials in Kabul welcomed the step.</p>
        <p>Relations had been warming for years. Moscow hosted talks that included Taliban delegations in 2018 and 2021, and Russia kept its embassy in Kabul open.</p>
        """;

    private static string Page(string body, string head = "") =>
        $"<html><head><title>Russia recognises the Taliban</title>{head}</head><body>{body}</body></html>";

    private static string Text(string html) => MainContentExtractor.Extract(html).Text;

    [Theory]
    [InlineData("<body class=\"modal-enabled\">", "</body>")]
    [InlineData("<div class=\"l-sidebar-fixed\">", "<div class=\"side\"><p>Most read</p></div></div>")]
    [InlineData("<div class=\"no_sidebar_border\">", "</div>")]
    [InlineData("<main class=\"layout-with-sidebar\">", "</main>")]
    public void A_furniture_word_in_a_wrapper_that_holds_the_story_does_not_remove_the_story(string open, string close)
    {
        string html = open.StartsWith("<body", StringComparison.Ordinal)
            ? $"<html><head><title>T</title></head>{open}<article>{Story}</article>{close}</html>"
            : Page($"<nav><a href=\"/\">Home</a></nav>{open}<article>{Story}</article>{close}");
        Assert.Contains("Gul Hassan Hassan", Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Class_words_are_whole_words_split_at_dashes_underscores_spaces_and_case()
    {
        Assert.Equal(["story", "body", "l", "sidebar", "fixed"], ClassWords.Words("storyBody l-sidebar_fixed"));
        // "ad" and "menu" inside longer words are not furniture words.
        var page = MainContentExtractor.Parse("<div class=\"badge-address menus-icon\"></div><div class=\"ad-slot\"></div>");
        var elements = page.QuerySelectorAll("div").ToList();
        Assert.Null(ClassWords.FurnitureWord(elements[0]));
        Assert.Equal("ad", ClassWords.FurnitureWord(elements[1]));
    }

    [Fact]
    public void A_reader_comment_longer_than_the_story_is_not_taken_for_it()
    {
        string comment = string.Concat(Enumerable.Repeat("I have read this twice and still do not agree with the writer at all. ", 25));
        string html = Page($"<article>{Story}</article><section><article><p>{comment}</p></article></section>");
        string text = Text(html);
        Assert.Contains("Gul Hassan Hassan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("do not agree", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_in_the_first_main_is_not_taken_for_the_story()
    {
        string teasers = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/s{i}\">Another headline number {i} about the region and its neighbours</a></li>"));
        string html = Page($"<main><h2>Top stories</h2><ul>{teasers}</ul></main><div id=\"story\">{Story}</div>");
        string text = Text(html);
        Assert.Contains("Gul Hassan Hassan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another headline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Menus_and_related_links_inside_the_story_are_left_out()
    {
        string related = string.Concat(Enumerable.Range(1, 5).Select(i => $"<li><a href=\"/r{i}\">Related story number {i}</a></li>"));
        string html = Page($"<article><ul class=\"menu\"><li><a href=\"/w\">World</a></li><li><a href=\"/a\">Asia</a></li></ul>{Story}<h3>Read more</h3><ul>{related}</ul></article>");
        string text = Text(html);
        Assert.Contains("Gul Hassan Hassan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related story", text, StringComparison.Ordinal);
        Assert.DoesNotContain("World", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_is_metadata_and_not_the_first_line_of_the_text()
    {
        var page = MainContentExtractor.Extract(Page($"<article><h1>Russia recognises the Taliban</h1>{Story}</article>",
            "<meta property=\"og:title\" content=\"Russia recognises the Taliban\">"));
        Assert.Equal("Russia recognises the Taliban", page.Title);
        Assert.StartsWith("Russia has formally recognised", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia recognises the Taliban", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subheading_inside_the_story_is_kept()
    {
        string html = Page($"<article><h1>Russia recognises the Taliban</h1>{Story}<h2>Years of contacts</h2>{Story}</article>");
        Assert.Contains("Years of contacts", Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_LD_articleBody_points_to_the_story_when_the_scores_point_elsewhere()
    {
        // The list of opinions outscores the short story on commas; the page's articleBody says which block is the story.
        string opinions = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Opinion {i}: readers, writers, critics, editors, teachers, parents, students and others wrote in, again, to say, once more, what they think.</p>"));
        string story = "<p>The ministry, in a short statement, confirmed the visit of the delegation to the capital on Tuesday.</p>"
            + "<p>Officials said the talks covered trade, security and the reopening of the border crossing near the river.</p>"
            + "<p>Farmers hope grain lorries will move again before winter; lawyers expect new customs rules within weeks.</p>";
        string body = "The ministry, in a short statement, confirmed the visit of the delegation to the capital on Tuesday. "
            + "Officials said the talks covered trade, security and the reopening of the border crossing near the river. "
            + "Farmers hope grain lorries will move again before winter; lawyers expect new customs rules within weeks.";
        string jsonLd = $"<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script>";
        string html = Page($"<div id=\"a\">{opinions}</div><div id=\"b\">{story}</div>", jsonLd);
        var page = MainContentExtractor.Extract(html);
        Assert.Contains("border crossing", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Opinion 3", page.Text, StringComparison.Ordinal);
        Assert.Contains("JSON-LD articleBody", page.BodyFoundIn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_story_is_a_clear_error_naming_the_page_and_the_fix()
    {
        string html = Page("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><script>render()</script><div hidden>Loading</div>");
        var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromHtml(html, fixture.Corpus.Rules, origin: "front-page.html"));
        Assert.Equal(CorpusProblem.EmptyFile, error.Problem);
        Assert.Contains("front-page.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("no paragraph of running text", error.Message, StringComparison.Ordinal);
        Assert.Contains("FromString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorer_gives_one_for_the_same_text_and_counts_extra_shingles_against_precision()
    {
        var same = ShingleScorer.Match("one two three four five", "one two three four five");
        Assert.Equal((1.0, 1.0), (same.Precision, same.Recall));
        // Expected: 2 shingles (one two three four, two three four five). Extracted adds "six": 3 shingles, 2 shared.
        var extra = ShingleScorer.Match("one two three four five", "one two three four five six");
        Assert.Equal(2.0 / 3, extra.Precision!.Value, 9);
        Assert.Equal(1.0, extra.Recall!.Value, 9);
        // Nothing extracted: precision undefined (left out of the average), recall 0.
        var nothing = ShingleScorer.Match("one two three four five", "");
        Assert.Null(nothing.Precision);
        Assert.Equal(0.0, nothing.Recall);
        var average = ShingleScorer.Average([extra, nothing]);
        Assert.Equal(2.0 / 3, average.Precision, 9);
        Assert.Equal(0.5, average.Recall, 9);
    }
}
