using System.Globalization;
using System.Text;

namespace MediaLit.Notebooks;

/// <summary>The one-line-per-cell report the CLI prints and CI reads, and the timings file beside it.</summary>
public static class Report
{
    /// <summary>The timings file's header: one row per cell that ran, and one per notebook for its kernel's start.</summary>
    public const string TimingsHeader = "edition,notebook,cell,seconds,kind";

    /// <summary>PASS/FAIL/SKIP lines for the code cells of one notebook (markdown cells get no line).</summary>
    public static IEnumerable<string> CellLines(NotebookRunResult result) =>
        result.Cells.Where(c => c.Status != CellStatus.Markdown).Select(c => CellLine(result.Name, c));

    public static string CellLine(string notebook, CellResult cell) => cell.Status switch
    {
        CellStatus.Passed => $"PASS {notebook} cell {cell.Number}",
        CellStatus.Skipped => $"SKIP {notebook} cell {cell.Number}: {cell.Message}",
        _ => $"FAIL {notebook} cell {cell.Number}{(cell.Line is { } line ? $" line {line}" : "")}: {cell.Message}",
    };

    /// <summary>
    /// The line with the cell's own time at its end, e.g. "PASS 01-sourcing.ipynb cell 2 (0.047 s)" or
    /// "(3.100 s, package restore)"; the same as <see cref="CellLine(string, CellResult)"/> for a cell that did not run.
    /// At the end, so every line still starts as CI and the tests read it.
    /// </summary>
    public static string TimedCellLine(string notebook, CellResult cell) => cell.Seconds is { } seconds
        ? CellLine(notebook, cell) + string.Create(CultureInfo.InvariantCulture, $" ({seconds:0.000} s{(cell.RestoresPackages ? ", package restore" : "")})")
        : CellLine(notebook, cell);

    /// <summary>The closing line, e.g. "Notebooks: 12 passed, 0 failed, 2 skipped".</summary>
    public static string Summary(IEnumerable<NotebookRunResult> results)
    {
        var list = results.ToList();
        return $"Notebooks: {list.Sum(r => r.Passed)} passed, {list.Sum(r => r.Failed)} failed, {list.Sum(r => r.Skipped)} skipped";
    }

    /// <summary>
    /// The rows of timings.csv (after <see cref="TimingsHeader"/>) for one edition's results: each notebook's kernel
    /// start (kind "kernel start", no cell), then every cell that ran, kind "restore" when it asks for a package
    /// (its time is the download or cache lookup, not the lesson's code) and "code" otherwise.
    /// </summary>
    public static IEnumerable<string> TimingRows(string edition, IEnumerable<NotebookRunResult> results)
    {
        foreach (var result in results)
        {
            if (result.KernelStartSeconds is { } start)
            {
                yield return Row(edition, result.Name, "", start, "kernel start");
            }

            foreach (var cell in result.Cells.Where(c => c.Seconds is not null))
            {
                yield return Row(edition, result.Name, cell.Number.ToString(CultureInfo.InvariantCulture), cell.Seconds!.Value, cell.RestoresPackages ? "restore" : "code");
            }
        }
    }

    private static string Row(string edition, string notebook, string cell, double seconds, string kind) =>
        string.Join(',', Csv(edition), Csv(notebook), cell, seconds.ToString("0.0000", CultureInfo.InvariantCulture), Csv(kind));

    /// <summary>A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a line break.</summary>
    internal static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : new StringBuilder("\"").Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
