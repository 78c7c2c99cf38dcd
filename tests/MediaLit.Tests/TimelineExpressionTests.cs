using MediaLit.Articles;
using MediaLit.Metadata;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>Temporal expressions on short texts of our own: the edge cases the articles do not have.</summary>
public sealed class TimelineExpressionTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private const string Dated = "Published : 05 April 2017\n\n";
    private readonly Corpus _corpus = fixture.Corpus;

    private IReadOnlyList<TemporalExpression> Read(string text) => _corpus.TemporalExpressions(_corpus.Read("x", text));

    [Theory]
    [InlineData("Russia acted last year.", "last year", null, TemporalForm.Relative)]
    [InlineData("It changed in February this year.", "February this year", null, TemporalForm.Relative)]
    [InlineData("Talks began on July 8.", "July 8", null, TemporalForm.Relative)]
    [InlineData("It lasted ten years.", "ten years", null, TemporalForm.Duration)]
    [InlineData("They fought for 16 years.", "16 years", null, TemporalForm.Duration)]
    [InlineData("In the same month, talks began.", "the same month", null, TemporalForm.Anaphoric)]
    [InlineData("It grew out of the 1980s Mujahiddin.", "1980s", "1980-01-01..1989-12-31", TemporalForm.Absolute)]
    [InlineData("Yeltsin led in the early 90s.", "early 90s", "1990-01-01..1993-12-31", TemporalForm.Absolute)]
    [InlineData("It happened in the late 1990s.", "late 1990s", "1997-01-01..1999-12-31", TemporalForm.Absolute)]
    [InlineData("Russia's 21st-century strategy.", "21st-century", "2001-01-01..2100-12-31", TemporalForm.Absolute)]
    [InlineData("On February 29, 2020, it was signed.", "February 29, 2020", "2020-02-29", TemporalForm.Absolute)]
    [InlineData("On 24 Dec 1979 it began.", "24 Dec 1979", "1979-12-24", TemporalForm.Absolute)]
    [InlineData("In mid-December 1979 it began.", "mid-December 1979", "1979-12-11..1979-12-20", TemporalForm.Absolute)]
    [InlineData("The 1979-1989 war.", "1979-1989", "1979-01-01..1989-12-31", TemporalForm.Absolute)]
    [InlineData("After 9/11 it changed.", "9/11", "2001-09-11", TemporalForm.NamedEvent)]
    [InlineData("It was banned in the spring of 2021.", "spring of 2021", "2021-03-20..2021-06-20", TemporalForm.Absolute)]
    [InlineData("Russia may act in 2018.", "2018", "2018-01-01..2018-12-31", TemporalForm.Absolute)]
    public void Undated_text_resolves_only_what_its_words_date(string text, string wording, string? days, TemporalForm form)
    {
        var expression = Assert.Single(Read(text));
        Assert.Equal(wording, expression.Text);
        Assert.Equal(days, expression.Interval?.ToString());
        Assert.Equal(form, expression.Form);
        if (days is null && form != TemporalForm.Duration)
            Assert.StartsWith("unresolved", expression.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia acted last year.", "last year", "2016-01-01..2016-12-31", TemporalPrecision.Year)]
    [InlineData("They met three years ago.", "three years ago", "2014-01-01..2014-12-31", TemporalPrecision.Year)]
    [InlineData("It grew over the past year.", "the past year", "2016-04-05..2017-04-05", TemporalPrecision.Year)]
    [InlineData("Fighting grew in recent weeks.", "recent weeks", "2017-02-22..2017-04-05", TemporalPrecision.Vague)]
    [InlineData("They met last September.", "last September", "2016-09-01..2016-09-30", TemporalPrecision.Month)]
    [InlineData("They met last March.", "last March", "2017-03-01..2017-03-31", TemporalPrecision.Month)]
    [InlineData("It happened this spring.", "this spring", "2017-03-20..2017-06-20", TemporalPrecision.Season)]
    [InlineData("Talks began on December 20.", "December 20", "2016-12-20", TemporalPrecision.Day)]
    [InlineData("Talks began in February.", "February", "2017-02-01..2017-02-28", TemporalPrecision.Month)]
    [InlineData("It will end next year.", "next year", "2018-01-01..2018-12-31", TemporalPrecision.Year)]
    public void Relative_wording_counts_from_the_dateline(string text, string wording, string days, TemporalPrecision precision)
    {
        var expression = Assert.Single(Read(Dated + text));
        Assert.Equal(wording, expression.Text);
        Assert.Equal(days, expression.Interval.ToString());
        Assert.Equal(precision, expression.Precision);
        Assert.Contains("relative to publication date 2017-04-05", expression.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In March 2016 they met. The following month, they signed.", "The following month", "2016-04-01..2016-04-30")]
    [InlineData("On 3 May 2016 they met. Two days later they signed.", "Two days later", "2016-05-05")]
    [InlineData("They met in December 1979. In the same month, troops landed.", "the same month", "1979-12-01..1979-12-31")]
    [InlineData("Three weeks before the vote on 30 June 2016, they met.", "Three weeks before", "2016-06-09")]
    public void Anaphoric_wording_counts_from_another_date_in_the_passage(string text, string wording, string days)
    {
        var expression = Read(text).Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Equal(wording, expression.Text);
        Assert.Equal(days, expression.Interval.ToString());
        Assert.NotNull(expression.Anchor);
    }

    [Theory]
    [InlineData("On February 30, 2020, nothing happened.")]
    [InlineData("It has 6,000 soldiers and 1,357 kilometres of border.")]
    [InlineData("Russia may march on.")]
    [InlineData("")]
    public void Words_that_are_not_dates_give_nothing(string text) => Assert.Empty(Read(text));

    [Fact]
    public void A_date_given_as_of_replaces_a_missing_one()
    {
        var article = _corpus.Read("x", "Russia acted last year.");
        var asOf = new PublicationDate(new DateOnly(2020, 7, 15), DatePrecision.Day, DateKind.Inferred);
        var expression = Assert.Single(_corpus.TemporalExpressions(article, asOf));
        Assert.Equal("2019-01-01..2019-12-31", expression.Interval.ToString());
        Assert.Contains("inferred publication date 2020-07-15", expression.Resolution, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by fuzzing: a digit of another script (Ol Chiki, Arabic-Indic, fullwidth) beside a date once made the
    /// finder throw, because the patterns' \d took it and int.Parse did not. Only ASCII digits are date numbers;
    /// the words around such a digit are still read.
    /// </summary>
    [Theory]
    [InlineData("\u1C54 December 2016\uE794\u202E", "December 2016")]
    [InlineData("On \u0663 December 2016 it began.", "December 2016")]
    [InlineData("On December \u0663, 2016 it began.", "2016")]
    [InlineData("It ended in 20\uFF11\uFF16.", "")]
    [InlineData("\u1C52\u1C50\u1C51\u1C56-12-01 and \u06F2\u06F0\u06F1\u06F6 or 2016.", "2016")]
    [InlineData("The \uFF11\uFF19th century, 19\uFF19\uFF10s and \u0661\u0662 years ago.", "")]
    public void A_digit_of_another_script_is_not_a_date_number(string text, string wordings)
    {
        var found = Read(text);
        Assert.Equal(wordings, string.Join(" | ", found.Select(e => e.Text)));
    }
}
