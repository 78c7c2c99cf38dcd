using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>Distinctive vocabulary: the weighted log-odds ratio (Monroe, Colaresi and Quinn 2008) by hand and on the articles.</summary>
public sealed class NarrativeVocabularyTests(NarrativeFixture fixture) : IClassFixture<NarrativeFixture>
{
    private readonly NarrativeReport _report = fixture.Report;

    // Here {a:3, b:1} (n_i = 4); elsewhere {a:1, b:3, c:2} (n_j = 6); prior = their sum {a:4, b:4, c:2}, 10 words; α0 = 10,
    // so α_a = 10·4/10 = 4, α_b = 4, α_c = 10·2/10 = 2.
    // a: δ = ln((3+4)/(4+10−3−4)) − ln((1+4)/(6+10−1−4)) = ln(7/7) − ln(5/11) = 0 + 0.788457 = 0.788457
    //    σ² = 1/(3+4) + 1/(1+4) = 0.142857 + 0.2 = 0.342857;  z = 0.788457 / 0.585540 = 1.346547
    // b: δ = ln((1+4)/(4+10−1−4)) − ln((3+4)/(6+10−3−4)) = ln(5/9) − ln(7/9) = ln(5/7) = −0.336472
    //    σ² = 1/5 + 1/7 = 0.342857;  z = −0.336472 / 0.585540 = −0.574636
    // c: δ = ln((0+2)/(4+10−0−2)) − ln((2+2)/(6+10−2−2)) = ln(2/12) − ln(4/12) = ln(1/2) = −0.693147
    //    σ² = 1/2 + 1/4 = 0.75;  z = −0.693147 / 0.866025 = −0.800377
    [Theory]
    [InlineData("a", 4.0, 0.788457, 0.342857, 1.346547)]
    [InlineData("b", 4.0, -0.336472, 0.342857, -0.574636)]
    [InlineData("c", 2.0, -0.693147, 0.75, -0.800377)]
    public void Log_odds_match_the_hand_computed_example(string word, double alpha, double delta, double variance, double z)
    {
        var here = new Dictionary<string, int> { ["a"] = 3, ["b"] = 1 };
        var elsewhere = new Dictionary<string, int> { ["a"] = 1, ["b"] = 3, ["c"] = 2 };
        var prior = new Dictionary<string, int> { ["a"] = 4, ["b"] = 4, ["c"] = 2 };
        var score = LogOddsRatio.Compare(here, elsewhere, prior, alpha0: 10).Single(s => s.Word == word);
        Assert.Equal(alpha, score.Alpha, 6);
        Assert.Equal(delta, score.Delta, 5);
        Assert.Equal(variance, score.Variance, 5);
        Assert.Equal(z, score.Z, 5);
        Assert.Equal((4, 6), (score.TotalHere, score.TotalElsewhere));
    }

    [Fact]
    public void Scores_come_highest_z_first()
    {
        var scores = LogOddsRatio.Compare(
            new Dictionary<string, int> { ["a"] = 3, ["b"] = 1 },
            new Dictionary<string, int> { ["a"] = 1, ["b"] = 3, ["c"] = 2 },
            new Dictionary<string, int> { ["a"] = 4, ["b"] = 4, ["c"] = 2 }, 10);
        Assert.Equal(["a", "b", "c"], scores.Select(s => s.Word));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void The_prior_weight_must_be_positive(double alpha0) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Compare(
            new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, int> { ["a"] = 2 }, alpha0));

    [Fact]
    public void A_word_missing_from_the_prior_is_a_programmer_error()
    {
        var error = Assert.Throws<ArgumentException>(() => LogOddsRatio.Compare(
            new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, int> { ["b"] = 1 }, new Dictionary<string, int> { ["a"] = 1 }, 10));
        Assert.Contains("\"b\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "fake")]
    [InlineData("000", "balancing")]
    [InlineData("004", "nug")]
    [InlineData("002", "serenko")]
    public void Each_articles_own_words_stand_out(string article, string word) =>
        Assert.Contains(_report.DistinctiveWordsOf(article).Top(15), w => w.Word == word && w.Z > 1.96);

    [Fact]
    public void Stop_words_are_left_out_and_US_counts_as_one_word()
    {
        var words = _report.DistinctiveWordsOf("002").Words.Select(w => w.Word).ToHashSet();
        Assert.DoesNotContain("the", words);
        Assert.DoesNotContain("u", words);
        Assert.Contains("us", words);
    }

    [Fact]
    public void Every_word_keeps_the_spans_where_it_occurs()
    {
        var article = _report.DistinctiveWordsOf("000");
        var balancing = article["balancing"]!;
        Assert.Equal(balancing.Score.CountHere, balancing.Spans.Count);
        Assert.All(balancing.Spans, s => Assert.Equal("balancing", article.Article.Slice(s), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Counts_here_and_elsewhere_add_up_to_the_corpus()
    {
        var first = _report.DistinctiveWords[0];
        int total = first.Words[0].Score.TotalHere + first.Words[0].Score.TotalElsewhere;
        Assert.All(_report.DistinctiveWords, d => Assert.Equal(total, d.Words[0].Score.TotalHere + d.Words[0].Score.TotalElsewhere));
    }

    [Fact]
    public void One_article_alone_has_nothing_to_be_compared_with()
    {
        var alone = fixture.Corpus.Narratives([fixture.Corpus.Read("x", "Russia paid bounties.")]);
        Assert.Empty(alone.DistinctiveWordsOf("x").Words);
    }
}
