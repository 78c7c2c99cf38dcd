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
        var (student, teacher) = Editions.Write([source], Path.Combine(SharedRunner.OutputDirectory, "editions"));
        string path = Path.Combine(student, lesson);
        string edition = string.Join("\n", NotebookReader.Read(path).Cells.Select(c => c.Source));
        Assert.Equal(File.ReadAllText(source), File.ReadAllText(Path.Combine(teacher, lesson)));
        foreach (string solutionLine in SolutionLines(source))
            Assert.DoesNotContain(solutionLine, edition);

        var result = await SharedRunner.RunAsync(path);

        var failures = result.Cells.Where(c => c.Status == CellStatus.Failed).Select(c => Report.CellLine(result.Name, c)).ToList();
        Assert.True(failures.Count == 0, "Failed cells in the student edition:\n" + string.Join('\n', failures));
        var verdicts = Verdicts(result);
        if (File.ReadAllText(source).Contains(StudentEdition.BeginSolution, StringComparison.Ordinal))
            Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Verdict == "… No answer yet.", $"{lesson} cell {v.Cell} says '{v.Verdict}' before the student answered"));
    }

    /// <summary>The lines between the solution markers of every code cell.</summary>
    private static IEnumerable<string> SolutionLines(string notebook) =>
        NotebookReader.Read(notebook).Cells.Where(c => c.CellType == "code")
            .SelectMany(c => c.Source.Split('\n')
                .SkipWhile(l => l.Trim() != StudentEdition.BeginSolution).Skip(1)
                .TakeWhile(l => l.Trim() != StudentEdition.EndSolution))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);

    private static List<(int Cell, string Verdict)> Verdicts(NotebookRunResult result) =>
        result.Cells
            .SelectMany(c => c.Outputs.Select(o => (c.Number, Match: FeedbackLine().Match(o.HtmlContent ?? o.TextContent ?? ""))))
            .Where(x => x.Match.Success)
            .Select(x => (x.Number, x.Match.Groups["verdict"].Value))
            .ToList();
}
