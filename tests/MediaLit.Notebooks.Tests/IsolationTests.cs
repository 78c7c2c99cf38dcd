using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// Each notebook runs in a worker process of its own: a cell that exits, crashes, loops or eats memory stops only
/// its notebook, what finished before it is saved, and the worker is gone afterwards. Output is capped per cell.
/// </summary>
[Collection(HostileNotebookTests.ConsoleCollection)]
public partial class IsolationTests
{
    private static string TempFolder() => TempFolders.New("medialit-isolation-");

    /// <summary>A C# notebook with a heading and the given code cells (cell 1 is the heading, code cells are 2, 3, …).</summary>
    internal static string WriteNotebook(string folder, string name, params string[] codeCells)
    {
        var cells = new JsonArray(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = $"# {name}" });
        foreach (var code in codeCells)
        {
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["source"] = code,
                ["execution_count"] = null,
                ["outputs"] = new JsonArray(),
            });
        }

        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" } },
            ["cells"] = cells,
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    [Fact]
    public async Task A_cell_that_exits_the_process_fails_its_notebook_and_the_run_goes_on_and_saves_everything()
    {
        var folder = TempFolder();
        var notebooks = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        WriteNotebook(notebooks, "a-exit.ipynb", "Console.WriteLine(\"before exit\");", "Environment.Exit(0);", "Console.WriteLine(\"after\");");
        WriteNotebook(notebooks, "b-fine.ipynb", "1 + 1");
        var output = Path.Combine(folder, "out");

        var (exitCode, printed) = await CommandLine.Run(TimeSpan.FromSeconds(240), "run", notebooks, "--out", output, "--no-teacher-site");

        Assert.Equal(1, exitCode);
        Assert.Contains("PASS a-exit.ipynb cell 2", printed, StringComparison.Ordinal);
        Assert.Contains("FAIL a-exit.ipynb cell 3: the notebook's process ended during this cell (exit code 0)", printed, StringComparison.Ordinal);
        Assert.Contains("FAIL a-exit.ipynb cell 4: not run: cell 3 ended the notebook's process", printed, StringComparison.Ordinal);
        Assert.Contains("PASS b-fine.ipynb cell 2", printed, StringComparison.Ordinal);
        Assert.Contains("Notebooks: 2 passed, 2 failed, 0 skipped", printed, StringComparison.Ordinal);
        // The cell before the exit keeps its output in the executed notebook and on the page.
        Assert.Contains("before exit", await File.ReadAllTextAsync(Path.Combine(output, "notebooks", "a-exit.ipynb")), StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(Path.Combine(output, "html", "a-exit.html"));
        Assert.Contains("before exit", page, StringComparison.Ordinal);
        Assert.Contains("exit code 0", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "html", "b-fine.html")));
        Assert.True(File.Exists(Path.Combine(output, "html", "index.html")));
    }

    [Fact]
    public async Task A_stack_overflow_fails_the_cell_with_the_runtimes_reason_and_keeps_earlier_cells()
    {
        var path = WriteNotebook(TempFolder(), "overflow.ipynb", "var kept = 7;\nkept", "int Down(int n) => 1 + Down(n + 1);\nDown(0)", "kept");
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = TempFolder() });

        var result = await runner.RunAsync(path);

        Assert.Equal(CellStatus.Passed, result.Cells[1].Status);
        Assert.Contains("7", result.Cells[1].Outputs[0].TextContent ?? result.Cells[1].Outputs[0].HtmlContent, StringComparison.Ordinal);
        Assert.Equal(CellStatus.Failed, result.Cells[2].Status);
        Assert.StartsWith("the notebook's process ended during this cell (exit code ", result.Cells[2].Message, StringComparison.Ordinal);
        Assert.Contains("Stack overflow", result.Cells[2].Message, StringComparison.Ordinal);
        Assert.Equal("not run: cell 3 ended the notebook's process", result.Cells[3].Message);
    }

    [Fact]
    public async Task A_cell_that_eats_memory_is_stopped_at_the_limit()
    {
        var path = WriteNotebook(TempFolder(), "hoard.ipynb", "1",
            "var hoard = new List<byte[]>();\nwhile (true) { var block = new byte[20_000_000]; Array.Fill(block, (byte)1); hoard.Add(block); }");
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = TempFolder(), MemoryLimit = 600L << 20 });

        var result = await runner.RunAsync(path);

        Assert.Equal(CellStatus.Passed, result.Cells[1].Status);
        Assert.Equal("used more than 600 MB of memory and was stopped (later cells are not run)", result.Cells[2].Message);
        Assert.True(result.WorkerPeakMemory > 600L << 20, $"peak {result.WorkerPeakMemory}");
        Assert.True(HasExited(result.WorkerProcessId!.Value));
    }

    [Fact]
    public async Task After_a_cell_times_out_its_process_is_gone_and_no_core_stays_busy()
    {
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = TempFolder(), CellTimeout = TimeSpan.FromSeconds(5) });
        var result = await runner.RunAsync(TestPaths.Fixture("loop.ipynb"));
        Assert.True(result.Cells[2].TimedOut);

        // The looping cell ran in the worker (the kernel is hosted there, never in this process), so no core runs
        // it once the worker's id names no process. This process's own processor time is not asked: the tests of
        // other collections run in it at the same time (it read 68 % once in CI while this worker was gone).
        Assert.True(HasExited(result.WorkerProcessId!.Value), $"worker {result.WorkerProcessId} still runs");
    }

    [GeneratedRegex(@"Peak memory: runner (?<runner>\d+) MB, largest notebook process (?<worker>\d+) MB")]
    private static partial Regex PeakMemory();

    [Fact]
    public async Task A_cell_writing_100_MB_keeps_1_MB_with_a_note_and_the_runner_stays_small()
    {
        var folder = TempFolder();
        var path = WriteNotebook(folder, "flood.ipynb",
            "var line = new string('x', 999);\nfor (var i = 0; i < 100_000; i++) Console.WriteLine(line);", "Console.WriteLine(\"after the flood\");");
        var output = Path.Combine(folder, "out");

        var (exitCode, printed) = await CommandLine.Run(TimeSpan.FromSeconds(240), "run", path, "--out", output, "--no-teacher-site");

        Assert.Equal(0, exitCode); // printing a lot is not an error: the cell passes with its output cut
        Assert.Contains("PASS flood.ipynb cell 2", printed, StringComparison.Ordinal);
        Assert.Contains("PASS flood.ipynb cell 3", printed, StringComparison.Ordinal);
        var note = "[output cut: 99.0 MB more were not kept; the runner keeps 1.0 MB of output per cell]";
        var notebook = await File.ReadAllTextAsync(Path.Combine(output, "notebooks", "flood.ipynb"));
        var page = await File.ReadAllTextAsync(Path.Combine(output, "html", "flood.html"));
        Assert.Contains(note, notebook, StringComparison.Ordinal);
        Assert.Contains(note, page, StringComparison.Ordinal);
        Assert.Contains("after the flood", page, StringComparison.Ordinal);
        Assert.InRange(new FileInfo(Path.Combine(output, "notebooks", "flood.ipynb")).Length, 1_000_000, 1_500_000); // 1 MB of x plus JSON framing
        Assert.InRange(new FileInfo(Path.Combine(output, "html", "flood.html")).Length, 1_000_000, 1_200_000);
        var peak = PeakMemory().Match(printed);
        Assert.True(peak.Success, printed);
        var runnerMegabytes = int.Parse(peak.Groups["runner"].Value, CultureInfo.InvariantCulture);
        Assert.True(runnerMegabytes < 1000, $"the runner peaked at {runnerMegabytes} MB"); // 3.9 GB before the cap; 115–459 MB since (it also holds the timings and both editions' queue)
    }

    [Fact]
    public async Task Output_cap_is_configurable_and_a_display_that_does_not_fit_is_left_out_with_a_note()
    {
        var path = WriteNotebook(TempFolder(), "cap.ipynb", "Console.Write(new string('a', 3000));\ndisplay(HTML(\"<p>\" + new string('b', 5000) + \"</p>\"));");
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = TempFolder(), OutputCap = 4000 });

        var cell = (await runner.RunAsync(path)).Cells[1];

        Assert.Equal(CellStatus.Passed, cell.Status);
        Assert.Equal(new string('a', 3000), cell.Outputs[0].TextContent);
        Assert.DoesNotContain(cell.Outputs, o => o.HtmlContent?.Contains("bbb", StringComparison.Ordinal) == true);
        Assert.Equal(OutputKind.Stderr, cell.Outputs[^1].Kind);
        Assert.StartsWith("\n[output cut: 5,", cell.Outputs[^1].TextContent, StringComparison.Ordinal);
    }

    private static bool HasExited(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
