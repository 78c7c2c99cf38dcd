using System.Text.Json.Nodes;
using MediaLit.Notebooks.Authoring;
using MediaLit.Notebooks.Grading;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// A class of lesson-00 notebooks, each one a way students really hand work in: all right, a wrong answer, not a
/// notebook, another kernel, a deleted and a moved cell, a cell that never ends, an exception. Every one is
/// reported for itself and none stops the run.
/// </summary>
public sealed class GradebookTests : IClassFixture<GradebookTests.ClassFixture>
{
    private const string Lesson = "00-start-here.ipynb";
    private readonly ClassReport _report;
    private readonly string _output;

    public GradebookTests(ClassFixture fixture)
    {
        _report = fixture.Report;
        _output = fixture.Output;
    }

    private GradedNotebook Of(string student) => _report.Notebooks.Single(n => n.Student == student);

    private static string Verdict(GradedNotebook n, string exercise) => n.Exercises.Single(e => e.Id == exercise).Verdict;

    [Fact]
    public void A_student_with_the_teachers_answers_is_right_on_every_exercise_and_their_reflection_is_collected()
    {
        var alice = Of("alice");
        Assert.Null(alice.Problem);
        Assert.Equal(["00.1", "00.2", "00.3", "00.4"], alice.Exercises.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(alice.Exercises, e => Assert.Equal("right", e.Verdict));
        Assert.Equal("Bylines help, <script>alert(1)</script> but so does \"who pays\".", alice.Answers.Single(a => a.Id == "00.R1").Text);
        Assert.Equal("", alice.Answers.Single(a => a.Id == "00.R2").Text);
    }

    [Fact]
    public void A_wrong_answer_is_not_yet_and_an_untouched_exercise_has_no_answer()
    {
        var bob = Of("bob");
        Assert.Equal("not yet", Verdict(bob, "00.1"));
        Assert.Equal("no answer", Verdict(bob, "00.2"));
    }

    [Theory]
    [InlineData("carol", "malformed JSON")]
    [InlineData("dave", "kernelspec name is 'python3'")]
    public void A_file_that_cannot_run_is_reported_for_itself(string student, string problem)
    {
        var graded = Of(student);
        Assert.Contains(problem, graded.Problem, StringComparison.Ordinal);
        Assert.Empty(graded.Exercises);
    }

    [Fact]
    public void A_deleted_cell_is_named_and_a_moved_one_still_grades()
    {
        var erin = Of("erin");
        Assert.Equal("cell deleted", Verdict(erin, "00.2"));
        Assert.Equal("right", Verdict(erin, "00.1"));
    }

    [Fact]
    public void A_cell_that_never_ends_is_stopped_and_the_cells_after_it_are_reported_as_not_run()
    {
        var frank = Of("frank");
        Assert.Contains("did not finish", frank.Problem, StringComparison.Ordinal);
        Assert.Equal("not run", Verdict(frank, "00.2"));
    }

    [Fact]
    public void An_exception_in_an_exercise_cell_is_a_failed_exercise_with_its_message()
    {
        var gina = Of("gina");
        Assert.Equal("failed", Verdict(gina, "00.1"));
        Assert.Contains("oops", gina.Exercises.Single(e => e.Id == "00.1").Feedback, StringComparison.Ordinal);
        Assert.Equal("no answer", Verdict(gina, "00.2"));
    }

    [Fact]
    public void The_csv_and_the_page_hold_every_student_with_student_text_escaped()
    {
        string csv = File.ReadAllText(Path.Combine(_output, "gradebook.csv"));
        foreach (string student in new[] { "alice", "bob", "carol", "dave", "erin", "frank", "gina" })
            Assert.Contains($"\"{student}\",\"{Lesson}\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"alice\",\"00-start-here.ipynb\",\"00.1\"", csv, StringComparison.Ordinal);
        string answers = File.ReadAllText(Path.Combine(_output, "answers.csv"));
        Assert.Contains("\"\"who pays\"\"", answers, StringComparison.Ordinal);
        string page = File.ReadAllText(Path.Combine(_output, "gradebook.html"));
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    /// <summary>Builds the class's submissions from lesson 00 and grades them once for all the tests.</summary>
    public sealed class ClassFixture
    {
        public ClassFixture()
        {
            string root = TempFolders.New("medialit-class-");
            string submissions = Path.Combine(root, "submissions");
            Output = Path.Combine(root, "report");
            var lesson = NotebookReader.Read(Path.Combine(TestPaths.NotebooksFolder, Lesson)).Json;
            var solutions = Solutions.Load(Path.Combine(TestPaths.RepositoryRoot, Solutions.RelativePath));
            var ids = solutions.For(Lesson).Keys.ToList(); // 00.1's cell, then 00.2's

            var alice = TeacherEdition.Make(lesson, Lesson, solutions);
            SetAnswer(alice, "00.R1", "Bylines help, <script>alert(1)</script> but so does \"who pays\".");
            Save(submissions, "alice", alice);
            Save(submissions, "bob", ReplaceTodo(lesson, ids[0], "answer = \"004\";"));
            Directory.CreateDirectory(Path.Combine(submissions, "carol"));
            File.WriteAllText(Path.Combine(submissions, "carol", Lesson), "this is not a notebook");
            var dave = (JsonObject)lesson.DeepClone();
            dave["metadata"]!["kernelspec"]!["name"] = "python3";
            Save(submissions, "dave", dave);
            var erin = TeacherEdition.Make(lesson, Lesson, solutions);
            var erinCells = erin["cells"]!.AsArray();
            var first = erinCells.Single(c => c!["id"]!.GetValue<string>() == ids[0])!;
            erinCells.Remove(first);
            erinCells.Add(first);
            erinCells.Remove(erinCells.Single(c => c!["id"]!.GetValue<string>() == ids[1]));
            Save(submissions, "erin", erin);
            var frank = (JsonObject)lesson.DeepClone();
            var frankCells = frank["cells"]!.AsArray();
            int before = frankCells.Select(c => c!["id"]!.GetValue<string>()).ToList().IndexOf(ids[1]);
            // A loop that never ends, but sleeps: the stopped cell's thread must not eat a core for the rest of the tests.
            frankCells.Insert(before, JsonNode.Parse("""{"cell_type": "code", "id": "loop", "execution_count": null, "metadata": {}, "outputs": [], "source": ["while (true) { System.Threading.Thread.Sleep(100); }"]}"""));
            Save(submissions, "frank", frank);
            Save(submissions, "gina", ReplaceTodo(lesson, ids[0], "throw new InvalidOperationException(\"oops\");"));

            // Each notebook starts in a fresh process, so a lesson's first library cell loads MediaLit cold: 20 s
            // is far above that on a busy machine, and frank's loop is still stopped.
            var gradebook = new Gradebook(TestPaths.RepositoryRoot, TimeSpan.FromSeconds(20));
            Report = gradebook.GradeAsync(submissions, Path.Combine(root, "work")).GetAwaiter().GetResult();
            ClassReportWriter.Write(Report, Output);
        }

        public ClassReport Report { get; }

        public string Output { get; }

        private static JsonObject ReplaceTodo(JsonObject lesson, string cellId, string code)
        {
            var copy = (JsonObject)lesson.DeepClone();
            var cell = copy["cells"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == cellId)!;
            cell["source"] = NotebookReader.ReadMultiline(cell["source"]).Replace(StudentEdition.Todo, code, StringComparison.Ordinal);
            return copy;
        }

        private static void SetAnswer(JsonObject notebook, string question, string text)
        {
            var cell = notebook["cells"]!.AsArray().Single(c => NotebookReader.ReadMultiline(c!["source"]).StartsWith($"<!-- answer {question} -->", StringComparison.Ordinal))!;
            cell["source"] = NotebookReader.ReadMultiline(cell["source"]).TrimEnd() + "\n" + text + "\n";
        }

        private static void Save(string submissions, string student, JsonObject notebook)
        {
            Directory.CreateDirectory(Path.Combine(submissions, student));
            File.WriteAllText(Path.Combine(submissions, student, Lesson), notebook.ToJsonString());
        }
    }
}
