using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Authoring;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>Students never see the answers: the committed lessons hold none (they live in docs/teacher/solutions.json),
/// their pages show none, and the teacher edition, made from the same lessons, passes every check.</summary>
public partial class StudentEditionTests
{
    // MediaLit.Exercises.Feedback as the kernel shows it (text/html): "<strong><exercise>: <verdict label></strong> <message>".
    [GeneratedRegex(@": (?<verdict>✔ Right\.|◐ Partly right\.|✘ Not yet\.|… No answer yet\.)")]
    private static partial Regex FeedbackLine();

    [Theory]
    [InlineData("a();", "a();")]
    [InlineData("x = 0;\n// BEGIN SOLUTION\nx = 42;\n// END SOLUTION\nCheck(x)", "x = 0;\nTODO\nCheck(x)")]
    [InlineData("  // BEGIN SOLUTION\n  y();\n  // END SOLUTION", "  TODO")]
    [InlineData("// BEGIN SOLUTION\na();\n// END SOLUTION\nb();\n// BEGIN SOLUTION\nc();\n// END SOLUTION", "TODO\nb();\nTODO")]
    public void Solution_blocks_become_a_todo_line(string code, string expected) =>
        Assert.Equal(expected.Replace("TODO", StudentEdition.Todo, StringComparison.Ordinal), StudentEdition.StripSolutions(code));

    [Theory]
    [InlineData("// BEGIN SOLUTION\na();")]
    [InlineData("a();\n// END SOLUTION")]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION")]
    public void An_unbalanced_marker_is_an_error_naming_the_cell(string code)
    {
        var error = Assert.Throws<NotebookFormatException>(() => StudentEdition.StripSolutions(code, "lesson.ipynb", 7));
        Assert.Contains("lesson.ipynb", error.Message);
        Assert.Contains("cell 7", error.Message);
    }

    [Fact]
    public void Teacher_only_markdown_is_left_out_and_the_source_is_not_changed()
    {
        var source = JsonNode.Parse("""
            {"cells": [
              {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["<!-- teacher-only -->\n", "Answer: 42"]},
              {"cell_type": "markdown", "id": "b", "metadata": {}, "source": ["Question?"]},
              {"cell_type": "code", "id": "c", "execution_count": null, "metadata": {}, "outputs": [],
               "source": ["int x = 0;\n", "// BEGIN SOLUTION\n", "x = 42;\n", "// END SOLUTION\n", "x"]}],
             "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}},
             "nbformat": 4, "nbformat_minor": 5}
            """)!.AsObject();
        string before = source.ToJsonString();

        var edition = StudentEdition.Make(source, "t.ipynb");

        Assert.Equal(before, source.ToJsonString());
        var cells = edition["cells"]!.AsArray();
        Assert.Equal(["b", "c"], cells.Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal("int x = 0;\n" + StudentEdition.Todo + "\nx", NotebookReader.ReadMultiline(cells[1]!["source"]));
        using var document = JsonDocument.Parse(edition.ToJsonString());
        Assert.Empty(SchemaValidatorTests.Nbformat.Validate(document.RootElement));
    }

    private static readonly Solutions PackSolutions = Solutions.Load(Path.Combine(TestPaths.RepositoryRoot, Solutions.RelativePath));

    [Theory]
    [MemberData(nameof(NotebookTests.Lessons), MemberType = typeof(NotebookTests))]
    public async Task The_teacher_edition_passes_every_check_with_the_solutions_file(string lesson)
    {
        var (_, teacher) = Editions.Write([Path.Combine(TestPaths.NotebooksFolder, lesson)], Path.Combine(SharedRunner.OutputDirectory, "editions-" + lesson[..2]));
        string path = Path.Combine(teacher, lesson);
        Assert.All(PackSolutions.For(lesson).Values.SelectMany(s => s.Split('\n')), line => Assert.Contains(line.Trim(), string.Join("\n", NotebookReader.Read(path).Cells.Select(c => c.Source))));

        // A runner of its own: the shared one would write the teacher page over the student lesson's page (same name,
        // same folder), which another test then reads for answers.
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = Path.Combine(teacher, "out") });
        var verdicts = Verdicts(await runner.RunAsync(path));

        Assert.Equal(PackSolutions.For(lesson).Count, verdicts.Count);
        Assert.All(verdicts, v => Assert.True(v.Verdict == "✔ Right.", $"{lesson} (teacher edition) cell {v.Cell}: {v.Verdict}"));
    }

    [Theory]
    [MemberData(nameof(NotebookTests.Lessons), MemberType = typeof(NotebookTests))]
    public async Task The_committed_lesson_and_its_page_give_no_answer_away(string lesson)
    {
        string path = Path.Combine(TestPaths.NotebooksFolder, lesson);
        string committed = File.ReadAllText(path);
        Assert.DoesNotContain(StudentEdition.BeginSolution, committed, StringComparison.Ordinal);
        Assert.DoesNotContain(StudentEdition.TeacherOnly, committed, StringComparison.Ordinal);

        var result = await SharedRunner.RunAsync(path);

        string page = File.ReadAllText(result.HtmlPath!);
        foreach (string solutionLine in PackSolutions.For(lesson).Values.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.DoesNotContain(solutionLine, committed, StringComparison.Ordinal);
            Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(solutionLine), page, StringComparison.Ordinal);
        }

        var failures = result.Cells.Where(c => c.Status == CellStatus.Failed).Select(c => Report.CellLine(result.Name, c)).ToList();
        Assert.True(failures.Count == 0, "Failed cells in the lesson:\n" + string.Join('\n', failures));
        var verdicts = Verdicts(result);
        Assert.Equal(PackSolutions.For(lesson).Count, verdicts.Count);
        Assert.All(verdicts, v => Assert.True(v.Verdict == "… No answer yet.", $"{lesson} cell {v.Cell} says '{v.Verdict}' before the student answered"));
    }

    [Fact]
    public void The_student_edition_of_a_committed_lesson_is_the_lesson_itself()
    {
        foreach (string lesson in NotebookTests.Lessons())
        {
            string path = Path.Combine(TestPaths.NotebooksFolder, lesson);
            var document = NotebookReader.Read(path);
            Assert.Equal(document.Json.ToJsonString(), StudentEdition.Make(document.Json, path).ToJsonString());
        }
    }

    [Fact]
    public void A_solution_goes_in_place_of_the_todo_line_keeping_its_indentation()
    {
        var lesson = Lesson("string x = \"\";\n    " + StudentEdition.Todo + "\nCheck(x)");
        var solutions = new Solutions("s.json", new Dictionary<string, IReadOnlyDictionary<string, string>> { ["t.ipynb"] = new Dictionary<string, string> { ["c"] = "x = \"42\";\ny();" } });

        var edition = TeacherEdition.Make(lesson, "t.ipynb", solutions);

        Assert.Equal("string x = \"\";\n    // BEGIN SOLUTION\n    x = \"42\";\n    y();\n    // END SOLUTION\nCheck(x)", NotebookReader.ReadMultiline(edition["cells"]![0]!["source"]));
    }

    [Fact]
    public void A_solution_without_its_cell_or_todo_line_is_an_error_naming_the_file_and_the_fix()
    {
        var noTodo = new Solutions("s.json", new Dictionary<string, IReadOnlyDictionary<string, string>> { ["t.ipynb"] = new Dictionary<string, string> { ["c"] = "x = 1;" } });
        var error = Assert.Throws<NotebookFormatException>(() => TeacherEdition.Make(Lesson("int x = 0;"), "t.ipynb", noTodo));
        Assert.Contains("no '// TODO", error.Message, StringComparison.Ordinal);

        var unknownCell = new Solutions("s.json", new Dictionary<string, IReadOnlyDictionary<string, string>> { ["t.ipynb"] = new Dictionary<string, string> { ["gone"] = "x = 1;" } });
        error = Assert.Throws<NotebookFormatException>(() => TeacherEdition.Make(Lesson(StudentEdition.Todo), "t.ipynb", unknownCell));
        Assert.Contains("cell id gone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_solutions_file_names_itself_and_its_format()
    {
        string path = Path.Combine(TempFolders.New("medialit-solutions-"), "solutions.json");
        File.WriteAllText(path, "{\"t.ipynb\": {\"c\": \"not a list\"}}");
        var error = Assert.Throws<NotebookFormatException>(() => Solutions.Load(path));
        Assert.Contains("a solution is a list of lines", error.Message, StringComparison.Ordinal);
        File.WriteAllText(path, "{ nope");
        Assert.Contains("cannot be read", Assert.Throws<NotebookFormatException>(() => Solutions.Load(path)).Message, StringComparison.Ordinal);
    }

    private static JsonObject Lesson(string code) => JsonNode.Parse($$$"""
        {"cells": [{"cell_type": "code", "id": "c", "execution_count": null, "metadata": {}, "outputs": [], "source": {{{JsonSerializer.Serialize(code)}}}}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """)!.AsObject();

    private static List<(int Cell, string Verdict)> Verdicts(NotebookRunResult result) =>
        result.Cells
            .SelectMany(c => c.Outputs.Select(o => (c.Number, Match: FeedbackLine().Match(o.HtmlContent ?? o.TextContent ?? ""))))
            .Where(x => x.Match.Success)
            .Select(x => (x.Number, x.Match.Groups["verdict"].Value))
            .ToList();
}
