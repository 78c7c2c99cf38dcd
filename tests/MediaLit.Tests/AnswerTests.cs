using MediaLit.Exercises;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>Answers in any common form are read; a malformed one gets a hint on how to write it.</summary>
public sealed class AnswerTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Timeline _timeline = fixture.Corpus.Timeline();

    [Theory]
    [InlineData("2020-06-26")]
    [InlineData("26 June 2020")]
    [InlineData("26th June 2020")]
    [InlineData("June 26, 2020")]
    [InlineData("Jun 26 2020")]
    [InlineData("\"2020/06/26\"")]
    [InlineData(" “26 Jun 2020” ")]
    public void A_day_is_read_in_any_common_form(string answer) => Assert.Equal(new DateOnly(2020, 6, 26), Answers.Date(answer));

    [Theory]
    [InlineData("2016-12")]
    [InlineData("December 2016")]
    [InlineData("Dec 2016")]
    [InlineData("12/2016")]
    [InlineData("'2016-12'")]
    public void A_month_is_read_in_any_common_form(string answer) => Assert.Equal((2016, 12), Answers.Month(answer));

    [Theory]
    [InlineData("last year")]
    [InlineData("2020-13-40")]
    [InlineData("26/06/2020")] // day and month order is ambiguous in numbers: asked for again, not guessed
    public void What_is_not_a_date_is_not_guessed(string answer) => Assert.Null(Answers.Date(answer));

    [Theory]
    [InlineData("December 2016", Verdict.Right)]
    [InlineData("2016-12", Verdict.Right)]
    [InlineData("2017-12", Verdict.Wrong)]
    [InlineData("", Verdict.NotAnswered)]
    [InlineData("\"\"", Verdict.NotAnswered)]
    public void Exercise_2_1_reads_the_month_in_any_form(string answer, Verdict verdict) =>
        Assert.Equal(verdict, TimelineExercises.CheckDecemberLastYear(_timeline, answer).Verdict);

    [Fact]
    public void Exercise_2_1_tells_a_malformed_answer_how_to_write_a_month()
    {
        var feedback = TimelineExercises.CheckDecemberLastYear(_timeline, "the winter before");
        Assert.Equal(Verdict.Wrong, feedback.Verdict);
        Assert.Contains("Write it like 2019-03 or March 2019", feedback.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26 June 2020", Verdict.Right)]
    [InlineData("2020-06-26", Verdict.Right)]
    [InlineData("13 July 2020", Verdict.PartlyRight)]
    [InlineData("2020-06-01", Verdict.Wrong)]
    [InlineData("2021-01-01", Verdict.Wrong)]
    [InlineData("sometime in 2020", Verdict.Wrong)]
    [InlineData(null, Verdict.NotAnswered)]
    public void Exercise_2_3_accepts_the_lower_limit_and_half_credits_the_july_inference(string? answer, Verdict verdict)
    {
        var feedback = TimelineExercises.CheckEarliest001(_timeline, answer);
        Assert.Equal(verdict, feedback.Verdict);
        // Feedback never gives the answer away.
        Assert.DoesNotContain("2020-06-26", feedback.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("26 June", feedback.Message, StringComparison.Ordinal);
    }
}
