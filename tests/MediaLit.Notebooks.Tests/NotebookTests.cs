using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaLit.Notebooks.Tests;

/// <summary>Every lesson in notebooks/ runs cleanly through the runner, and committed and executed
/// notebooks are valid nbformat 4.5 .NET (C#) notebooks.</summary>
public class NotebookTests
{
    private const string NoNotebooks = "(no notebooks in notebooks/)";

    /// <summary>Every notebooks/*.ipynb; a placeholder case when there are none, so the theory fails loudly
    /// instead of passing with zero cases.</summary>
    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        var files = Directory.Exists(TestPaths.NotebooksFolder)
            ? Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files.DefaultIfEmpty(NoNotebooks))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string> Fixtures() => ["basics.ipynb", "failures.ipynb", "packages.ipynb", "charts.ipynb"];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_runs_without_failed_cells(string lesson)
    {
        var result = await SharedRunner.RunAsync(LessonPath(lesson));

        var failures = result.Cells.Where(c => c.Status == CellStatus.Failed).Select(c => Report.CellLine(result.Name, c)).ToList();
        Assert.True(failures.Count == 0, "Failed cells:\n" + string.Join('\n', failures));
        Assert.True(result.Passed > 0, $"{lesson}: no cell passed");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Committed_lesson_is_a_clean_valid_csharp_notebook(string lesson)
    {
        var path = LessonPath(lesson);
        AssertValid(path);

        var notebook = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}"""),
            notebook["metadata"]!["kernelspec"]), $"{lesson}: kernelspec is {notebook["metadata"]!["kernelspec"]?.ToJsonString()}");
        var dirty = notebook["cells"]!.AsArray()
            .Select((cell, i) => (cell: cell!, number: i + 1))
            .Where(c => c.cell["cell_type"]!.GetValue<string>() == "code"
                && (c.cell["outputs"]!.AsArray().Count > 0 || c.cell["execution_count"] is not null))
            .Select(c => c.number)
            .ToList();
        Assert.True(dirty.Count == 0, $"{lesson}: cells {string.Join(", ", dirty)} carry outputs or execution counts; clear them before committing");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Executed_lesson_is_valid_nbformat(string lesson)
    {
        var result = await SharedRunner.RunAsync(LessonPath(lesson));

        AssertValid(result.ExecutedNotebookPath!);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Executed_fixture_is_valid_nbformat(string fixture)
    {
        var result = await SharedRunner.RunAsync(TestPaths.Fixture(fixture));

        AssertValid(TestPaths.Fixture(fixture));
        AssertValid(result.ExecutedNotebookPath!);
    }

    private static string LessonPath(string lesson)
    {
        Assert.False(lesson == NoNotebooks, $"{TestPaths.NotebooksFolder} has no .ipynb lessons yet");
        return Path.Combine(TestPaths.NotebooksFolder, lesson);
    }

    private static void AssertValid(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var errors = SchemaValidatorTests.Nbformat.Validate(document.RootElement);
        Assert.True(errors.Count == 0, $"{path} is not valid nbformat 4.5:\n" + string.Join('\n', errors.Take(20)));
    }
}
