using MediaLit.Display;
using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>The narratives tables and chart data: each chart agrees with its table, and the HTML is encoded.</summary>
public sealed class NarrativeViewTests(NarrativeFixture fixture) : IClassFixture<NarrativeFixture>
{
    private readonly NarrativeReport _report = fixture.Report;

    [Fact]
    public void The_heatmap_has_one_cell_per_claim_and_article_coloured_by_category()
    {
        var heatmap = _report.Claims.StanceHeatmap();
        Assert.Equal(["000", "001", "002", "003", "004"], heatmap.X);
        Assert.Equal(_report.Codebook.Claims.Count, heatmap.Y.Length);
        int bounty = Array.IndexOf(heatmap.Y, _report.Codebook["bounty"].Label);
        Assert.Equal(["denies", "contradicts itself", "reports a denial", "not mentioned", "not mentioned"],
            heatmap.Z[bounty].Select(z => heatmap.Categories[(int)z]));
        Assert.Contains("Zamir Kabulov", heatmap.Text[bounty][2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_table_agrees_with_the_heatmap()
    {
        var table = _report.Claims.MatrixTable();
        var heatmap = _report.Claims.StanceHeatmap();
        for (int row = 0; row < heatmap.Y.Length; row++)
            Assert.Equal(heatmap.Text[row], table.Rows[row].Skip(1));
    }

    [Fact]
    public void The_bounty_table_quotes_each_articles_own_sentences()
    {
        var table = _report.Claims.EvidenceTable("bounty");
        Assert.Contains(table.Rows, r => r[0] == "001" && r[2] == "denies" && r[4] == "000");
        Assert.Contains(table.Rows, r => r[0] == "002" && r[3] == "Zamir Kabulov" && r[5].Contains("outright lies", StringComparison.Ordinal));
        Assert.Contains(table.Rows, r => r[0] == "003" && r[2] == "not mentioned");
    }

    [Fact]
    public void The_contradictions_table_names_001_and_its_copied_sentence()
    {
        var row = Assert.Single(_report.Claims.ContradictionsTable().Rows);
        Assert.Equal("001", row[0]);
        Assert.Contains("shared with 000", row[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Distinctive_word_chart_agrees_with_its_table()
    {
        var words = _report.DistinctiveWordsOf("003");
        var chart = words.DistinctiveWordsChart(10);
        var table = words.DistinctiveWordsTable(10);
        Assert.Equal(table.Rows.Select(r => r[0]), chart.Keys);
        Assert.Equal(table.Rows.Select(r => double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)), chart.Values.Select(v => Math.Round(v, 2)));
    }

    [Fact]
    public void Loaded_language_chart_agrees_with_its_table()
    {
        var chart = _report.Framing.LoadedLanguageChart();
        var table = _report.Framing.LoadedLanguageTable();
        foreach (var series in chart)
        {
            int column = table.Columns.ToList().IndexOf(series.Name);
            Assert.Equal(series.Values.Select(v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
                table.Rows.Select(r => r[column].Split(' ')[0]));
        }
    }

    [Fact]
    public void The_comparison_view_marks_claim_words_and_encodes_article_text()
    {
        var view = _report.Claims.Compare("bounty");
        var html = new StringWriter();
        view.WriteHtml(html);
        Assert.Contains("<mark>bounties</mark>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains("<s>fake news</s>", html.ToString(), StringComparison.Ordinal);
        // 000's straight quotes around "terrorists" are article text and must be encoded.
        Assert.Contains("&quot;terrorists&quot;", html.ToString(), StringComparison.Ordinal);
        var text = new StringWriter();
        view.WritePlainText(text);
        Assert.Contains("001: denies + attributes to a source (United States secret service officials) — contradicts itself", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_view_is_shown_by_the_pack_formatter()
    {
        var html = new StringWriter();
        Assert.True(new MediaLitFormatterSource().CreateTypeFormatters().OfType<MediaLitFormatter>()
            .Single(f => f.MimeType == "text/html").Format(_report.Claims.Compare("opium"), html));
        Assert.Contains("class=\"medialit\"", html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_codebook_table_lists_every_claim_with_its_cue_sets()
    {
        var table = _report.Codebook.CodebookTable();
        Assert.Equal(_report.Codebook.Claims.Select(c => c.Id), table.Rows.Select(r => r[0]));
        Assert.Contains("[bounty|bounties]", table.Rows[0][2], StringComparison.Ordinal);
    }
}
