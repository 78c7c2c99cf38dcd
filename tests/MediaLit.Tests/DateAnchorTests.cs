using MediaLit.Articles;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// Issue #16 item 6 on texts written for these tests (not the five articles): anaphoric dates count from
/// the nearest date in their own paragraph, "N years after X" counts from X, and the earliest possible
/// writing date is never before the latest date an article states.
/// </summary>
public sealed class DateAnchorTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private const string Dated = "Published : 14 March 2022\n\n";
    private readonly Corpus _corpus = fixture.Corpus;

    private IReadOnlyList<TemporalExpression> Read(string text) => _corpus.TemporalExpressions(_corpus.Read("x", text));

    private PublicationBound BoundOf(Article article) => TimelineAnalysis.Build([article],
        TimelineAnalysis.LexiconFor(_corpus.DataDirectory), TimelineAnalysis.ReferenceFor(_corpus.DataDirectory)).BoundOf(article.Id);

    [Fact]
    public void Years_after_an_undated_event_are_not_counted_from_a_neighbouring_date()
    {
        var expressions = Read("The port reopened in 1949, one year after the occupation, and trade grew.");
        var counted = expressions.Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Equal("one year after", counted.Text);
        Assert.Null(counted.Interval); // not 1950: the year is counted from the occupation, which the text does not date
        Assert.Contains("'the occupation'", counted.Resolution, StringComparison.Ordinal);
        Assert.Equal("1949-01-01..1949-12-31", expressions.Single(e => e.Text == "1949").Interval.ToString());
    }

    [Fact]
    public void Years_after_a_dated_event_count_from_that_date()
    {
        var counted = Read("The dam failed two years after the flood of 12 May 1998; nobody was hurt.")
            .Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Equal("2000-05-12", counted.Interval.ToString());
        Assert.Equal("12 May 1998", counted.AnchorText);
    }

    [Fact]
    public void An_anaphoric_date_takes_the_nearest_date_of_its_paragraph_not_an_earlier_paragraph()
    {
        var expressions = Read("The mill opened in June 2004 and hired forty people.\n\nThe council met in 1987. The following year, it voted again.");
        var following = expressions.Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Equal("1988-01-01..1988-12-31", following.Interval.ToString());
        Assert.Equal("1987", following.AnchorText);
    }

    [Fact]
    public void Without_a_date_in_its_paragraph_it_counts_from_the_publication_date_and_says_so()
    {
        var expressions = Read(Dated + "The bridge opened in April 2003.\n\nThe same week, the ferry stopped running.");
        var sameWeek = expressions.Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Null(sameWeek.Anchor); // the 2003 opening is in another paragraph
        Assert.Equal("2022-03-14", sameWeek.Interval.ToString());
        Assert.True(sameWeek.UsesPublicationDate);
        Assert.Contains("publication date 2022-03-14", sameWeek.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_date_to_count_from_it_stays_unresolved()
    {
        var sameDay = Read("The bridge opened.\n\nThe same day, the ferry stopped.").Single(e => e.Form == TemporalForm.Anaphoric);
        Assert.Null(sameDay.Interval);
        Assert.StartsWith("unresolved", sameDay.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void The_earliest_writing_date_is_not_before_the_latest_date_the_article_states()
    {
        var article = _corpus.Read("x", "Soldiers crossed the border on 24 December 1979.\n\n"
            + "On 10 December 2018 the museum opened an exhibition about the war, and 3 March 2011 was the first sketch.");
        var bound = BoundOf(article);
        Assert.Equal(new DateOnly(2018, 12, 10), bound.EarliestPossible);
        Assert.Equal("10 December 2018", bound.StatedDate?.Text);
        Assert.StartsWith("On 10 December 2018 the museum", bound.EvidenceSentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_the_article_states_does_not_set_the_earliest_writing_date()
    {
        var article = _corpus.Read("x", "The plant was built in May 2015. It must close by 31 December 2040.");
        var bound = BoundOf(article);
        Assert.Equal(new DateOnly(2015, 5, 1), bound.EarliestPossible);
    }

    [Fact]
    public void A_date_in_a_sentence_that_looks_ahead_does_not_set_the_earliest_writing_date()
    {
        var article = _corpus.Read("x", "The station was sold in August 2019. Its new owner could reopen it after 1 June 2031, when repairs are scheduled to end.");
        Assert.Equal(new DateOnly(2019, 8, 1), BoundOf(article).EarliestPossible);
    }
}
