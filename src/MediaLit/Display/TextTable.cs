using System.Text;

namespace MediaLit.Display;

/// <summary>
/// A plain table of strings: what a lesson shows beside every chart, so the numbers can be read
/// without seeing the chart (and copied, sorted, checked). Shown as HTML in a notebook.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record TextTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// What each cell counts (<c>Traces[row][column]</c>, null where a cell is no count): the spans behind the number,
    /// so the exported site can link the number to its sentences. Null when no cell is traced.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Trace?>>? Traces { get; init; }

    /// <summary>The trace of one cell, or null.</summary>
    public Trace? TraceAt(int row, int column) =>
        Traces is { } traces && row < traces.Count && column < traces[row].Count ? traces[row][column] : null;

    /// <summary>This table with one trace per cell, built from each row's index and each column's index.</summary>
    public TextTable Traced(Func<int, int, Trace?> traceOf)
    {
        ArgumentNullException.ThrowIfNull(traceOf);
        return this with { Traces = Rows.Select((row, r) => (IReadOnlyList<Trace?>)row.Select((_, c) => traceOf(r, c)).ToList()).ToList() };
    }

    /// <summary>The table as aligned plain text, one row per line.</summary>
    public string ToPlainText()
    {
        int[] widths = Columns.Select((c, i) => Rows.Select(r => i < r.Count ? r[i].Length : 0).Append(c.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine(Caption);
        AppendRow(Columns);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in Rows)
            AppendRow(row);
        return text.ToString().TrimEnd();

        void AppendRow(IReadOnlyList<string> row) =>
            text.AppendLine(string.Join("  ", widths.Select((w, i) => (i < row.Count ? row[i] : "").PadRight(w))).TrimEnd());
    }

    public override string ToString() => ToPlainText();
}
