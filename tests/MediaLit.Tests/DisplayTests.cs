using System.Reflection;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Exercises;

namespace MediaLit.Tests;

public sealed class DisplayTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private const string Hostile = "Headline\n\nThe minister said <script>alert('x')</script> & left.\n";

    /// <summary>Formats as the kernel would: find the attribute by name, create the source, ask its formatters.</summary>
    private static string Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes()
            .Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        object source = Activator.CreateInstance(sourceType)!;
        var formatters = (System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        foreach (object formatter in formatters)
        {
            if ((string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)! != mimeType)
                continue;
            using var writer = new StringWriter();
            bool handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!;
            Assert.True(handled, $"The {mimeType} formatter declined a {value.GetType().Name}.");
            return writer.ToString();
        }
        throw new InvalidOperationException($"No {mimeType} formatter.");
    }

    [Fact]
    public void Article_text_is_escaped_in_every_html_view()
    {
        var article = _corpus.Read("hostile", Hostile);
        foreach (object view in new object[] { article, article.ShowCleaning(includeFormatting: true), new[] { article }.Overview() })
        {
            string html = Format(view, "text/html");
            Assert.DoesNotContain("<script>alert", html);
        }
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; left.", Format(article.ShowCleaning(), "text/html"));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void Cleaning_view_runs_put_back_together_give_the_raw_text(string id)
    {
        var article = _corpus[id];
        Assert.Equal(article.RawText, string.Concat(article.ShowCleaning().Runs().Select(r => r.Text)));
        Assert.Equal(article.RawText, string.Concat(article.ShowCleaning(includeFormatting: true).Runs().Select(r => r.Text)));
    }

    [Fact]
    public void Cleaning_view_strikes_through_furniture_and_names_its_rule()
    {
        string html = Format(_corpus["001"].ShowCleaning(), "text/html");
        Assert.Matches("<del [^>]*>Please enter your comment!", html);
        Assert.Contains("<span class=\"rule\">comment-form</span>", html);
    }

    [Fact]
    public void Cleaning_view_hides_formatting_removals_unless_asked()
    {
        Assert.All(_corpus["000"].ShowCleaning().Runs().Where(r => r.Removal is not null), r => Assert.False(r.Removal!.IsFormatting));
        Assert.Contains(_corpus["000"].ShowCleaning(includeFormatting: true).Runs(), r => r.Removal?.RuleId == CleaningRuleIds.Link);
    }

    [Fact]
    public void Source_card_says_unknown_and_how_we_know_for_001()
    {
        string html = Format(_corpus["001"], "text/html");
        Assert.Contains("<span class=\"unknown\">unknown</span>", html);
        Assert.Contains("No byline in the text", html);
        string text = Format(_corpus["001"], "text/plain");
        Assert.Contains("author: unknown", text);
    }

    [Fact]
    public void Overview_has_one_row_per_article_and_shows_unknowns()
    {
        var table = _corpus.Overview();
        Assert.Equal(_corpus.Select(a => a.Id), table.Rows.Select(r => r[0]));
        Assert.Equal("unknown", table.Rows.Single(r => r[0] == "001")[table.Columns.ToList().IndexOf("author")]);
        Assert.Equal("2021-07 (inferred)", table.Rows.Single(r => r[0] == "002")[table.Columns.ToList().IndexOf("date")]);
    }

    [Fact]
    public void Removal_summary_leaves_out_formatting_and_adds_up_to_the_removals()
    {
        var table = _corpus.RemovalSummary();
        Assert.DoesNotContain(table.Rows, r => r[1] == CleaningRuleIds.Whitespace || r[1].StartsWith("markup.", StringComparison.Ordinal));
        foreach (var article in _corpus)
        {
            int furniture = article.Removals.Where(r => !r.IsFormatting).Sum(r => r.RawSpan.Length);
            Assert.Equal(furniture, table.Rows.Where(r => r[0] == article.Id).Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Plain_text_table_aligns_columns_under_their_headers()
    {
        var table = new TextTable("Caption", ["id", "name"], [["1", "a long name"], ["22", "b"]]);
        string[] lines = table.ToPlainText().Split('\n');
        Assert.Equal(["Caption", "id  name", "--  -----------", "1   a long name", "22  b"], lines);
    }

    [Fact]
    public void Feedback_is_shown_with_its_verdict_and_escaped()
    {
        var feedback = new Feedback("x", Verdict.PartlyRight, "use <b> & more");
        string html = Format(feedback, "text/html");
        Assert.Contains("class=\"partly\"", html);
        Assert.Contains("use &lt;b&gt; &amp; more", html);
    }
}

public sealed class ChartDataTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void The_stacked_bar_chart_draws_the_numbers_of_its_table()
    {
        var profiles = MediaLit.Sourcing.SourcingAnalysis.Sourcing(_corpus);
        var series = profiles.KindsChart();
        Assert.Equal(SourcingViews.KindOrder.Count, series.Count);
        foreach (var (s, kind) in series.Zip(SourcingViews.KindOrder))
        {
            Assert.Equal(kind.Label(), s.Name);
            Assert.Equal(_corpus.Select(a => a.Id), s.Keys);
            Assert.Equal(profiles.Select(p => Math.Round(p.PerThousandWords(kind), 2)), s.Values);
        }
        var table = profiles.KindsTable();
        Assert.Equal(profiles.Count, table.Rows.Count);
        Assert.Equal($"{profiles[2].PerThousandWords(MediaLit.Sourcing.SourceKind.NamedExpert):0.0} ({profiles[2].Count(MediaLit.Sourcing.SourceKind.NamedExpert)})",
            table.Rows[2][table.Columns.ToList().IndexOf("named expert")]);
    }

    [Fact]
    public void The_heatmap_draws_the_overlap_matrix()
    {
        var matrix = MediaLit.Reuse.TextReuse.Find(_corpus).Matrix;
        var heat = matrix.Heatmap();
        Assert.Equal(_corpus.Select(a => a.Id), heat.X);
        Assert.Equal(heat.X, heat.Y);
        for (int i = 0; i < heat.Y.Length; i++)
            for (int j = 0; j < heat.X.Length; j++)
                Assert.Equal(matrix.SharedWords[i][j], heat.Z[i][j]);
    }

    [Fact]
    public void Own_assertions_table_lists_the_sentences_that_credit_nobody()
    {
        var profile = MediaLit.Sourcing.SourcingAnalysis.Sourcing(_corpus).Single(p => p.Article.Id == "001");
        var table = profile.OwnAssertionsTable();
        Assert.Equal(profile.OwnAssertions.Select(s => s.Text), table.Rows.Select(r => r[1]));
        Assert.DoesNotContain(table.Rows, r => r[1].StartsWith("United States secret service officials", StringComparison.Ordinal));
    }
}

public sealed class PaletteTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Series_of_one_chart_get_distinct_colour_blind_safe_colours()
    {
        var series = MediaLit.Sourcing.SourcingAnalysis.Sourcing(fixture.Corpus).KindsChart();
        Assert.Equal(series.Count, series.Select(s => s.Color).Distinct().Count());
        Assert.All(series, s => Assert.Contains(s.Color, Palette.OkabeIto));
    }

    [Theory]
    [InlineData(0, "#0072B2")]
    [InlineData(8, "#0072B2")]
    [InlineData(-1, "#000000")]
    public void Palette_positions_wrap_around(int index, string expected) => Assert.Equal(expected, Palette.At(index));
}
