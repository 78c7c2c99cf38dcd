namespace MediaLit.Notebooks;

/// <summary>The one-line-per-cell report the CLI prints and CI reads.</summary>
public static class Report
{
    /// <summary>PASS/FAIL/SKIP lines for the code cells of one notebook (markdown cells get no line).</summary>
    public static IEnumerable<string> CellLines(NotebookRunResult result) =>
        result.Cells.Where(c => c.Status != CellStatus.Markdown).Select(c => CellLine(result.Name, c));

    public static string CellLine(string notebook, CellResult cell) => cell.Status switch
    {
        CellStatus.Passed => $"PASS {notebook} cell {cell.Number}",
        CellStatus.Skipped => $"SKIP {notebook} cell {cell.Number}: {cell.Message}",
        _ => $"FAIL {notebook} cell {cell.Number}{(cell.Line is { } line ? $" line {line}" : "")}: {cell.Message}",
    };

    /// <summary>The closing line, e.g. "Notebooks: 12 passed, 0 failed, 2 skipped".</summary>
    public static string Summary(IEnumerable<NotebookRunResult> results)
    {
        var list = results.ToList();
        return $"Notebooks: {list.Sum(r => r.Passed)} passed, {list.Sum(r => r.Failed)} failed, {list.Sum(r => r.Skipped)} skipped";
    }
}
