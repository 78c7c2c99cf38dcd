using System.Diagnostics;
using System.Globalization;
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
}

/// <summary>
/// Runs .NET Interactive C# notebooks headlessly on the real C# kernel, hosted in this process: a fresh kernel per
/// notebook, its cells submitted one by one, its events turned into nbformat outputs and a PASS/FAIL/SKIP per cell.
/// </summary>
public sealed class NotebookRunner : IDisposable
{
    // The working directory is process-wide and the kernel captures Console process-wide while a cell runs,
    // so notebooks run one at a time in a process.
    private static readonly SemaphoreSlim OneNotebookAtATime = new(1, 1);

    private readonly NotebookRunnerOptions _options;

    public NotebookRunner(NotebookRunnerOptions? options = null) => _options = options ?? new NotebookRunnerOptions();

/// <summary>Runs one notebook with a runner of its own.</summary>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunnerOptions options, CancellationToken cancellationToken = default)
    {
        using var runner = new NotebookRunner(options);
        return await runner.RunAsync(path, cancellationToken);
    }

    /// <summary>Nothing to release: each notebook's kernel is disposed when the notebook ends.</summary>
    public void Dispose()
    {
    }

    /// <summary>Runs every cell of the notebook and, if an output directory is set, writes its artifacts.</summary>
    /// <exception cref="NotebookFormatException">The notebook is malformed or not a .NET (C#) notebook.</exception>
    public async Task<NotebookRunResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var document = NotebookReader.Read(path);
        var stopwatch = Stopwatch.StartNew();
        List<CellResult> cells;
        await OneNotebookAtATime.WaitAsync(cancellationToken);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            // The kernel's working directory is the notebook's folder (VS Code sets it so): relative paths in
            // lessons, such as ../data and #r "lib/MediaLit.dll", must mean the same here. Set before the kernel starts.
            Environment.CurrentDirectory = Path.GetDirectoryName(document.Path)!;
            cells = await RunCellsAsync(document, cancellationToken);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            OneNotebookAtATime.Release();
        }

        var result = new NotebookRunResult(document.Path, document.Title, cells) { Elapsed = stopwatch.Elapsed };
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

    private async Task<List<CellResult>> RunCellsAsync(NotebookDocument document, CancellationToken cancellationToken)
    {
        var session = await KernelSession.StartAsync(cancellationToken);
        var failedPackages = new List<PackageRequest>();
        var results = new List<CellResult>();
        var executionCount = 0;
        int? timedOutCell = null;
        try
        {
            foreach (var cell in document.Cells)
            {
                if (timedOutCell is { } stuck && !IsMarkdown(cell))
                {
                    // The timed-out cell may still be running and changing the kernel's state, so nothing after it can
                    // be trusted to run as written: say so for every later code cell instead of running it.
                    results.Add(Result(cell, CellStatus.Failed, $"not run: cell {stuck} timed out, so the notebook's state is unknown"));
                    continue;
                }

                var result = await RunCellAsync(cell, session, failedPackages, () => ++executionCount, cancellationToken);
                timedOutCell ??= result.TimedOut ? cell.Number : null;
                results.Add(result);
            }
        }
        finally
        {
            // A kernel whose cell still runs is left alone: disposing it under running code could crash that code.
            if (timedOutCell is null)
            {
                session.Dispose();
            }
        }

        return results;
    }

    private async Task<CellResult> RunCellAsync(
        NotebookCell cell, KernelSession session, List<PackageRequest> failedPackages, Func<int> nextExecutionCount, CancellationToken cancellationToken)
    {
        if (IsMarkdown(cell))
        {
            return Result(cell, CellStatus.Markdown);
        }

        if (cell.KernelName is not null && cell.KernelName != "csharp")
        {
            return Result(cell, CellStatus.Failed, $"unsupported kernel '{cell.KernelName}' (the runner executes C# cells only)");
        }

        var result = await session.SubmitAsync(cell.Source, _options.CellTimeout, cancellationToken);
        if (result is null)
        {
            var seconds = _options.CellTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Result(cell, CellStatus.Failed, $"timed out after {seconds} s (later cells are not run)", "TimeoutException")
                with { ExecutionCount = nextExecutionCount(), TimedOut = true };
        }

        return CellOutcome.Judge(cell, result, failedPackages, nextExecutionCount);
    }

    /// <summary>Markdown cells, and code cells that start with #!markdown (Polyglot's markdown-in-a-code-cell).</summary>
    internal static bool IsMarkdown(NotebookCell cell) =>
        cell.CellType != "code" || cell.KernelName == "markdown" || cell.Source.Split('\n', 2)[0].TrimEnd() == "#!markdown";

    private static CellResult Result(NotebookCell cell, CellStatus status, string? message = null, string errorName = "NotebookError") =>
        new(cell.Number, status, null, message, null, message is null ? [] : [CellOutput.Failure(errorName, message)]);
}
