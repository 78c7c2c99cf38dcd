using MediaLit.Articles;
using MediaLit.Cases;
using MediaLit.Evidence;
using MediaLit.Exercises;
using MediaLit.Html;
using MediaLit.Narratives;
using MediaLit.Outlets;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// Issue #15 item 1: the lessons' answers are plain text between raw-string lines. Every exercise on the five
/// articles reads them leniently: right, partly right, wrong, and malformed answers (a hint, never an exception),
/// and altered data gives "cannot check".
/// </summary>
public sealed class TextAnswerTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static Feedback Run(string exercise, Corpus corpus, string? answer) => exercise switch
    {
        "00.1" => StartHereExercises.CheckNoByline(corpus, answer),
        "00.2" => StartHereExercises.CheckLargestRemoval(corpus, answer),
        "01.1" => SourcingExercises.CheckUnidentifiedOutlets(corpus, OutletProfiles.Load(corpus.DataDirectory), answer),
        "01.2" => SourcingExercises.CheckBountySource(corpus, answer),
        "01.3" => SourcingExercises.CheckCopiedFrom(TextReuse.Find(corpus), answer),
        "02.1" => TimelineExercises.CheckDecemberLastYear(corpus.Timeline(), answer),
        "02.2" => TimelineExercises.CheckContradicted2001(corpus.Timeline(), answer),
        "02.3" => TimelineExercises.CheckEarliest001(corpus.Timeline(), answer),
        "03.1" => NarrativeExercises.CheckSelfContradiction(corpus.Narratives(), answer),
        "03.2" => NarrativeExercises.CheckMineralsMotive(corpus.Narratives(), answer),
        "03.3" => NarrativeExercises.CheckRferlStances(corpus.Narratives(), answer),
        "04.1" => EvidenceExercises.CheckMostNamedSources(corpus, answer),
        "04.2" => EvidenceExercises.CheckNonDiagnostic(AchReader.Load(corpus), answer),
        "05.1" => CapstoneExercises.CheckAnonymousSource(Sample(corpus), answer),
        "05.2" => CapstoneExercises.CheckEarliestDate(Sample(corpus), answer),
        _ => throw new ArgumentOutOfRangeException(nameof(exercise)),
    };

    private static ArticleCase Sample(Corpus corpus) =>
        corpus.Case(ArticleLoader.FromFile(Path.Combine(TestPaths.DataDirectory, "samples", "russia-recognises-taliban.html"), corpus.Rules));

    [Theory]
    [InlineData("00.1", "001, 002, 003", Verdict.Right)]
    [InlineData("00.1", "\"003\" \"001\" \"002\"", Verdict.Right)]
    [InlineData("00.1", "1, 2 and 3", Verdict.Right)]
    [InlineData("00.1", "new[] { \"001\", \"002\", \"003\" }", Verdict.Right)]
    [InlineData("00.1", "001, 004", Verdict.PartlyRight)]
    [InlineData("00.1", "000, 004", Verdict.Wrong)]
    [InlineData("00.2", "disclaimer", Verdict.Right)]
    [InlineData("00.2", "\"Disclaimer\"", Verdict.Right)]
    [InlineData("00.2", "author-box", Verdict.Wrong)]
    [InlineData("01.1", "004 001", Verdict.Right)]
    [InlineData("01.1", "001", Verdict.PartlyRight)]
    [InlineData("01.1", "002", Verdict.Wrong)]
    [InlineData("01.2", "anonymous", Verdict.Right)]
    [InlineData("01.2", "SourceKind.AnonymousGroup", Verdict.Right)]
    [InlineData("01.2", "Unnamed group", Verdict.Right)]
    [InlineData("01.2", "named official", Verdict.Wrong)]
    [InlineData("01.3", "000", Verdict.Right)]
    [InlineData("01.3", "0", Verdict.Right)]
    [InlineData("01.3", "002", Verdict.Wrong)]
    [InlineData("02.1", "December 2016", Verdict.Right)]
    [InlineData("02.1", "2017-12", Verdict.Wrong)]
    [InlineData("02.2", "003", Verdict.Right)]
    [InlineData("02.2", "\"3\"", Verdict.Right)]
    [InlineData("02.2", "001", Verdict.Wrong)]
    [InlineData("02.3", "26 June 2020", Verdict.Right)]
    [InlineData("02.3", "13 July 2020", Verdict.PartlyRight)]
    [InlineData("02.3", "2020-01-01", Verdict.Wrong)]
    [InlineData("03.1", "001", Verdict.Right)]
    [InlineData("03.1", "000", Verdict.Wrong)]
    [InlineData("03.2", "003 and 004", Verdict.Right)]
    [InlineData("03.2", "004", Verdict.PartlyRight)]
    [InlineData("03.2", "000", Verdict.Wrong)]
    [InlineData("03.3", "attributes, reports a denial", Verdict.Right)]
    [InlineData("03.3", "Stance.ReportsDenial, Stance.AttributesToSource", Verdict.Right)]
    [InlineData("03.3", "reports denial", Verdict.PartlyRight)]
    [InlineData("03.3", "asserts", Verdict.Wrong)]
    [InlineData("04.1", "002", Verdict.Right)]
    [InlineData("04.1", "004", Verdict.Wrong)]
    [InlineData("04.2", "e2, E4", Verdict.Right)]
    [InlineData("04.2", "\"E4\"", Verdict.PartlyRight)]
    [InlineData("04.2", "E1", Verdict.Wrong)]
    [InlineData("05.1", "\"Critics\"", Verdict.Right)]
    [InlineData("05.1", "the AP", Verdict.Wrong)]
    [InlineData("05.2", "3 July 2025", Verdict.Right)]
    [InlineData("05.2", "2026-11-21", Verdict.Wrong)]
    public void Text_answers_in_any_common_form_get_the_verdict_they_deserve(string exercise, string answer, Verdict expected)
    {
        var feedback = Run(exercise, _corpus, answer);
        Assert.True(expected == feedback.Verdict, $"{exercise} '{answer}': {feedback}");
    }

    [Theory]
    [InlineData("00.1")]
    [InlineData("00.2")]
    [InlineData("01.1")]
    [InlineData("01.2")]
    [InlineData("01.3")]
    [InlineData("02.1")]
    [InlineData("02.2")]
    [InlineData("02.3")]
    [InlineData("03.1")]
    [InlineData("03.2")]
    [InlineData("03.3")]
    [InlineData("04.1")]
    [InlineData("04.2")]
    [InlineData("05.1")]
    [InlineData("05.2")]
    public void The_empty_raw_string_of_a_committed_lesson_is_no_answer_yet(string exercise) =>
        Assert.Equal(Verdict.NotAnswered, Run(exercise, _corpus, "").Verdict);

    [Theory]
    [InlineData("01.2", "a man in a suit", "kind of source")]
    [InlineData("01.3", "000, 002", "one article id")]
    [InlineData("02.2", "the first and the last", "one article id")]
    [InlineData("03.1", "001 002", "one article id")]
    [InlineData("03.3", "neutral", "stances separated by commas")]
    [InlineData("04.1", "two", "one article id")]
    [InlineData("05.2", "summer 2025", "2019-03-08 or 8 March 2019")]
    public void A_malformed_answer_gets_a_hint_on_how_to_write_it_never_an_exception(string exercise, string answer, string hint)
    {
        var feedback = Run(exercise, _corpus, answer);
        Assert.Equal(Verdict.Wrong, feedback.Verdict);
        Assert.Contains(hint, feedback.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00.1", "000", "001")]
    [InlineData("01.1", "000", "004")]
    [InlineData("01.2", "named official", "anonymous")]
    [InlineData("02.2", "001", "003")]
    [InlineData("03.2", "004", "003")]
    [InlineData("04.2", "E2", "E4")]
    public void Feedback_that_is_not_right_never_holds_the_answer(string exercise, string answer, string secret) =>
        Assert.DoesNotContain(secret, Run(exercise, _corpus, answer).Message, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void With_articles_left_out_the_checks_that_read_them_cannot_check()
    {
        // 000 alone: a byline, an identified outlet, no copy, no 001, 002, 003 or 004.
        using var folder = OneArticle("000");
        var one = Corpus.Load(folder.Root);
        foreach (string exercise in new[] { "00.1", "01.1", "01.2", "01.3", "02.1", "02.2", "02.3", "03.1", "03.3" })
            foreach (string answer in new[] { "001", "" })
                Assert.True(Run(exercise, one, answer).Verdict == Verdict.CannotCheck, $"{exercise} '{answer}': {Run(exercise, one, answer)}");
    }

    [Fact]
    public void Without_article_000_its_furniture_cannot_be_checked()
    {
        using var folder = OneArticle("001");
        Assert.Equal(Verdict.CannotCheck, StartHereExercises.CheckLargestRemoval(Corpus.Load(folder.Root), "disclaimer").Verdict);
    }

    /// <summary>A data folder with the pack's word lists and records and only one of its articles.</summary>
    private static TempDataFolder OneArticle(string id)
    {
        var folder = new TempDataFolder();
        string file = Path.GetFileName(Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, "articles"), id + "_*.txt").Single());
        folder.CopySeed(id, file);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.DataDirectory, "articles.json")))!;
        manifest["articles"] = new System.Text.Json.Nodes.JsonArray(manifest["articles"]!.AsArray().Where(a => a!["id"]!.GetValue<string>() == id).Select(a => a!.DeepClone()).ToArray());
        folder.WriteManifest(manifest.ToJsonString());
        foreach (string sub in new[] { "lexicons", "claims", "ach" })
        {
            Directory.CreateDirectory(Path.Combine(folder.Root, sub));
            foreach (string data in Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, sub)))
                File.Copy(data, Path.Combine(folder.Root, sub, Path.GetFileName(data)));
        }
        foreach (string data in new[] { "outlets.json", "reference-timeline.csv", "rubric.json" })
            File.Copy(Path.Combine(TestPaths.DataDirectory, data), Path.Combine(folder.Root, data));
        return folder;
    }
}

/// <summary>The readers <see cref="Answers"/> adds for lists, choices, kinds of source, stances and grades.</summary>
public sealed class AnswerReaderTests
{
    [Theory]
    [InlineData("001, 004", new[] { "001", "004" })]
    [InlineData("\"001\", \"004\"", new[] { "001", "004" })]
    [InlineData("1 and 4", new[] { "001", "004" })]
    [InlineData("{ \"004\" ; '001' }", new[] { "004", "001" })]
    [InlineData("e2\nE4", new[] { "E2", "E4" })]
    [InlineData("", new string[0])]
    public void Ids_are_read_with_or_without_quotes_and_in_any_list_form(string answer, string[] ids) => Assert.Equal(ids, Answers.Ids(answer));

    [Theory]
    [InlineData("B", 'B')]
    [InlineData("(b)", 'B')]
    [InlineData("text b", 'B')]
    [InlineData("b.", 'B')]
    public void A_choice_letter_is_read_in_any_common_form(string answer, char letter) => Assert.Equal(letter, Answers.Choice(answer, "AB"));

    [Theory]
    [InlineData("C")]
    [InlineData("A, B")]
    [InlineData("both")]
    public void What_is_not_one_offered_letter_is_not_a_choice(string answer) => Assert.Null(Answers.Choice(answer, "AB"));

    [Theory]
    [InlineData("named official", "NamedOfficial")]
    [InlineData("Anonymous", "AnonymousGroup")]
    [InlineData("SourceKind.JournalistOrOutlet", "JournalistOrOutlet")]
    [InlineData("news agency", "JournalistOrOutlet")]
    [InlineData("none", "own")]
    [InlineData("document", "Document")]
    [InlineData("a friend", null)]
    public void Kinds_of_source_are_read_in_plain_words(string answer, string? kind) => Assert.Equal(kind, Answers.KindOfSource(answer));

    [Theory]
    [InlineData("reports a denial", Stance.ReportsDenial)]
    [InlineData("Stance.AttributesToSource", Stance.AttributesToSource)]
    [InlineData("denies", Stance.Denies)]
    [InlineData("asserts", Stance.Asserts)]
    public void Stances_are_read_in_plain_words(string answer, Stance stance) => Assert.Equal(stance, Answers.StanceOf(answer));

    [Theory]
    [InlineData("F3", 'F', 3)]
    [InlineData("c 2, because", 'C', 2)]
    [InlineData("\"b-1\"", 'B', 1)]
    public void Admiralty_grades_are_read_in_any_common_form(string answer, char letter, int digit) => Assert.Equal((letter, digit), Answers.Grade(answer));

    [Theory]
    [InlineData("G3")]
    [InlineData("F7")]
    [InlineData("reliable")]
    public void What_is_not_a_grade_is_not_guessed(string answer) => Assert.Null(Answers.Grade(answer));

    [Fact]
    public void Numbers_that_are_not_numbers_are_refused()
    {
        Assert.Equal([1, 3, 5], Answers.Numbers("1, 3 and 5"));
        Assert.Equal([5, 3], Answers.Numbers("[5] [3]"));
        Assert.Null(Answers.Numbers("one, three"));
    }
}
