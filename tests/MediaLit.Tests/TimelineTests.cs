using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Loading;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>Lesson 2's "done when" list, on the real articles, plus the record and the views.</summary>
public sealed class TimelineTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private Timeline Timeline => _timeline ??= _corpus.Timeline();
    private Timeline? _timeline;

    private TemporalExpression Expression(string id, string wording) =>
        Timeline.ExpressionsOf(id).First(e => e.Text == wording);

    [Theory]
    [InlineData("004", "December last year", "2016-12-01..2016-12-31", TemporalPrecision.Month)]
    [InlineData("004", "the same month", "2016-12-01..2016-12-31", TemporalPrecision.Month)]
    [InlineData("004", "January 2017", "2017-01-01..2017-01-31", TemporalPrecision.Month)]
    [InlineData("004", "February this year", "2017-02-01..2017-02-28", TemporalPrecision.Month)]
    [InlineData("003", "Last year", "2016-01-01..2016-12-31", TemporalPrecision.Year)]
    [InlineData("002", "July 8", "2021-07-08", TemporalPrecision.Day)]
    [InlineData("002", "Two days after", "2021-07-10", TemporalPrecision.Day)]
    [InlineData("002", "this spring", "2021-03-20..2021-06-20", TemporalPrecision.Season)]
    [InlineData("000", "last September", "2019-09-01..2019-09-30", TemporalPrecision.Month)]
    [InlineData("000", "a few months back in February", "2020-02-01..2020-02-29", TemporalPrecision.Month)]
    [InlineData("000", "9/11", "2001-09-11", TemporalPrecision.Day)]
    [InlineData("001", "late December 1979", "1979-12-21..1979-12-31", TemporalPrecision.PartOfMonth)]
    public void Dated_wording_resolves_to_the_days_it_means(string id, string wording, string days, TemporalPrecision precision)
    {
        var expression = Expression(id, wording);
        Assert.Equal(wording, expression.Span.Of(_corpus[id].Text));
        Assert.Equal(days, expression.Interval.ToString());
        Assert.Equal(precision, expression.Precision);
    }

    [Theory]
    [InlineData("004", "December last year", "relative to publication date 2017-04-05")]
    [InlineData("003", "Last year", "relative to update date 2017-04-20")]
    [InlineData("002", "July 8", "relative to inferred publication date 2021-07")]
    [InlineData("002", "this spring", "inferred")]
    [InlineData("004", "the same month", "relative to 'December last year' (2016-12-01..2016-12-31)")]
    [InlineData("002", "Two days after", "relative to 'July 8' (2021-07-08) later in the sentence")]
    [InlineData("000", "9/11", "named event")]
    [InlineData("004", "January 2017", "absolute")]
    public void Each_resolution_says_what_it_rests_on(string id, string wording, string note) =>
        Assert.Contains(note, Expression(id, wording).Resolution, StringComparison.Ordinal);

    [Fact]
    public void Two_days_after_counts_from_the_July_8_visit_in_the_same_sentence()
    {
        var expression = Expression("002", "Two days after");
        Assert.Equal("July 8", expression.AnchorText);
        Assert.Equal(TemporalForm.Anaphoric, expression.Form);
        Assert.True(expression.UsesPublicationDate);
    }

    [Fact]
    public void For_16_years_in_003_is_a_duration_not_a_date()
    {
        var expression = Expression("003", "16 years");
        Assert.Equal(TemporalForm.Duration, expression.Form);
        Assert.Null(expression.Interval);
        Assert.Equal(16, expression.Duration?.Amount);
        Assert.DoesNotContain(Timeline.MentionsOf("003"), m => m.Expression == expression);
    }

    [Fact]
    public void The_movements_July_8_talks_are_an_event_on_2021_07_08()
    {
        var mention = Timeline.MentionsOf("002").Single(m => m.SentenceText.Contains("the movement’s July 8 talks", StringComparison.Ordinal));
        Assert.Equal("2021-07-08", mention.When.ToString());
        Assert.Equal("July 8", mention.CueText);
        Assert.Equal("r41", mention.Check?.Event.Id);
    }

    [Fact]
    public void Undated_001_leaves_nothing_resolved_against_a_date_it_does_not_have()
    {
        Assert.False(_corpus["001"].Metadata.Published.IsKnown);
        var expressions = Timeline.ExpressionsOf("001");
        Assert.All(expressions.Where(e => e.Form == TemporalForm.Relative), e => Assert.Null(e.Interval));
        Assert.DoesNotContain(expressions, e => e.UsesPublicationDate);
    }

    [Fact]
    public void Article_001_was_written_no_earlier_than_the_New_York_Times_bounty_report()
    {
        var bound = Timeline.BoundOf("001");
        Assert.Equal(new DateOnly(2020, 6, 26), bound.EarliestPossible);
        Assert.Equal("r32", bound.Evidence?.Check?.Event.Id);
        Assert.StartsWith("The New York Times’ latest fake news provocation alleging", bound.EvidenceSentence, StringComparison.Ordinal);
        Assert.Equal("New York Times", bound.Evidence!.Cue.Of(_corpus["001"].Text));
        Assert.True(bound.Evidence.DatedByRecord);
    }

    [Theory]
    [InlineData("000", "2020-06-26")]
    // 002 states "a July 9, 2021 news conference" (a photo caption), a day after its latest recorded event.
    [InlineData("002", "2021-07-09")]
    [InlineData("004", "2017-02-03")]
    public void Dated_articles_are_no_earlier_than_their_latest_recorded_event_or_stated_date(string id, string earliest)
    {
        var bound = Timeline.BoundOf(id);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), bound.EarliestPossible);
        Assert.True(PublishedEnd(id) >= bound.EarliestPossible, $"{id} is dated before an event it mentions");
        // Dates counted from the article's own date would make the argument circular.
        Assert.NotEqual(true, bound.Evidence?.Expression?.UsesPublicationDate);
    }

    private DateOnly PublishedEnd(string id)
    {
        var published = _corpus[id].Metadata.Published.Value!;
        return published.Precision == Metadata.DatePrecision.Month ? published.Date.AddMonths(1).AddDays(-1) : published.Date;
    }

    [Fact]
    public void The_2001_US_invasion_is_one_event_and_the_record_contradicts_003()
    {
        var invasion = Timeline.Events.Single(e => e.Mentions.Any(m => m.ArticleId == "003" && m.SentenceText.Contains("hesitant", StringComparison.Ordinal)));
        Assert.Equal(["001", "003"], invasion.Articles);
        Assert.Equal(2001, invasion.When.Start.Year);
        Assert.Equal(RecordVerdict.Contradicted, invasion.Verdicts["003"]);
        Assert.Equal(RecordVerdict.Agrees, invasion.Verdicts["001"]);
        var told001 = invasion.Mentions.Single(m => m.ArticleId == "001");
        Assert.Equal("9/11", told001.CueText);
        Assert.Equal(DateRelation.After, told001.Relation);
        Assert.Contains("remained neutral", invasion.Mentions.Single(m => m.ArticleId == "003").Check!.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("002", "July 7", "r39", RecordVerdict.Disagrees, 2)]
    [InlineData("002", "this spring", "r37", RecordVerdict.Agrees, 0)]
    [InlineData("004", "the same month", "r17", RecordVerdict.Unverified, 0)]
    [InlineData("003", "1979", "r01", RecordVerdict.Disagrees, 0)]
    [InlineData("001", "late December 1979", "r01", RecordVerdict.Agrees, 0)]
    [InlineData("004", "January 2016", "r13", RecordVerdict.Agrees, 0)]
    public void Mentions_get_the_records_verdict(string id, string wording, string referenceId, RecordVerdict verdict, int daysOff)
    {
        var mention = Timeline.MentionsOf(id).First(m => m.Expression?.Text == wording);
        Assert.Equal(referenceId, mention.Check?.Event.Id);
        Assert.Equal(verdict, mention.Check!.Verdict);
        Assert.Equal(daysOff, mention.Check.DaysOff);
    }

    [Theory]
    [InlineData("002", "July 10")]
    [InlineData("000", "21st-century")]
    [InlineData("002", "Two days after")]
    public void Claims_the_record_does_not_cover_stay_unmatched(string id, string wording) =>
        Assert.Null(Timeline.MentionsOf(id).First(m => m.Expression?.Text == wording).Check);

    [Fact]
    public void Every_expression_and_mention_lies_in_its_sentence()
    {
        foreach (var article in _corpus)
        {
            foreach (var e in Timeline.ExpressionsOf(article.Id))
            {
                Assert.True(article.Sentences[e.SentenceIndex].Span.Contains(e.Span), $"{article.Id}: {e}");
                Assert.Equal(e.Span.Of(article.Text), e.Text);
                Assert.False(e.Span.IsEmpty);
            }
            foreach (var m in Timeline.MentionsOf(article.Id))
            {
                Assert.Equal(article.Sentences[m.SentenceIndex].Span, m.Sentence);
                Assert.True(m.Sentence.Contains(m.Clause) && m.Clause.Contains(m.Cue), $"{article.Id}: {m}");
            }
        }
    }

    [Fact]
    public void The_record_has_47_sourced_events_with_verdicts_for_real_articles()
    {
        var record = Timeline.Reference;
        Assert.Equal(47, record.Count);
        Assert.All(record, r =>
        {
            Assert.NotEmpty(r.Sources);
            Assert.All(r.Sources, s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
            Assert.All(r.Verdicts, v => Assert.Contains(v.ArticleId, _corpus.Select(a => a.Id)));
            Assert.NotEmpty(r.KeyTerms);
        });
        Assert.Equal(["r06", "r07"], record.Where(r => r.VerdictFor("003")?.Verdict == RecordVerdict.Contradicted && r.When.Start.Year == 2001).Select(r => r.Id));
    }

    [Fact]
    public void Verdicts_come_from_the_record_file_not_the_code()
    {
        string folder = Path.Combine(Path.GetTempPath(), "medialit-record-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string csv = File.ReadAllText(Path.Combine(_corpus.DataDirectory, ReferenceTimeline.FileName));
            File.WriteAllText(Path.Combine(folder, ReferenceTimeline.FileName), csv.Replace("003=contradicted:", "003=agree:", StringComparison.Ordinal));
            var timeline = TimelineAnalysis.Build(_corpus.ToList(), TimelineAnalysis.LexiconFor(_corpus.DataDirectory), ReferenceTimeline.Load(folder));
            var invasion = timeline.Events.Single(e => e.Mentions.Any(m => m.ArticleId == "003" && m.SentenceText.Contains("hesitant", StringComparison.Ordinal)));
            Assert.Equal(RecordVerdict.Agrees, invasion.Verdicts["003"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("id,start\n", "header")]
    [InlineData("HEADER\nr01,1979-12-24,1979-12-27,day,e,k,,,S <http://x>\n", "Line 2: it has 9 fields")]
    [InlineData("HEADER\nr01,1979-13-24,1979-12-27,day,e,k,,,S <http://x>,\n", "not a date")]
    [InlineData("HEADER\nr01,1979-12-24,1979-12-27,day,e,k,,003=wrong: x,S <http://x>,\n", "verdict \"wrong\"")]
    [InlineData("HEADER\nr01,1979-12-24,1979-12-27,day,e,k,,,no address,\n", "Outlet <url>")]
    [InlineData("HEADER\nr01,1979-12-24,1979-12-27,day,\"e,k,,,S <http://x>,\n", "never closes")]
    public void A_broken_record_file_is_an_error_naming_the_problem(string content, string expected)
    {
        string folder = Path.Combine(Path.GetTempPath(), "medialit-record-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            const string header = "id,start,end,precision,event,key_terms,named_by,verdicts,sources,note";
            File.WriteAllText(Path.Combine(folder, ReferenceTimeline.FileName), content.Replace("HEADER", header, StringComparison.Ordinal));
            var error = Assert.Throws<CorpusException>(() => ReferenceTimeline.Load(folder));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Tables_and_chart_data_hold_one_row_per_item()
    {
        Assert.Equal(Timeline.Expressions.Values.Sum(e => e.Count), Timeline.ExpressionTable().Rows.Count);
        Assert.Equal(Timeline.Mentions.Count, Timeline.MentionTable().Rows.Count);
        var chart = Timeline.Chart();
        int n = chart.Row.Length;
        Assert.All(new[] { chart.Start.Length, chart.End.Length, chart.Label.Length, chart.Hover.Length, chart.Verdict.Length }, l => Assert.Equal(n, l));
        Assert.Equal(47, chart.Row.Count(r => r == "record"));
        Assert.Equal(Timeline.Mentions.Count, n - 47);
        Assert.All(Enumerable.Range(0, n), i => Assert.True(chart.Start[i] <= chart.End[i]));
        Assert.Equal(5, Timeline.BoundTable().Rows.Count);
    }

    [Fact]
    public void The_2001_comparison_shows_both_accounts_beside_the_record_and_its_sources()
    {
        var text = Timeline.Compare("r07").ToTable().ToPlainText();
        Assert.Contains("hesitant to support the US invasion", text, StringComparison.Ordinal);
        Assert.Contains("supported by Russia", text, StringComparison.Ordinal);
        Assert.Contains("contradicted", text, StringComparison.Ordinal);
        // Putin's statement of 24 September 2001 sits beside the strikes: the record 003 is held against.
        Assert.Contains("BBC News <http://news.bbc.co.uk", text, StringComparison.Ordinal);
        Assert.Equal(["r06", "r07"], Timeline.Compare("r07").Record.Select(r => r.Id));
        using var html = new StringWriter();
        Assert.True(new MediaLitFormatterSource().CreateTypeFormatters().OfType<MediaLitFormatter>().First(f => f.MimeType == "text/html").Format(Timeline.Compare("r07"), html));
        Assert.Contains("<table>", html.ToString(), StringComparison.Ordinal);
    }
}
