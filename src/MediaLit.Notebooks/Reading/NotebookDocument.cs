using System.Text.Json.Nodes;

namespace MediaLit.Notebooks.Reading;

/// <summary>A cell as stored in the .ipynb. <paramref name="Number"/> is 1-based over all cells.</summary>
public sealed record NotebookCell(int Number, string CellType, string Source, string? KernelName);

/// <summary>A parsed notebook; <paramref name="Json"/> is kept so the executed copy preserves every other field.</summary>
public sealed record NotebookDocument(string Path, JsonObject Json, IReadOnlyList<NotebookCell> Cells)
{
    /// <summary>Text of the first markdown heading, used as the lesson title.</summary>
    public string? Title =>
        Cells.Where(c => c.CellType == "markdown")
            .SelectMany(c => c.Source.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('#') && !l.StartsWith("#!", StringComparison.Ordinal))
            .Select(l => l.TrimStart('#').Trim())
            .FirstOrDefault(l => l.Length > 0);
}

/// <summary>The notebook cannot be read: malformed JSON, not nbformat 4, or not a .NET (C#) notebook.</summary>
public sealed class NotebookFormatException(string path, string message)
    : Exception($"{System.IO.Path.GetFileName(path)}: {message}")
{
    public string NotebookPath { get; } = path;
}
