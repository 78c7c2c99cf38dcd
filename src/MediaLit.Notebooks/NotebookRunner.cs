using System.Diagnostics;
using MediaLit.Notebooks.Hosting;
using MediaLit.Notebooks.Output;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks;

/// <summary>Settings for <see cref="NotebookRunner"/>.</summary>
public sealed record NotebookRunnerOptions
{
    /// <summary>Where executed notebooks (notebooks/) and HTML (html/) are written; null writes nothing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>
    /// How long one cell may run before it is reported as failed ("timed out after N s"). A minute is far more
    /// than any lesson cell needs (a first package restore takes a few seconds), and short enough that a loop a
    /// student wrote by mistake does not hang CI.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How long a whole notebook may run, kernel start included; a lesson needs a minute or two.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The most a notebook's process may hold in memory (working set, bytes) before it is stopped. A lesson's kernel
    /// holds a few hundred MB; 2 GB leaves room for a DataFrame and stops a runaway loop long before the machine suffers.
    /// </summary>
    public long MemoryLimit { get; init; } = 2L << 30;

    /// <summary>The most output (UTF-8 bytes) kept per cell; the rest is cut, with a note saying how much.</summary>
    public long OutputCap { get; init; } = DefaultOutputCap;

    public const long DefaultOutputCap = 1 << 20;

    /// <summary>
    /// The folder every notebook runs in (its relative paths, such as <c>lib/MediaLit.dll</c> and <c>../data</c>,
    /// mean what they mean there); null runs each notebook in its own folder, as VS Code does.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Whether a worker process that finished a notebook cleanly may run the next one (with a new kernel). Starting
    /// .NET and the compiler costs seconds per process, most of a lesson's run on a small machine. Off for notebooks
    /// that must not share a process's static state with each other, such as a class's submissions.
    /// </summary>
    public bool ShareWorkers { get; init; } = true;
}

/// <summary>
/// Runs .NET Interactive C# notebooks headlessly on the real C# kernel: each notebook on a kernel of its own in a
/// worker process (<see cref="NotebookProcess"/>), so a cell that exits, crashes, loops or eats memory stops only
/// that notebook; its cells' events become nbformat outputs and a PASS/FAIL/SKIP per cell.
/// </summary>
public sealed class NotebookRunner : IDisposable
{
    // Each worker is a kernel compiling C#: more at once than there are cores only makes every cell slower
    // (and a slow cell nearer its timeout).
    private static readonly SemaphoreSlim Workers = new(Math.Max(1, Environment.ProcessorCount));

    private readonly NotebookRunnerOptions _options;

    public NotebookRunner(NotebookRunnerOptions? options = null) => _options = options ?? new NotebookRunnerOptions();

    /// <summary>Runs one notebook with a runner of its own.</summary>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunnerOptions options, CancellationToken cancellationToken = default)
    {
        using var runner = new NotebookRunner(options);
        return await runner.RunAsync(path, cancellationToken);
    }

    /// <summary>Nothing to release: idle worker processes are shared by runners and end with this process.</summary>
    public void Dispose()
    {
    }

    /// <summary>Runs every cell of the notebook and, if an output directory is set, writes its artifacts.</summary>
    /// <exception cref="NotebookFormatException">The notebook is malformed or not a .NET (C#) notebook.</exception>
    public async Task<NotebookRunResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var document = NotebookReader.Read(path);
        await Workers.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        WorkerRun run;
        try
        {
            run = await NotebookProcess.RunAsync(document, _options, cancellationToken);
        }
        finally
        {
            Workers.Release();
        }

        var result = new NotebookRunResult(document.Path, document.Title, run.Cells)
        {
            Elapsed = stopwatch.Elapsed,
            WorkerProcessId = run.ProcessId,
            WorkerPeakMemory = run.PeakWorkingSet,
            KernelStartSeconds = run.KernelStartSeconds,
        };
        return _options.OutputDirectory is { } outputDirectory ? WriteArtifacts(document, result, outputDirectory) : result;
    }

    /// <summary>Writes html/index.html linking the given results (file-name order).</summary>
    public static string WriteIndex(IEnumerable<NotebookRunResult> results, string outputDirectory) =>
        HtmlExporter.WriteIndex(results, Path.Combine(outputDirectory, "html"));

    private static NotebookRunResult WriteArtifacts(NotebookDocument document, NotebookRunResult result, string outputDirectory)
    {
        var baseName = Path.GetFileNameWithoutExtension(document.Path);
        var notebookPath = Path.Combine(outputDirectory, "notebooks", baseName + ".ipynb");
        var htmlPath = Path.Combine(outputDirectory, "html", baseName + ".html");
        IpynbWriter.Write(document, result, notebookPath);
        HtmlExporter.WritePage(document, result, htmlPath);
        return result with { ExecutedNotebookPath = notebookPath, HtmlPath = htmlPath };
    }

    /// <summary>Markdown cells, and code cells that start with #!markdown (Polyglot's markdown-in-a-code-cell).</summary>
    internal static bool IsMarkdown(NotebookCell cell) =>
        cell.CellType != "code" || cell.KernelName == "markdown" || cell.Source.Split('\n', 2)[0].TrimEnd() == "#!markdown";

    internal static CellResult Result(NotebookCell cell, CellStatus status, string? message = null, string errorName = "NotebookError") =>
        new(cell.Number, status, null, message, null, message is null ? [] : [CellOutput.Failure(errorName, message)]);
}
