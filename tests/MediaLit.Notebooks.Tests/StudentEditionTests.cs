using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Authoring;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>Solutions are marked in the source notebooks: the teacher's edition passes every check,
/// and the student edition, with the solutions removed, runs but answers none of them.</summary>
public partial class StudentEditionTests
{
    // The plain-text form of MediaLit.Exercises.Feedback: "<exercise>: <verdict label> <message>".
    [GeneratedRegex(@": (?<verdict>✔ Right\.|◐ Partly right\.|✘ Not yet\.|… No answer yet\.)")]
    private static partial Regex FeedbackLine();

    [Theory]
    [InlineData("a();", "a();")]
    [InlineData("x = 0;\n// BEGIN SOLUTION\nx = 42;\n// END SOLUTION\nCheck(x)", "x = 0;\nCheck(x)")]
    [InlineData("  // BEGIN SOLUTION\n  y();\n  // END SOLUTION", "")]
    [InlineData("// BEGIN SOLUTION\na();\n// END SOLUTION\nb();\n// BEGIN SOLUTION\nc();\n// END SOLUTION", "b();")]
    public void Solution_blocks_and_their_markers_are_removed(string code, string expected) =>
        Assert.Equal(expected, StudentEdition.StripSolutions(code));

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
        Assert.Equal("int x = 0;\nx", NotebookReader.ReadMultiline(cells[1]!["source"]));
        using var document = JsonDocument.Parse(edition.ToJsonString());
        Assert.Empty(SchemaValidatorTests.Nbformat.Validate(document.RootElement));
    }

    [Theory]
    [MemberData(nameof(NotebookTests.Lessons), MemberType = typeof(NotebookTests))]
    public async Task Every_check_in_a_lesson_accepts_the_lessons_own_solution(string lesson)
    {
        string path = Path.Combine(TestPaths.NotebooksFolder, lesson);
        var verdicts = Verdicts(await SharedRunner.RunAsync(path));
        if (!File.ReadAllText(path).Contains(StudentEdition.BeginSolution, StringComparison.Ordinal))
            return;
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Verdict == "✔ Right.", $"{lesson} cell {v.Cell}: {v.Verdict}"));
    }

    [Theory]
    [MemberData(nameof(NotebookTests.Lessons), MemberType = typeof(NotebookTests))]
    public async Task The_student_edition_runs_and_gives_no_answer_away(string lesson)
    {
        string source = Path.Combine(TestPaths.NotebooksFolder, lesson);
        string folder = Path.Combine(SharedRunner.OutputDirectory, "student-editions");
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(TestPaths.LibraryDll, Path.Combine(folder, "lib", "MediaLit.dll"), overwrite: true);
        string path = Path.Combine(folder, lesson);
        var edition = StudentEdition.Make(NotebookReader.Read(source).Json, source);
        File.WriteAllText(path, edition.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Assert.DoesNotContain(StudentEdition.BeginSolution, File.ReadAllText(path));

        var result = await SharedRunner.RunAsync(path);

        var failures = result.Cells.Where(c => c.Status == CellStatus.Failed).Select(c => Report.CellLine(result.Name, c)).ToList();
        Assert.True(failures.Count == 0, "Failed cells in the student edition:\n" + string.Join('\n', failures));
        var verdicts = Verdicts(result);
        if (File.ReadAllText(source).Contains(StudentEdition.BeginSolution, StringComparison.Ordinal))
            Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Verdict == "… No answer yet.", $"{lesson} cell {v.Cell} says '{v.Verdict}' before the student answered"));
    }

    private static List<(int Cell, string Verdict)> Verdicts(NotebookRunResult result) =>
        result.Cells
            .SelectMany(c => c.Outputs.Select(o => (c.Number, Match: FeedbackLine().Match(o.TextContent ?? ""))))
            .Where(x => x.Match.Success)
            .Select(x => (x.Number, x.Match.Groups["verdict"].Value))
            .ToList();
}
