namespace MediaLit.Notebooks;

/// <summary>Outcome of one cell.</summary>
public enum CellStatus
{
    /// <summary>C# cell compiled and ran without an exception.</summary>
    Passed,
    /// <summary>Compile error, runtime exception, unsupported magic or kernel.</summary>
    Failed,
    /// <summary>Not executed because a package it needs could not be restored; never counts as passed.</summary>
    Skipped,
    /// <summary>Markdown cell (also a code cell starting with #!markdown); rendered, not executed.</summary>
    Markdown,
}

/// <summary>What a cell output is, mapped one to one onto nbformat output types.</summary>
public enum OutputKind
{
    DisplayData,
    ExecuteResult,
    Stdout,
    Stderr,
    Error,
}

/// <summary>One output of a cell. <paramref name="Data"/> maps MIME types ("text/html", "text/plain") to content.</summary>
public sealed record CellOutput(OutputKind Kind, IReadOnlyDictionary<string, string> Data, string? ErrorName = null)
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";

    [System.Text.Json.Serialization.JsonIgnore]
    public string? HtmlContent => Data.GetValueOrDefault(Html);

    [System.Text.Json.Serialization.JsonIgnore]
    public string? TextContent => Data.GetValueOrDefault(PlainText);

    public static CellOutput Stream(OutputKind kind, string text) =>
        new(kind, new Dictionary<string, string> { [PlainText] = text });

    public static CellOutput Failure(string errorName, string message) =>
        new(OutputKind.Error, new Dictionary<string, string> { [PlainText] = message }, errorName);
}

/// <summary>Result of one cell. <paramref name="Number"/> is 1-based over all cells (markdown included).
/// <paramref name="Line"/> is 1-based within the cell when the failure has a source position.</summary>
public sealed record CellResult(
    int Number,
    CellStatus Status,
    int? Line,
    string? Message,
    string? MissingPackage,
    IReadOnlyList<CellOutput> Outputs)
{
    /// <summary>The kernel-style execution count (null for cells that did not run).</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>True when the cell ran past the runner's cell timeout and was given up on.</summary>
    public bool TimedOut { get; init; }

    /// <summary>
    /// The cell's own wall time in seconds, measured around its submission in the worker (or, for a cell the runner
    /// stopped, from its start until it was stopped); null for cells that did not run. Only the console report and
    /// timings.csv carry it: the .ipynb and the pages stay byte identical from run to run.
    /// </summary>
    public double? Seconds { get; init; }

    /// <summary>True when the cell asks for a package (<c>#r "nuget:</c>): its time is mostly the restore, reported apart.</summary>
    public bool RestoresPackages { get; init; }
}

/// <summary>Result of running one notebook.</summary>
public sealed record NotebookRunResult(string Path, string? Title, IReadOnlyList<CellResult> Cells)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public int Passed => Cells.Count(c => c.Status == CellStatus.Passed);

    public int Failed => Cells.Count(c => c.Status == CellStatus.Failed);

    public int Skipped => Cells.Count(c => c.Status == CellStatus.Skipped);

    /// <summary>Where the executed .ipynb was written, if artifacts were requested.</summary>
    public string? ExecutedNotebookPath { get; init; }

    /// <summary>Where the HTML page was written, if artifacts were requested.</summary>
    public string? HtmlPath { get; init; }

    /// <summary>The id of the worker process the notebook ran in (gone when the result is returned).</summary>
    public int? WorkerProcessId { get; init; }

    /// <summary>The largest working set (bytes) the runner saw the worker process hold, polled every 50 ms.</summary>
    public long WorkerPeakMemory { get; init; }

    /// <summary>Elapsed wall time for the whole notebook.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Seconds from starting the worker process until its kernel was ready (before the first cell); null if it never was.</summary>
    public double? KernelStartSeconds { get; init; }
}
