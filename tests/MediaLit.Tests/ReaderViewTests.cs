using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>Reading an article whole: the layers mark exactly the spans the analyses report, and the text stays text.</summary>
public sealed partial class ReaderViewTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void Each_layer_holds_the_spans_its_analysis_reports()
    {
        var view = _corpus.ReadWhole("002");
        var article = _corpus["002"];
        Assert.Equal(["attributions", "dates", "loaded", "copied"], view.Layers.Select(l => l.Key));
        Assert.Equal(article.Attributions(SourcingAnalysis.LexiconFor(_corpus.DataDirectory)).Select(a => a.Content), view.Layers[0].Marks.Select(m => m.Span));
        Assert.Equal(_corpus.TemporalExpressions(article).Select(d => d.Span), view.Layers[1].Marks.Select(m => m.Span));
        Assert.Contains(view.Layers[0].Marks, m => m.Note.Contains("Kabulov", StringComparison.Ordinal));
    }

    [Fact]
    public void The_copied_layer_of_001_marks_the_passages_it_shares_with_000()
    {
        var copied = _corpus.ReadWhole("001").Layers.Single(l => l.Key == "copied");
        Assert.NotEmpty(copied.Marks);
        Assert.All(copied.Marks, m => Assert.Contains("shared with article 000", m.Note, StringComparison.Ordinal));
        Assert.Contains(copied.Marks, m => _corpus["001"].Slice(m.Span).Contains("fake news", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_holds_the_whole_clean_text_once_and_every_mark_in_order()
    {
        var view = _corpus.ReadWhole("000");
        string html = ChartTests.Html(view);
        string text = Regex.Replace(Text().Match(html).Groups[1].Value, "<del class=\"removed\"[^>]*>.*?</del>", "", RegexOptions.Singleline);
        string shown = System.Net.WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", "")).Replace("\n\n", "\n", StringComparison.Ordinal);
        Assert.Equal(_corpus["000"].Text, shown);
        // One checkbox per layer and one for the removed text, all off until the reader ticks them.
        Assert.Equal(view.Layers.Count + 1, Regex.Count(html, "<input type=\"checkbox\""));
        Assert.DoesNotContain(" checked>", html, StringComparison.Ordinal);
        Assert.Contains(" checked>", ChartTests.Html(view.With("dates")), StringComparison.Ordinal);
    }

    [Fact]
    public void What_cleaning_removed_is_in_the_page_hidden_until_asked_for()
    {
        var article = _corpus["003"];
        var view = _corpus.ReadWhole(article);
        Assert.NotEmpty(view.Removed);
        string html = ChartTests.Html(view);
        Assert.Equal(view.Removed.Count, Regex.Count(html, "<del class=\"removed\""));
        Assert.Contains(".text del.removed { display: none; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_text_of_your_own_stays_text()
    {
        var article = _corpus.Read("mine", "<script>alert(1)</script> Officials said \"<img src=x onerror=alert(2)>\" on 3 May 2021.\n");
        string html = ChartTests.Html(_corpus.ReadWhole(article));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_alternative_has_the_layer_counts_and_the_text()
    {
        var view = _corpus.ReadWhole("004");
        var writer = new StringWriter();
        view.WritePlainText(writer);
        Assert.Contains($"attributions: {view.Layers[0].Marks.Count}", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(_corpus["004"].Sentences[3].Text, writer.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"text\">(.*)</div></div>", RegexOptions.Singleline)]
    private static partial Regex Text();
}
