using MediaLit.Articles;
using MediaLit.Exercises;
using MediaLit.Narratives;

namespace MediaLit.Tests;

public sealed class ExerciseTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Theory]
    [InlineData(new string[0], Verdict.NotAnswered)]
    [InlineData(new[] { "a", "b" }, Verdict.Right)]
    [InlineData(new[] { "b", "a", "a" }, Verdict.Right)]
    [InlineData(new[] { "a" }, Verdict.PartlyRight)]
    [InlineData(new[] { "a", "b", "c" }, Verdict.PartlyRight)]
    [InlineData(new[] { "c" }, Verdict.Wrong)]
    public void Set_answers_get_the_verdict_they_deserve(string[] answer, Verdict expected) =>
        Assert.Equal(expected, Check.Set("t", ["a", "b"], answer, "why", "hint").Verdict);

    [Fact]
    public void A_null_set_answer_is_not_answered() =>
        Assert.Equal(Verdict.NotAnswered, Check.Set<string>("t", ["a"], null, "why", "hint").Verdict);

    [Theory]
    [InlineData("a")]
    [InlineData("a,c")]
    [InlineData("c")]
    public void Feedback_never_reveals_a_missing_answer(string answer)
    {
        var feedback = Check.Set("t", ["a", "secret-answer"], answer.Split(','), "why", "hint");
        Assert.DoesNotContain("secret-answer", feedback.Message);
    }

    [Theory]
    [InlineData(null, Verdict.NotAnswered)]
    [InlineData("  ", Verdict.NotAnswered)]
    [InlineData("Disclaimer ", Verdict.Right)]
    [InlineData("share-prompt", Verdict.Wrong)]
    public void Value_answers_ignore_case_and_spaces(string? answer, Verdict expected) =>
        Assert.Equal(expected, Check.Value("t", "disclaimer", answer, "why", "hint").Verdict);

    [Fact]
    public void Zero_is_an_answer_not_a_blank() =>
        Assert.Equal(Verdict.Wrong, Check.Value("t", 3, 0, "why", "hint").Verdict);

    [Fact]
    public void Articles_without_a_byline_are_001_002_and_003()
    {
        Assert.True(StartHereExercises.CheckNoByline(_corpus, ["001", "002", "003"]).IsRight);
        Assert.Equal(Verdict.PartlyRight, StartHereExercises.CheckNoByline(_corpus, ["001", "004"]).Verdict);
    }

    [Fact]
    public void The_disclaimer_is_the_largest_piece_of_furniture_in_000()
    {
        // 000's footer: the disclaimer plus the fair-use notice and media contact, read from the raw file.
        Assert.True(StartHereExercises.CheckLargestRemoval(_corpus, "disclaimer").IsRight);
        Assert.False(StartHereExercises.CheckLargestRemoval(_corpus, "author-box").IsRight);
    }
}

public sealed class SourcingExerciseTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void The_unidentified_outlets_are_those_of_001_and_004()
    {
        var outlets = MediaLit.Outlets.OutletProfiles.Load(_corpus.DataDirectory);
        Assert.True(SourcingExercises.CheckUnidentifiedOutlets(_corpus, outlets, ["004", "001"]).IsRight);
        Assert.Equal(Verdict.PartlyRight, SourcingExercises.CheckUnidentifiedOutlets(_corpus, outlets, ["001"]).Verdict);
    }

    [Fact]
    public void The_bounty_claim_in_001_comes_from_an_anonymous_group()
    {
        Assert.True(SourcingExercises.CheckBountySource(_corpus, MediaLit.Sourcing.SourceKind.AnonymousGroup).IsRight);
        Assert.Equal(Verdict.Wrong, SourcingExercises.CheckBountySource(_corpus, MediaLit.Sourcing.SourceKind.NamedOfficial).Verdict);
        Assert.Equal(Verdict.NotAnswered, SourcingExercises.CheckBountySource(_corpus, null).Verdict);
    }

    [Fact]
    public void Article_001_copied_from_000()
    {
        var reuse = MediaLit.Reuse.TextReuse.Find(_corpus);
        Assert.True(SourcingExercises.CheckCopiedFrom(reuse, "000").IsRight);
        Assert.False(SourcingExercises.CheckCopiedFrom(reuse, "002").IsRight);
    }
}

/// <summary>
/// Issue #17: lesson 03's checks with altered data (an extra article, a missing one) give feedback, never an
/// exception. A copy of 001 under another id makes two articles contradict themselves on the bounty claim.
/// </summary>
public sealed class NarrativeExerciseAlteredDataTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private NarrativeReport With(params Article[] articles) => _corpus.Narratives(articles);

    [Fact]
    public void Two_self_contradicting_articles_accept_either_and_never_throw()
    {
        var copy = _corpus.Read("001-copy", _corpus["001"].RawText);
        var narratives = With([.. _corpus, copy]);
        var right = NarrativeExercises.CheckSelfContradiction(narratives, "001-copy");
        Assert.Equal(Verdict.Right, right.Verdict);
        Assert.Contains("look for the others", right.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Right, NarrativeExercises.CheckSelfContradiction(narratives, "001").Verdict);
        Assert.Equal(Verdict.Wrong, NarrativeExercises.CheckSelfContradiction(narratives, "002").Verdict);
        Assert.Equal(Verdict.NotAnswered, NarrativeExercises.CheckSelfContradiction(narratives, " ").Verdict);
    }

    [Fact]
    public void No_self_contradicting_article_cannot_be_checked()
    {
        var feedback = NarrativeExercises.CheckSelfContradiction(With([.. _corpus.Where(a => a.Id != "001")]), "001");
        Assert.Equal(Verdict.CannotCheck, feedback.Verdict);
        Assert.Contains("Corpus.Load()", feedback.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_002_its_stances_cannot_be_checked()
    {
        var feedback = NarrativeExercises.CheckRferlStances(With([.. _corpus.Where(a => a.Id != "002")]), [Stance.ReportsDenial]);
        Assert.Equal(Verdict.CannotCheck, feedback.Verdict);
    }

    [Fact]
    public void Without_the_minerals_articles_the_motive_cannot_be_checked()
    {
        var shipped = _corpus.Narratives();
        var mentioning = shipped.Claims.ForClaim("minerals").Where(c => c.Mentions).Select(c => c.Article.Id).ToHashSet();
        var feedback = NarrativeExercises.CheckMineralsMotive(With([.. _corpus.Where(a => !mentioning.Contains(a.Id))]), ["003"]);
        Assert.Equal(Verdict.CannotCheck, feedback.Verdict);
    }

    [Fact]
    public void Cannot_check_feedback_is_shown_as_such()
    {
        var feedback = NarrativeExercises.CheckSelfContradiction(With([.. _corpus.Where(a => a.Id != "001")]), "001");
        Assert.StartsWith("03.1 An article that contradicts itself: ⚠ Cannot check.", feedback.ToString(), StringComparison.Ordinal);
    }
}
