using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Evidence;
using MediaLit.Narratives;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// From a number to its sentences: every counted cell of the lessons' tables, and every chart mark, carries the
/// spans it counts, and those spans are really the things counted (as many as the count says, of the right kind).
/// </summary>
public sealed partial class TraceTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    /// <summary>The count in brackets of a "rate (count)" cell.</summary>
    private static int Bracketed(string cell) => int.Parse(BracketedCount().Match(cell).Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public void The_wire_form_reads_back_and_no_article_id_can_forge_a_separator_or_markup()
    {
        var trace = new Trace([new("0:0;1,\"<x>", new TextSpan(3, 9)), new("002", new TextSpan(10, 12)), new("0:0;1,\"<x>", new TextSpan(20, 25))]);
        Assert.Equal("0%3A0%3B1%2C%22%3Cx%3E:3-9,20-25;002:10-12", trace.Encoded);
        Assert.Equal(trace.Items.OrderBy(i => i.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Span.Start), Trace.Parse(trace.Encoded).Items.OrderBy(i => i.ArticleId, StringComparer.Ordinal).ThenBy(i => i.Span.Start));
        var error = Assert.Throws<FormatException>(() => Trace.Parse("000:9-3"));
        Assert.Contains("9-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_sourcing_count_traces_one_sentence_per_attribution_of_its_kind()
    {
        var profiles = SourcingAnalysis.Sourcing(_corpus);
        var table = profiles.KindsTable();
        int traced = 0;
        for (int row = 0; row < profiles.Count; row++)
        {
            var p = profiles[row];
            for (int k = 0; k < SourcingViews.KindOrder.Count; k++)
            {
                var kind = SourcingViews.KindOrder[k];
                var trace = table.TraceAt(row, k + 2)!;
                Assert.Equal(Bracketed(table.Rows[row][k + 2]), trace.Count);
                Assert.Equal(p.Count(kind), trace.Count);
                Assert.All(trace.Items, i => Assert.Equal(p.Article.Id, i.ArticleId));
                Assert.Equal(p.SentencesFor(kind).Select(s => s.Span).ToHashSet(), trace.Items.Select(i => i.Span).ToHashSet());
                traced += trace.Count;
            }

            var own = table.TraceAt(row, table.Columns.Count - 1)!;
            Assert.StartsWith($"{own.Count} of ", table.Rows[row][^1], StringComparison.Ordinal);
            Assert.Equal(p.OwnAssertions.Select(s => s.Span), own.Items.Select(i => i.Span));
        }

        Assert.True(traced > 10, $"only {traced} attributions traced");
        Assert.Null(table.TraceAt(0, 0));
    }

    [Fact]
    public void Each_evidence_count_traces_its_hits_inside_the_sentences_the_signal_names()
    {
        var profiles = _corpus.Evidence();
        var table = profiles.SignalsTable();
        for (int row = 0; row < profiles.Count; row++)
        {
            var p = profiles[row];
            for (int s = 0; s < p.Signals.Count; s++)
            {
                var trace = table.TraceAt(row, s + 1)!;
                Assert.Equal(Bracketed(table.Rows[row][s + 1]), trace.Count);
                var sentences = p.SentencesFor(p.Signals[s].Id);
                Assert.All(trace.Items, i => Assert.Contains(sentences, x => x.Span.Contains(i.Span)));
            }
        }
    }

    [Fact]
    public void Each_loaded_language_count_traces_the_very_words_that_matched()
    {
        var framing = _corpus.Narratives().Framing;
        var table = framing.LoadedLanguageTable();
        for (int row = 0; row < framing.Count; row++)
        {
            var p = framing[row];
            for (int column = 2; column < table.Columns.Count; column++)
            {
                var trace = table.TraceAt(row, column)!;
                Assert.Equal(Bracketed(table.Rows[row][column]), trace.Count);
                var words = trace.Items.Select(i => i.Span.Of(p.Article.Text)).ToList();
                var expected = p.LoadedLanguage.Where(h => column == table.Columns.Count - 1 || h.Term.Technique == table.Columns[column]).Select(h => h.MatchText);
                Assert.Equal(expected, words);
            }

            Assert.NotEmpty(table.TraceAt(row, table.Columns.Count - 1)!.Items);
        }
    }

    [Fact]
    public void Each_timeline_row_leads_to_its_words_and_each_shared_event_cell_to_the_sentences_telling_it()
    {
        var timeline = _corpus.Timeline();
        var expressions = timeline.ExpressionTable();
        var all = timeline.Expressions.Values.SelectMany(e => e).ToList();
        for (int row = 0; row < all.Count; row++)
        {
            var item = Assert.Single(expressions.TraceAt(row, 2)!.Items);
            Assert.Equal(expressions.Rows[row][2], item.Span.Of(_corpus[item.ArticleId].Text));
        }

        var shared = timeline.SharedEventTable();
        var events = timeline.SharedEvents.ToList();
        Assert.NotEmpty(events);
        for (int row = 0; row < events.Count; row++)
        {
            for (int a = 0; a < timeline.Articles.Count; a++)
            {
                var trace = shared.TraceAt(row, a + 3)!;
                Assert.Equal(shared.Rows[row][a + 3].Length > 0, !trace.IsEmpty);
                Assert.Equal(events[row].Mentions.Count(m => m.ArticleId == timeline.Articles[a].Id), trace.Count);
            }
        }
    }

    [Fact]
    public void Each_overlap_count_traces_the_passages_of_the_row_article_shared_with_the_column_article()
    {
        var report = TextReuse.Find(_corpus);
        var matrix = report.Matrix;
        var table = matrix.ToTable();
        int linked = 0;
        for (int i = 0; i < matrix.Articles.Count; i++)
        {
            for (int j = 0; j < matrix.Articles.Count; j++)
            {
                var trace = table.TraceAt(i, j + 1);
                if (i == j)
                {
                    Assert.Null(trace);
                    continue;
                }

                Assert.Equal(matrix.SharedWords[i][j] > 0, trace is { IsEmpty: false });
                var passages = report.Between(matrix.Articles[i], matrix.Articles[j]);
                Assert.All(trace!.Items, item => Assert.Equal(matrix.Articles[i].Id, item.ArticleId));
                Assert.Equal(passages.Count, trace.Count);
                linked += trace.Count;
            }
        }

        Assert.True(linked >= 2, "001 shares passages with 000: at least one passage each way");
        Assert.Equal(report.Shares.Select(s => s.SharedWords > 0), report.SharesTable().Traces!.Select(r => r[1] is { IsEmpty: false }));
    }

    [Fact]
    public void A_traced_cell_is_an_inert_anchor_with_the_trace_and_an_empty_count_is_plain_text()
    {
        string html = ChartTests.Html(SourcingAnalysis.Sourcing(_corpus).KindsTable());
        var anchors = TracedAnchor().Matches(html);
        Assert.NotEmpty(anchors);
        Assert.All(anchors, a => Assert.NotEqual("0", a.Groups["count"].Value.Split(' ')[^1].Trim('(', ')')));
        Assert.DoesNotContain(" href=", string.Concat(anchors.Select(a => a.Value)), StringComparison.Ordinal);
        Assert.Contains("<td>0.0 (0)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bar_and_heatmap_cell_carries_the_trace_its_table_cell_carries()
    {
        var profiles = SourcingAnalysis.Sourcing(_corpus);
        var chart = profiles.PlotKinds();
        var figure = ChartTests.Figure(chart);
        var table = chart.ToTable();
        var data = figure.GetProperty("data");
        for (int s = 0; s < data.GetArrayLength(); s++)
        {
            var custom = data[s].GetProperty("customdata").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(profiles.Select(p => p.TraceOf(SourcingViews.KindOrder[s]).Encoded), custom);
            Assert.Equal(custom, table.Rows.Select((_, r) => table.TraceAt(r, s + 1)?.Encoded ?? ""));
        }

        var overlap = ChartTests.Figure(TextReuse.Find(_corpus).Matrix.PlotOverlap()).GetProperty("data")[0].GetProperty("customdata");
        Assert.Contains(overlap.EnumerateArray().SelectMany(r => r.EnumerateArray()), c => c.GetString()!.StartsWith("000:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reader_view_with_anchors_cuts_the_text_at_them_without_changing_it()
    {
        var article = _corpus["002"];
        var sentences = article.Sentences.Take(3).Select(s => s.Span).ToList();
        var view = _corpus.ReadWhole("002") with { Anchors = sentences };
        string html = ChartTests.Html(view);
        foreach (var span in sentences)
        {
            var pieces = Regex.Matches(html, $"<span class=\"piece\"(?: id=\"c(?<id>\\d+)\")? data-s=\"(?<s>\\d+)\" data-e=\"(?<e>\\d+)\">")
                .Select(m => (Id: m.Groups["id"].Value, S: int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture), E: int.Parse(m.Groups["e"].Value, CultureInfo.InvariantCulture)))
                .Where(p => p.S >= span.Start && p.E <= span.End).ToList();
            Assert.Equal(span.Start, pieces[0].S);
            Assert.Equal(span.Start.ToString(CultureInfo.InvariantCulture), pieces[0].Id);
            Assert.Equal(span.End, pieces[^1].E);
        }

        string plain = System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<del class=\"removed\"[^>]*>.*?</del>", "", RegexOptions.Singleline), "<[^>]+>", ""));
        Assert.Contains(sentences[1].Of(article.Text), plain, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\((\d+)\)\s*$")]
    private static partial Regex BracketedCount();

    [GeneratedRegex("<a class=\"trace\" data-trace=\"[^\"]+\">(?<count>[^<]*)</a>")]
    private static partial Regex TracedAnchor();
}
