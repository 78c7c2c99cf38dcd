using System.Diagnostics;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// The runner against notebooks that go wrong: a cell that never ends, a file that is not a notebook, and
/// the promise that running a notebook again gives the same page.
/// </summary>
[Collection(ConsoleCollection)]
public partial class HostileNotebookTests
{
    /// <summary>Test classes that write to Console or compare captured output run one after the other.</summary>
    public const string ConsoleCollection = "Console output";

    // Far above what a warmed-up kernel needs for the fixture's one-line cells, even on a busy machine.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(5);

    private static string TempFolder() => TempFolders.New("medialit-hostile-nb-");

    [Fact]
    public async Task A_cell_that_loops_forever_fails_as_timed_out_and_later_cells_are_not_run()
    {
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = TempFolder(), CellTimeout = ShortTimeout });
        var clock = Stopwatch.StartNew();

        var result = await runner.RunAsync(TestPaths.Fixture("loop.ipynb"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}"); // a guard against waiting forever, not a speed test
        Assert.Equal(CellStatus.Passed, result.Cells[1].Status);
        var loop = result.Cells[2];
        Assert.Equal(CellStatus.Failed, loop.Status);
        Assert.True(loop.TimedOut);
        Assert.Equal("FAIL loop.ipynb cell 3: timed out after 5 s (later cells are not run)", Report.CellLine(result.Name, loop));
        Assert.Equal(CellStatus.Failed, result.Cells[3].Status);
        Assert.Equal("not run: cell 3 timed out, so the notebook's state is unknown", result.Cells[3].Message);
        Assert.Equal(CellStatus.Markdown, result.Cells[4].Status);
        Assert.Contains("timed out after 5 s", await File.ReadAllTextAsync(result.HtmlPath!), StringComparison.Ordinal);
    }
    [Fact]
    public async Task The_command_line_exits_with_code_1_when_a_cell_times_out()
    {
        var (exitCode, printed) = await CommandLine.Run(TimeSpan.FromSeconds(90), "run", TestPaths.Fixture("loop.ipynb"), "--out", TempFolder(), "--cell-timeout", "5");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL loop.ipynb cell 3: timed out after 5 s", printed, StringComparison.Ordinal);
        Assert.Contains("Notebooks: 1 passed, 2 failed, 0 skipped", printed, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MalformedNotebooks => new()
    {
        { "", "malformed JSON" },
        { "%PDF-1.7\n%\u00e2\u00e3", "malformed JSON" },
        { """{"cells": [""", "malformed JSON" },
        { "[]", "not a JSON object" },
        { """{"nbformat": 3, "cells": []}""", "not an nbformat 4 notebook" },
        { """{"nbformat": "4", "cells": []}""", "not an nbformat 4 notebook" },
        { """{"nbformat": 4.5, "metadata": {}, "cells": []}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": [], "cells": []}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": 7}}, "cells": []}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": {}}""", "no 'cells' array" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [{}]}""", "cell 1 has no cell_type" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [{"cell_type": 1}]}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [{"cell_type": "code", "source": 3}]}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [{"cell_type": "code", "source": [1, 2]}]}""", "wrong kind of value" },
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [null]}""", "cell 1 has no cell_type" },
        // Found by NotebookFuzzTests: a key twice in one cell threw a raw ArgumentException.
        { """{"nbformat": 4, "metadata": {"kernelspec": {"name": ".net-csharp"}}, "cells": [{"cell_type": "code", "id": "a", "id": "b"}]}""", "a key appears more than once" },
    };

    [Theory]
    [MemberData(nameof(MalformedNotebooks))]
    public void A_malformed_notebook_is_refused_with_an_error_naming_the_file(string content, string expected)
    {
        string path = Path.Combine(TempFolder(), "broken.ipynb");
        File.WriteAllText(path, content);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.StartsWith("broken.ipynb: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_reports_a_malformed_notebook_and_exits_with_code_2()
    {
        string path = Path.Combine(TempFolder(), "broken.ipynb");
        await File.WriteAllTextAsync(path, """{"nbformat": 4, "metadata": [], "cells": []}""");

        // Student run only: the teacher edition of a folder without docs/teacher/solutions.json fails first, by design.
        var (exitCode, printed) = await CommandLine.Run(TimeSpan.FromSeconds(90), "run", path, "--out", TempFolder(), "--no-teacher-site");

        Assert.Equal(2, exitCode);
        Assert.Contains("ERROR broken.ipynb: not a notebook this runner can read", printed, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Wall time: [0-9.]+ms")]
    private static partial Regex WallTime();

    [Fact]
    public async Task Running_a_notebook_twice_gives_the_same_outputs_apart_from_timings()
    {
        string first = TempFolder(), second = TempFolder();
        using (var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = first }))
            await runner.RunAsync(TestPaths.Fixture("basics.ipynb"));
        using (var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = second }))
            await runner.RunAsync(TestPaths.Fixture("basics.ipynb"));

        foreach (string file in new[] { Path.Combine("html", "basics.html"), Path.Combine("notebooks", "basics.ipynb") })
        {
            string a = await File.ReadAllTextAsync(Path.Combine(first, file)), b = await File.ReadAllTextAsync(Path.Combine(second, file));
            Assert.Contains("Wall time:", a, StringComparison.Ordinal); // the one timing the fixture prints
            Assert.Equal(WallTime().Replace(a, "Wall time: …"), WallTime().Replace(b, "Wall time: …"));
        }
    }
}
