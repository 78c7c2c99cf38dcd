using MediaLit.Articles;
using MediaLit.Cases;
using MediaLit.Display;
using MediaLit.Exercises;
using MediaLit.Html;

namespace MediaLit.Tests;

public sealed class CaseReportTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private ArticleCase Sample => _corpus.Case(ArticleLoader.FromFile(Path.Combine(TestPaths.DataDirectory, "samples", "russia-recognises-taliban.html"), _corpus.Rules));

    [Fact]
    public void The_sample_article_gets_a_full_case()
    {
        var c = Sample;
        Assert.Equal("2025-07-03", c.Bound.EarliestPossible!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(c.Sourcing.Attributions, a => a.Speaker == "Associated Press");
        Assert.Equal(100, c.Rubric["who"].Score);
        Assert.Empty(c.Claims);
        string text = c.Report().ToString();
        Assert.Contains("Earliest possible date: 2025-07-03", text);
        Assert.Contains("None of the codebook's claims is mentioned", text);
    }

    [Fact]
    public void A_corpus_article_case_matches_the_lessons()
    {
        var c = _corpus.Case(_corpus["001"]);
        Assert.Contains(c.Claims, cl => cl.Claim.Id == "bounty" && cl.ContradictsItself);
        Assert.Equal(new DateOnly(2020, 6, 26), c.Bound.EarliestPossible);
        Assert.Equal(0, c.Rubric["who"].Score);
    }

    [Fact]
    public void The_case_report_encodes_article_text()
    {
        var article = _corpus.Read("x", "<b>Bold</b> title\n\nOfficials said <script>alert(1)</script> happened in 2020.");
        using var writer = new StringWriter();
        _corpus.Case(article).Report().WriteHtml(writer);
        Assert.DoesNotContain("<script>", writer.ToString());
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt;", writer.ToString());
    }

    [Fact]
    public void Capstone_checks_accept_the_samples_answers()
    {
        var c = Sample;
        Assert.True(CapstoneExercises.CheckAnonymousSource(c, " critics").IsRight);
        Assert.Equal(Verdict.NotAnswered, CapstoneExercises.CheckAnonymousSource(c, "").Verdict);
        Assert.True(CapstoneExercises.CheckEarliestDate(c, "2025-07-03").IsRight);
        Assert.False(CapstoneExercises.CheckEarliestDate(c, "2026-11-21").IsRight);
    }
}
