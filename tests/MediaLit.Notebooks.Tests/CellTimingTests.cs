using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// Each cell's own time is measured in its worker, printed at the end of its line and written to timings.csv, and
/// kept out of the executed notebook and the pages (re-runs stay byte identical).
/// </summary>
[Collection(HostileNotebookTests.ConsoleCollection)]
public partial class CellTimingTests
{
    [Fact]
    public async Task A_cells_own_time_is_on_its_line_and_in_timings_csv_but_not_in_the_notebook_or_page()
    {
        var folder = TempFolders.New("medialit-timing-");
        var notebooks = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        // The sleep gives the cell a floor its measured time cannot go below, however busy the machine is.
        IsolationTests.WriteNotebook(notebooks, "timed.ipynb", "System.Threading.Thread.Sleep(400);", "1 + 1");
        var output = Path.Combine(folder, "out");

        var (exitCode, printed) = await CommandLine.Run(TimeSpan.FromSeconds(240), "run", notebooks, "--out", output, "--no-teacher-site");

        Assert.Equal(0, exitCode);
        var line = PassLine().Match(printed);
        Assert.True(line.Success, printed);
        Assert.True(Seconds(line.Groups["seconds"].Value) >= 0.4, line.Value);
        Assert.Matches(@"PASS timed\.ipynb cell 3 \(\d+\.\d{3} s\)", printed);

        var rows = await File.ReadAllLinesAsync(Path.Combine(output, "timings.csv"));
        Assert.Equal(Report.TimingsHeader, rows[0]);
        var sleeping = rows.Single(r => r.StartsWith("student,timed.ipynb,2,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("code", sleeping[4]);
        Assert.True(Seconds(sleeping[3]) >= 0.4, string.Join(',', sleeping));
        Assert.Contains(rows, r => r.StartsWith("student,timed.ipynb,3,", StringComparison.Ordinal) && r.EndsWith(",code", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("student,timed.ipynb,,", StringComparison.Ordinal) && r.EndsWith(",kernel start", StringComparison.Ordinal));
        Assert.Equal(4, rows.Length); // header, kernel start, two code cells: the markdown heading has no row

        foreach (var artifact in new[] { Path.Combine(output, "notebooks", "timed.ipynb"), Path.Combine(output, "html", "timed.html") })
        {
            var text = await File.ReadAllTextAsync(artifact);
            Assert.DoesNotContain("Seconds", text, StringComparison.Ordinal);
            Assert.DoesNotContain(line.Groups["seconds"].Value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_restore_is_marked_and_a_failure_keeps_its_message_before_the_time()
    {
        var restore = new CellResult(2, CellStatus.Passed, null, null, null, []) { Seconds = 3.25, RestoresPackages = true };
        var failure = new CellResult(4, CellStatus.Failed, 2, "CS0103: nope", null, []) { Seconds = 0.0625 };
        var notRun = new CellResult(5, CellStatus.Failed, null, "not run: cell 4 timed out", null, []);

        Assert.Equal("PASS a.ipynb cell 2 (3.250 s, package restore)", Report.TimedCellLine("a.ipynb", restore));
        Assert.Equal("FAIL a.ipynb cell 4 line 2: CS0103: nope (0.063 s)", Report.TimedCellLine("a.ipynb", failure));
        Assert.Equal(Report.CellLine("a.ipynb", notRun), Report.TimedCellLine("a.ipynb", notRun));
    }

    [Fact]
    public void Timing_rows_quote_a_notebook_name_with_a_comma_and_mark_restores()
    {
        var result = new NotebookRunResult("/x/a, b \"draft\".ipynb", null,
        [
            new CellResult(1, CellStatus.Markdown, null, null, null, []),
            new CellResult(2, CellStatus.Passed, null, null, null, []) { Seconds = 1.5, RestoresPackages = true },
            new CellResult(3, CellStatus.Failed, null, "not run", null, []),
        ])
        { KernelStartSeconds = 2 };

        Assert.Equal(
            ["teacher,\"a, b \"\"draft\"\".ipynb\",,2.0000,kernel start", "teacher,\"a, b \"\"draft\"\".ipynb\",2,1.5000,restore"],
            Report.TimingRows("teacher", [result]));
    }

    private static double Seconds(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"PASS timed\.ipynb cell 2 \((?<seconds>\d+\.\d{3}) s\)")]
    private static partial Regex PassLine();
}
