using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using MediaLit.Notebooks.Execution;
using MediaLit.Notebooks.Formatting;
using MediaLit.Notebooks.NuGet;
using MediaLit.Notebooks.Output;
using MediaLit.Notebooks.Reading;
using Microsoft.CodeAnalysis;

namespace MediaLit.Notebooks;

/// <summary>Settings for <see cref="NotebookRunner"/>.</summary>
public sealed record NotebookRunnerOptions
{
    /// <summary>Where executed notebooks (notebooks/) and HTML (html/) are written; null writes nothing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Folder for generated restore projects and the restore cache; defaults to &lt;out&gt;/nuget,
    /// or a folder under the temp directory when no output directory is set.</summary>
    public string? PackageDirectory { get; init; }

    /// <summary>
    /// How long one cell may run before it is reported as failed ("timed out after N s"). A minute is far more
    /// than any lesson cell needs, and short enough that a loop a student wrote by mistake does not hang CI.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = DefaultCellTimeout;

    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Runs .NET Interactive C# notebooks headlessly, cell by cell, the way the C# kernel does. One instance
/// can run many notebooks; it shares the package restores (and the record of failed ones) between them.
/// </summary>
public sealed class NotebookRunner : IDisposable
{
    // Compile errors that mean "a type or member from a missing package": a cell failing only with these,
    // after a package failed to restore, is skipped rather than failed.
    private static readonly HashSet<string> MissingSymbolErrors =
        ["CS0246", "CS0234", "CS0103", "CS0400", "CS1061", "CS0117", "CS0012", "CS0305", "CS0308", "CS7036"];

    // The working directory and Console are process-wide, so notebooks run one at a time in a process.
    private static readonly SemaphoreSlim OneNotebookAtATime = new(1, 1);

    private readonly NotebookRunnerOptions _options;
    private readonly NuGetRestorer _restorer;

    public NotebookRunner(NotebookRunnerOptions? options = null)
    {
        _options = options ?? new NotebookRunnerOptions();
        var packages = _options.PackageDirectory
            ?? (_options.OutputDirectory is { } output
                ? Path.Combine(output, "nuget")
                : Path.Combine(Path.GetTempPath(), "medialit-notebooks", "nuget"));
        _restorer = new NuGetRestorer(packages);
    }

    /// <summary>Runs one notebook with a runner of its own.</summary>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunnerOptions options, CancellationToken cancellationToken = default)
    {
        using var runner = new NotebookRunner(options);
        return await runner.RunAsync(path, cancellationToken);
    }

    public void Dispose() => _restorer.Dispose();

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
            // The kernel's working directory is the notebook's folder (VS Code sets it so): relative paths
            // in lessons, such as ../data, must mean the same here.
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
        var session = new ScriptSession();
        var failedPackages = new List<PackageRequest>();
        var results = new List<CellResult>();
        var executionCount = 0;
        int? timedOutCell = null;
        try
        {
        foreach (var cell in document.Cells)
        {
            if (timedOutCell is { } stuck && cell.CellType == "code")
            {
                // The timed-out cell's code may still be running and changing the session, so nothing after it
                // can be trusted to run as written: say so for every later code cell instead of running it.
                results.Add(Result(cell, CellStatus.Failed, message: $"not run: cell {stuck} timed out, so the notebook's state is unknown"));
                continue;
            }

            var result = await RunCellAsync(cell, document, session, failedPackages, () => ++executionCount, cancellationToken);
            if (result.TimedOut)
            {
                timedOutCell = cell.Number;
            }

            results.Add(result);
        }
        }
        finally
        {
            // A session whose cell still runs is left alone: disposing its loader under running code could crash it.
            if (timedOutCell is null)
            {
                session.Dispose();
            }
        }

        return results;
    }

    private async Task<CellResult> RunCellAsync(
        NotebookCell cell, NotebookDocument document, ScriptSession session,
        List<PackageRequest> failedPackages, Func<int> nextExecutionCount, CancellationToken cancellationToken)
    {
        if (cell.CellType != "code" || cell.KernelName == "markdown")
        {
            return Result(cell, CellStatus.Markdown);
        }

        if (cell.KernelName is not null && cell.KernelName != "csharp")
        {
            return Result(cell, CellStatus.Failed, message: $"unsupported kernel '{cell.KernelName}' (the runner executes C# cells only)");
        }

        var plan = CellDirectives.Parse(cell.Source, Path.GetDirectoryName(document.Path)!);
        if (plan.IsMarkdown)
        {
            return Result(cell, CellStatus.Markdown);
        }

        if (plan.Unsupported is [var magic, ..])
        {
            return Result(cell, CellStatus.Failed, magic.Line, $"unsupported magic command {magic.Text}");
        }

        var outputs = new List<CellOutput>();
        foreach (var reference in plan.Assemblies)
        {
            if (!File.Exists(reference.Path))
            {
                return Result(cell, CellStatus.Failed, reference.Line, $"CS0006: Metadata file '{reference.Path}' could not be found");
            }

            session.AddReference(SharedAssemblies.Load(reference.Path));
        }

        string? missing = null;
        foreach (var package in plan.Packages)
        {
            var restore = await _restorer.RestoreAsync(package, cancellationToken);
            if (restore.Succeeded)
            {
                LoadPackage(session, restore);
            }
            else if (package.IsKernelExtension)
            {
                // Only registers formatters in the real kernel; the runner formats those types itself.
                outputs.Add(CellOutput.Stream(OutputKind.Stderr, $"note: kernel extension {package.Display} could not be restored; the runner formats its types itself.\n"));
            }
            else
            {
                failedPackages.Add(package);
                missing ??= package.Display;
            }
        }

        if (missing is not null)
        {
            return Skip(cell, missing, outputs);
        }

        var collector = DisplayCapture.Begin();
        SubmissionOutcome outcome;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using (new ConsoleCapture(collector))
            {
                var compiled = session.Compile(plan.Code, cancellationToken);
                var running = OnOwnThread(() => session.RunAsync(compiled, cancellationToken));
                try
                {
                    outcome = await running.WaitAsync(_options.CellTimeout, cancellationToken);
                }
                catch (TimeoutException)
                {
                    // Roslyn cannot abort a running submission safely, so the runner stops waiting and leaves it on
                    // its background thread, which cannot keep the process alive.
                    var seconds = _options.CellTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                    var message = $"timed out after {seconds} s (later cells are not run)";
                    outputs.Add(CellOutput.Failure("TimeoutException", message));
                    return Result(cell, CellStatus.Failed, message: message, outputs: outputs) with { ExecutionCount = nextExecutionCount(), TimedOut = true };
                }


                if (outcome.HasValue)
                {
                    collector.Add(OutputFormatter.Format(outcome.Value, [], OutputKind.ExecuteResult));
                }
            }
        }
        finally
        {
            DisplayCapture.End();
        }

        if (outcome.Errors.Count > 0)
        {
            if (failedPackages.Count > 0 && outcome.Errors.All(e => MissingSymbolErrors.Contains(e.Id)))
            {
                return Skip(cell, PickPackage(failedPackages, outcome.Errors).Display, outputs);
            }

            var first = outcome.Errors[0];
            var line = first.Location.IsInSource ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : (int?)null;
            var message = $"{first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}"
                + (outcome.Errors.Count > 1 ? $" (+{outcome.Errors.Count - 1} more)" : "");
            outputs.Add(CellOutput.Failure("CompilationError", line is null ? message : $"line {line}: {message}"));
            return Result(cell, CellStatus.Failed, line, message, outputs: outputs) with { ExecutionCount = nextExecutionCount() };
        }

        var executionCount = nextExecutionCount();
        outputs.AddRange(collector.Snapshot());
        if (plan.Timed)
        {
            outputs.Add(CellOutput.Stream(OutputKind.Stdout, $"Wall time: {stopwatch.Elapsed.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture)}ms\n"));
        }

        if (outcome.Exception is { } exception)
        {
            var inner = Unwrap(exception);
            var message = $"{inner.GetType().Name}: {inner.Message}";
            outputs.Add(CellOutput.Failure(inner.GetType().FullName ?? inner.GetType().Name, inner.Message));
            return Result(cell, CellStatus.Failed, message: message, outputs: outputs) with { ExecutionCount = executionCount };
        }

        return Result(cell, CellStatus.Passed, outputs: outputs) with { ExecutionCount = executionCount };
    }

    /// <summary>
    /// Starts a submission on a background thread of its own: a cell that loops without awaiting would otherwise
    /// never hand control back, and the timeout could not fire. The thread carries the caller's execution
    /// context, so display() still reaches this cell's outputs.
    /// </summary>
    private static Task<SubmissionOutcome> OnOwnThread(Func<Task<SubmissionOutcome>> run)
    {
        var done = new TaskCompletionSource<SubmissionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.TrySetResult(run().GetAwaiter().GetResult());
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "notebook cell",
        };
        thread.Start();
        return done.Task;
    }

    private static void LoadPackage(ScriptSession session, PackageRestore restore)
    {
        if (restore.Package.IsKernelExtension)
        {
            return;
        }

        foreach (var file in restore.Assemblies)
        {
            SharedAssemblies.MakeResolvable(file);
        }

        foreach (var file in restore.Assemblies)
        {
            try
            {
                session.AddReference(SharedAssemblies.Load(file));
            }
            catch (BadImageFormatException)
            {
                // Native or reference-only file listed as a runtime asset: nothing to reference.
            }
        }
    }

    /// <summary>
    /// The failed package whose name shows up in the errors (e.g. 'Plotly'), else the one that failed last:
    /// a cell that uses a name defined by a skipped cell most likely needs what that cell needed.
    /// </summary>
    private static PackageRequest PickPackage(List<PackageRequest> failed, IReadOnlyList<Diagnostic> errors)
    {
        var text = string.Join('\n', errors.Select(e => e.GetMessage(CultureInfo.InvariantCulture)));
        return failed.FirstOrDefault(p => p.Name.Split('.')
                   .Where(part => part.Length > 3 && part is not ("Microsoft" or "System" or "CSharp"))
                   .Any(part => text.Contains(part, StringComparison.Ordinal)))
               ?? failed[^1];
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions: [var single] } => Unwrap(single),
        _ => exception,
    };

    private static CellResult Skip(NotebookCell cell, string package, List<CellOutput> outputs)
    {
        var message = $"needs {package} (could not be restored)";
        outputs.Add(CellOutput.Stream(OutputKind.Stderr, $"skipped: {message}\n"));
        return new CellResult(cell.Number, CellStatus.Skipped, null, message, package, outputs);
    }

    private static CellResult Result(NotebookCell cell, CellStatus status, int? line = null, string? message = null, List<CellOutput>? outputs = null)
    {
        if (status == CellStatus.Failed && outputs is null && message is not null)
        {
            outputs = [CellOutput.Failure("NotebookError", line is null ? message : $"line {line}: {message}")];
        }

        return new CellResult(cell.Number, status, line, message, null, outputs ?? []);
    }
}
