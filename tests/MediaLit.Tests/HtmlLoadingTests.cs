using System.Diagnostics;
using System.Net;
using System.Text;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Sourcing;

namespace MediaLit.Tests;

public sealed class HtmlLoadingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private static string Sample => Path.Combine(TestPaths.DataDirectory, "samples", "russia-recognises-taliban.html");

    [Fact]
    public void The_sample_page_keeps_the_article_and_its_metadata()
    {
        var article = ArticleLoader.FromFile(Sample, _corpus.Rules);
        var m = article.Metadata;
        Assert.Equal("Russia becomes the first country to recognise the Taliban government since 2021", m.Title.Value);
        Assert.Equal("MediaLit pack authors", m.Author.Value);
        Assert.Equal(new DateOnly(2026, 11, 21), m.Published.Value!.Date);
        Assert.Equal("MediaLit Sample Desk", m.Outlet.Value);
        Assert.Equal("https://example.org/medialit/sample/russia-recognises-taliban", m.Url.Value);
        Assert.StartsWith("Russia has formally recognised the Taliban's government", article.BodySentences.First().Text);
        Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Subheading && p.Text == "Years of contacts");
        Assert.Contains("Critics say the recognition rewards", article.Text);
        Assert.EndsWith("stability in Central Asia.", article.Text);
    }

    [Theory]
    [InlineData("Share")]
    [InlineData("Tweet")]
    [InlineData("Ten things about Kabul")]
    [InlineData("First!")]
    [InlineData("Leave a comment")]
    [InlineData("alert(")]
    [InlineData("page scripts never run")]
    [InlineData("font-family")]
    [InlineData("Opinion")]
    [InlineData("CC BY 4.0")]
    [InlineData("By MediaLit pack authors")]
    public void The_sample_pages_furniture_and_scripts_stay_out(string furniture) =>
        Assert.DoesNotContain(furniture, ArticleLoader.FromFile(Sample, _corpus.Rules).Text);

    [Fact]
    public void The_sample_pages_sources_are_found()
    {
        var article = ArticleLoader.FromFile(Sample, _corpus.Rules);
        var attributions = article.Attributions(SourcingAnalysis.LexiconFor(_corpus.DataDirectory));
        Assert.Contains(attributions, a => a.Kind == SourceKind.JournalistOrOutlet && a.Speaker == "Associated Press");
        Assert.Contains(attributions, a => a.Kind == SourceKind.AnonymousGroup && a.SourceText == "Critics");
        Assert.Contains(attributions, a => a.Kind == SourceKind.JournalistOrOutlet && a.Speaker == "AFP");
    }

    [Fact]
    public void A_hostile_page_loads_as_inert_text()
    {
        string hostile = """
            <html><head><title>Hi <script>alert(1)</script></title></head><body onload="alert(2)">
            <article><h1 onclick="alert(3)">Title <img src=x onerror=alert(4)></h1>
            <p class="byline">By <b onmouseover="alert(5)">Eve &lt;script&gt;alert(6)&lt;/script&gt;</b></p>
            <p>Text with <a href="javascript:alert(7)">a link</a> and a <svg><script>alert(8)</script></svg> picture.</p>
            <p>Escaped &lt;script&gt;alert(9)&lt;/script&gt; stays text.</p></article></body></html>
            """;
        var article = ArticleLoader.FromHtml(hostile, _corpus.Rules);
        Assert.DoesNotContain("alert(1)", article.Text);
        Assert.DoesNotContain("alert(8)", article.Text);
        Assert.Contains("Escaped <script>alert(9)</script> stays text.", article.Text);
        // The escaped script is text: every HTML view of the library shows it, it never runs.
        foreach (object view in new object[] { article, article.ShowCleaning(), new[] { article }.Overview() })
        {
            using var writer = new StringWriter();
            new MediaLitFormatterSource().CreateTypeFormatters().Cast<MediaLitFormatter>().Single(f => f.MimeType == "text/html").Format(view, writer);
            Assert.DoesNotContain("<script>", writer.ToString());
        }
    }

    [Fact]
    public void Ten_thousand_nested_elements_do_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 10_000; i++)
            html.Append("<div>");
        html.Append("<p>Deep inside.</p>");
        for (int i = 0; i < 10_000; i++)
            html.Append("</div>");
        html.Append("</article></body></html>");
        var article = ArticleLoader.FromHtml(html.ToString(), _corpus.Rules);
        Assert.Contains("Deep inside.", article.Text);
    }

    [Fact]
    public void Five_megabytes_of_text_load_within_seconds()
    {
        var html = new StringBuilder("<html><body><article><h1>Long</h1>");
        string paragraph = "<p>" + string.Concat(Enumerable.Repeat("Russia met the Taliban in Moscow on July 8, 2021, officials said. ", 20)) + "</p>\n";
        while (html.Length < 5 * 1024 * 1024)
            html.Append(paragraph);
        html.Append("</article></body></html>");
        var clock = Stopwatch.StartNew();
        var article = ArticleLoader.FromHtml(html.ToString(), _corpus.Rules);
        Assert.True(article.Sentences.Count > 10_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void More_than_ten_megabytes_is_refused_with_the_limit()
    {
        var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromHtml(new string('x', (int)ArticleLoader.MaxBytes + 1), _corpus.Rules, origin: "big.html"));
        Assert.Equal(CorpusProblem.TooLarge, error.Problem);
        Assert.Contains("big.html", error.Message);
        Assert.Contains("10 MB", error.Message);
    }

    [Theory]
    [InlineData("ftp://example.org/a.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Only_http_and_https_addresses_load(string url)
    {
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync(url, _corpus.Rules));
        Assert.Equal(CorpusProblem.UnsupportedSource, error.Problem);
    }

    [Fact]
    public async Task A_page_is_downloaded_and_extracted()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("<html><body><article><h1>Headline here</h1><p>Officials said it rained.</p></article></body></html>", Encoding.UTF8, "text/html"),
        });
        var article = await ArticleLoader.FromUrlAsync("https://example.org/news", _corpus.Rules, handler: handler);
        Assert.Equal("Headline here", article.Metadata.Title.Value);
        Assert.Equal("https://example.org/news", article.Metadata.Url.Value);
    }

    [Fact]
    public async Task A_missing_page_is_a_download_error()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync("https://example.org/gone", _corpus.Rules, handler: handler));
        Assert.Equal(CorpusProblem.DownloadFailed, error.Problem);
        Assert.Contains("404", error.Message);
    }

    [Fact]
    public async Task A_slow_server_hits_the_time_limit()
    {
        using var handler = new StubHandler(async (_, token) => { await Task.Delay(5000, token); return new HttpResponseMessage(HttpStatusCode.OK); });
        var error = await Assert.ThrowsAsync<CorpusException>(() =>
            ArticleLoader.FromUrlAsync("https://example.org/slow", _corpus.Rules, timeout: TimeSpan.FromMilliseconds(200), handler: handler));
        Assert.Equal(CorpusProblem.DownloadFailed, error.Problem);
    }

    [Theory]
    [InlineData("article.pdf", CorpusProblem.UnsupportedSource)]
    [InlineData("missing.txt", CorpusProblem.MissingArticleFile)]
    public void Files_the_pack_cannot_read_get_a_clear_error(string name, CorpusProblem problem)
    {
        string path = Path.Combine(Path.GetTempPath(), "medialit-" + Guid.NewGuid().ToString("N") + "-" + name);
        if (problem != CorpusProblem.MissingArticleFile)
            File.WriteAllText(path, "text");
        try
        {
            Assert.Equal(problem, Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(path, _corpus.Rules)).Problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Pasted_text_goes_through_the_same_pipeline() =>
        Assert.Equal("A headline", ArticleLoader.FromString("A headline\n\nBy Jane Doe\n\nSomeone said it.", _corpus.Rules).Metadata.Title.Value);

    private sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : this((r, _) => Task.FromResult(respond(r))) { }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            respond(request, cancellationToken);
    }
}
