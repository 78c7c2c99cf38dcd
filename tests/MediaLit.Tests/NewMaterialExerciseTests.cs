using MediaLit.Articles;
using MediaLit.Cases;
using MediaLit.Exercises;
using MediaLit.Html;

namespace MediaLit.Tests;

/// <summary>
/// Issue #15 item 1: the exercises that apply a lesson's method to new texts (data/exercises/). Every check gets a
/// right, a partly right (where the answer has parts), a wrong and a malformed answer; its feedback never holds the
/// answer; and with missing, malformed or changed material it says "cannot check", never throws.
/// </summary>
public sealed class NewMaterialExerciseTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static ArticleCase SampleCase(Corpus corpus) =>
        corpus.Case(ArticleLoader.FromFile(Path.Combine(TestPaths.DataDirectory, "samples", "russia-recognises-taliban.html"), corpus.Rules));

    /// <summary>Each new check by its exercise number, as the lessons call it.</summary>
    private static Feedback Run(string exercise, Corpus corpus, string? answer) => exercise switch
    {
        "00.3" => StartHereExercises.CheckFurnitureLines(corpus, answer),
        "00.4" => StartHereExercises.CheckWhoWrote(corpus, answer),
        "01.4" => SourcingExercises.CheckSourceKinds(corpus, answer),
        "01.5" => SourcingExercises.CheckWhoCopied(corpus, answer),
        "02.4" => TimelineExercises.CheckLastMonth(corpus, answer),
        "02.5" => TimelineExercises.CheckEarliestNote(corpus, answer),
        "03.4" => NarrativeExercises.CheckLoadedWord(corpus, answer),
        "03.5" => NarrativeExercises.CheckNewStances(corpus, answer),
        "04.3" => EvidenceExercises.CheckGrade(corpus, answer),
        "04.4" => EvidenceExercises.CheckHedges(corpus, answer),
        "05.3" => CapstoneExercises.CheckIndependent(corpus, SampleCase(corpus), answer),
        "05.4" => CapstoneExercises.CheckOwnAssertions(corpus, answer),
        _ => throw new ArgumentOutOfRangeException(nameof(exercise)),
    };

    public static TheoryData<string> Exercises() => new("00.3", "00.4", "01.4", "01.5", "02.4", "02.5", "03.4", "03.5", "04.3", "04.4", "05.3", "05.4");

    [Theory]
    // Right, in the forms students write.
    [InlineData("00.3", "1, 3, 6, 7, 8", Verdict.Right)]
    [InlineData("00.3", "8 7 6 3 1", Verdict.Right)]
    [InlineData("00.3", "1, 3, 6", Verdict.PartlyRight)]
    [InlineData("00.3", "1, 2, 3, 6, 7, 8", Verdict.PartlyRight)]
    [InlineData("00.3", "4, 5", Verdict.Wrong)]
    [InlineData("00.4", "A", Verdict.Right)]
    [InlineData("00.4", "\"a\"", Verdict.Right)]
    [InlineData("00.4", "A, B", Verdict.PartlyRight)]
    [InlineData("00.4", "C", Verdict.Wrong)]
    [InlineData("01.4", "own, named official, anonymous, outlet", Verdict.Right)]
    [InlineData("01.4", "none; SourceKind.NamedOfficial; unnamed group; journalist or outlet", Verdict.Right)]
    [InlineData("01.4", "own, named official, institution, outlet", Verdict.PartlyRight)]
    [InlineData("01.4", "anonymous, document, own, expert", Verdict.Wrong)]
    [InlineData("01.5", "A 2", Verdict.Right)]
    [InlineData("01.5", "text a, sentence 2", Verdict.Right)]
    [InlineData("01.5", "A 1", Verdict.PartlyRight)]
    [InlineData("01.5", "B 1", Verdict.Wrong)]
    [InlineData("02.4", "October 2021", Verdict.Right)]
    [InlineData("02.4", "2021-10", Verdict.Right)]
    [InlineData("02.4", "2021-09", Verdict.Wrong)]
    [InlineData("02.4", "2025-10", Verdict.Wrong)]
    [InlineData("02.5", "17 April 2025", Verdict.Right)]
    [InlineData("02.5", "2025-04-17", Verdict.Right)]
    [InlineData("02.5", "April 2025", Verdict.PartlyRight)]
    [InlineData("02.5", "2021-08-15", Verdict.Wrong)]
    [InlineData("03.4", "dangerous", Verdict.Right)]
    [InlineData("03.4", "\"Dangerous\"", Verdict.Right)]
    [InlineData("03.4", "dangerous, gamble", Verdict.PartlyRight)]
    [InlineData("03.4", "gamble", Verdict.Wrong)]
    [InlineData("03.5", "attributes, denies", Verdict.Right)]
    [InlineData("03.5", "Stance.Denies, Stance.AttributesToSource", Verdict.Right)]
    [InlineData("03.5", "denies", Verdict.PartlyRight)]
    [InlineData("03.5", "asserts, reports a denial", Verdict.Wrong)]
    [InlineData("04.3", "F3 B", Verdict.Right)]
    [InlineData("04.3", "f-3, b", Verdict.Right)]
    [InlineData("04.3", "F2 B", Verdict.PartlyRight)]
    [InlineData("04.3", "C3", Verdict.PartlyRight)]
    [InlineData("04.3", "A1 C", Verdict.Wrong)]
    [InlineData("04.4", "may, probably, reportedly, seems", Verdict.Right)]
    [InlineData("04.4", "Seems, May, Reportedly and Probably", Verdict.Right)]
    [InlineData("04.4", "may, probably", Verdict.PartlyRight)]
    [InlineData("04.4", "influence, listen", Verdict.Wrong)]
    [InlineData("05.3", "B", Verdict.Right)]
    [InlineData("05.3", "(b)", Verdict.Right)]
    [InlineData("05.3", "A", Verdict.Wrong)]
    [InlineData("05.4", "1, 3, 5", Verdict.Right)]
    [InlineData("05.4", "[5] [3] [1]", Verdict.Right)]
    [InlineData("05.4", "1, 3", Verdict.PartlyRight)]
    [InlineData("05.4", "2, 4", Verdict.Wrong)]
    public void Each_check_gives_the_verdict_the_answer_deserves(string exercise, string answer, Verdict expected)
    {
        var feedback = Run(exercise, _corpus, answer);
        Assert.True(expected == feedback.Verdict, $"{exercise} '{answer}': {feedback}");
        Assert.StartsWith(exercise + " ", feedback.Exercise, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void A_blank_answer_is_not_answered(string exercise)
    {
        Assert.Equal(Verdict.NotAnswered, Run(exercise, _corpus, "\n").Verdict);
        Assert.Equal(Verdict.NotAnswered, Run(exercise, _corpus, null).Verdict);
    }

    [Theory]
    [InlineData("00.3", "lines one and three", "numbers of the lines")]
    [InlineData("00.4", "the first", "letters of the snippets")]
    [InlineData("01.4", "official, a man, outlet, own", "one kind per sentence")]
    [InlineData("01.4", "own, outlet", "one kind per sentence")]
    [InlineData("01.5", "the first one", "letter of the report")]
    [InlineData("02.4", "the autumn", "2019-03 or March 2019")]
    [InlineData("02.5", "after Kabul fell", "2019-03-08 or 8 March 2019")]
    [InlineData("03.4", "42", "the word itself")]
    [InlineData("03.5", "it is biased", "stances separated by commas")]
    [InlineData("04.3", "very reliable", "a letter A–F and a digit 1–6")]
    [InlineData("04.3", "F3 X", "only text letters")]
    [InlineData("04.4", "#, ?", "the words themselves")]
    [InlineData("05.3", "independent", "one letter")]
    [InlineData("05.4", "the last one", "numbers of the sentences")]
    public void A_malformed_answer_gets_a_hint_on_how_to_write_it(string exercise, string answer, string hint)
    {
        var feedback = Run(exercise, _corpus, answer);
        Assert.Equal(Verdict.Wrong, feedback.Verdict);
        Assert.Contains(hint, feedback.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00.4", "B", "Varga")]
    [InlineData("01.5", "B 2", "Text A")]
    [InlineData("02.4", "2021-09", "October")]
    [InlineData("02.4", "2021-09", "2021-10")]
    [InlineData("02.5", "April 2025", "17")]
    [InlineData("03.4", "gamble", "dangerous")]
    [InlineData("03.5", "asserts", "attributes")]
    [InlineData("03.5", "asserts", "denies")]
    [InlineData("04.3", "A1 C", "F3")]
    [InlineData("04.4", "may", "probably")]
    [InlineData("04.4", "may", "reportedly")]
    [InlineData("04.4", "may", "seems")]
    public void Feedback_that_is_not_right_never_holds_the_answer(string exercise, string answer, string secret) =>
        Assert.DoesNotContain(secret, Run(exercise, _corpus, answer).Message, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(Exercises))]
    public void The_material_is_shown_with_its_title_and_no_answer_field(string exercise)
    {
        string shown = ExerciseMaterial.Show(_corpus, exercise);
        Assert.StartsWith(exercise + " ", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("reliabilityWhy", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be shown", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_are_numbered_as_the_checks_count_them()
    {
        string shown = ExerciseMaterial.Show(_corpus, "01.4");
        Assert.Contains("[3] Officials said no decision on recognition had been taken.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("[5]", shown, StringComparison.Ordinal);
    }
}

/// <summary>With the exercises' material missing, malformed or changed, every new check says "cannot check" and never throws.</summary>
public sealed class NewMaterialAlteredDataTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "medialit-exercises-" + Guid.NewGuid().ToString("N"));
    private readonly Corpus _corpus;

    public NewMaterialAlteredDataTests()
    {
        Copy(TestPaths.DataDirectory, _root);
        _corpus = Corpus.Load(_root);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (string folder in Directory.GetDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private string Folder => Path.Combine(_root, ExerciseMaterial.FolderName);

    private static readonly string[] Answers = ["1", "A", "own", "A 2", "2021-10", "2025-04-17", "dangerous", "denies", "F3 B", "may", "B", ""];

    private void AssertCannotCheckAll(string what)
    {
        foreach (string exercise in NewMaterialExerciseTests.Exercises())
            foreach (string answer in Answers)
            {
                var feedback = Run(exercise, answer);
                Assert.True(feedback.Verdict == Verdict.CannotCheck, $"{what}: {exercise} '{answer}' gave {feedback}");
                Assert.Contains(ExerciseMaterial.FolderName, feedback.Message, StringComparison.Ordinal);
            }
    }

    private Feedback Run(string exercise, string answer) => exercise == "05.3"
        ? CapstoneExercises.CheckIndependent(_corpus, _corpus.Case(ArticleLoader.FromFile(Path.Combine(_root, "samples", "russia-recognises-taliban.html"), _corpus.Rules)), answer)
        : (Feedback)typeof(NewMaterialExerciseTests).GetMethod("Run", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, [exercise, _corpus, answer])!;

    [Fact]
    public void Without_the_exercises_folder_every_new_check_cannot_check()
    {
        Directory.Delete(Folder, recursive: true);
        AssertCannotCheckAll("no folder");
        Assert.Contains("cannot be shown", ExerciseMaterial.Show(_corpus, "01.4"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_malformed_files_every_new_check_cannot_check()
    {
        foreach (string file in Directory.GetFiles(Folder, "*.json"))
            File.WriteAllText(file, "{ \"01.4\": [ nope");
        AssertCannotCheckAll("malformed JSON");
        foreach (string file in Directory.GetFiles(Folder, "*.json"))
            File.WriteAllText(file, "{\"00.3\": {\"texts\": {\"page\": \"not a list\"}}, \"01.4\": {\"texts\": {}}, \"02.4\": 7}");
        AssertCannotCheckAll("wrong shapes");
    }

    [Fact]
    public void With_texts_in_which_the_analyses_find_nothing_every_new_check_cannot_check()
    {
        // Every text becomes one plain sentence: no furniture, byline, source, date, copy, loaded word, stance or hedge.
        foreach (string file in Directory.GetFiles(Folder, "*.json"))
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            foreach (var (_, entry) in json.Where(p => p.Key != "$comment").ToList())
                foreach (var (label, _) in entry!["texts"]!.AsObject().ToList())
                    entry["texts"]![label] = new System.Text.Json.Nodes.JsonArray($"Heading {label}", $"Weather in {label} was mild.");
            File.WriteAllText(file, json.ToJsonString());
        }
        AssertCannotCheckAll("plain texts");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
