using System.Diagnostics;
using System.Text;
using MediaLit.Notebooks.Reading;
using Microsoft.DotNet.Interactive.Formatting;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// The child side of <see cref="NotebookProcess"/> (the hidden "serve" command): runs the notebooks named on stdin,
/// one at a time, each on a new real C# kernel in this process, and reports each step to the notebook's result file.
/// It enforces no time or memory limit itself: the runner watches it from outside and kills it, which is the only
/// way to stop code the kernel cannot abort.
/// </summary>
internal static class NotebookWorker
{
    /// <summary>Runs each job read from stdin until stdin ends (the runner closed it, or ended).</summary>
    public static async Task<int> ServeAsync(long outputCap)
    {
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var job = WorkerJob.Parse(line);
            await RunAsync(job.Notebook, job.Result, job.WorkingDirectory, outputCap);
        }

        return 0;
    }

    private static async Task RunAsync(string notebookPath, string resultPath, string? workingDirectory, long outputCap)
    {
        var document = NotebookReader.Read(notebookPath);
        // Formatters are process-wide: an earlier notebook's (a package's extension, a cell's Register) must not
        // change how this one's values look.
        Formatter.ResetToDefault();
        // The kernel's working directory is the notebook's folder (VS Code sets it so): relative paths in lessons,
        // such as ../data and #r "lib/MediaLit.dll", must mean the same here. Set before the kernel starts.
        Environment.CurrentDirectory = workingDirectory ?? Path.GetDirectoryName(document.Path)!;
        await using var results = new StreamWriter(new FileStream(resultPath, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        void Send(WorkerMessage message)
        {
            results.Write(message.ToLine());
            results.Write('\n');
            results.Flush();
        }

        var session = await KernelSession.StartAsync(CancellationToken.None);
        Send(new WorkerMessage(WorkerMessageKind.Ready));
        var failedPackages = new List<PackageRequest>();
        var executionCount = 0;
        foreach (var cell in document.Cells)
        {
            CellResult result;
            if (NotebookRunner.IsMarkdown(cell))
            {
                result = NotebookRunner.Result(cell, CellStatus.Markdown);
            }
            else if (cell.KernelName is not null && cell.KernelName != "csharp")
            {
                result = NotebookRunner.Result(cell, CellStatus.Failed, $"unsupported kernel '{cell.KernelName}' (the runner executes C# cells only)");
            }
            else
            {
                Send(new WorkerMessage(WorkerMessageKind.Start, cell.Number));
                // The cell's own time, measured here around its submission: the runner sees results only through
                // the file, and a notebook's lines are printed when the whole notebook is done.
                var started = Stopwatch.GetTimestamp();
                var submitted = await session.SubmitAsync(cell.Source, Timeout.InfiniteTimeSpan, CancellationToken.None);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                result = CellOutcome.Judge(cell, submitted!, failedPackages, () => ++executionCount, outputCap)
                    with { Seconds = seconds, RestoresPackages = PackageRequest.InCell(cell.Source).Count > 0 };
            }

            Send(new WorkerMessage(WorkerMessageKind.Done, cell.Number, result));
        }

        session.Dispose();
        // Before "end", so the runner's memory check sees what this worker really keeps: the notebook's corpus,
        // results and 5 MB chart-library output are garbage now, but the heap kept the pages. Without this, a
        // worker passed half the memory limit after two chart lessons and was retired, and a new worker's start
        // cost 7-24 s of JIT (loads 10-14) instead of a next kernel's 0.5-1 s.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Send(new WorkerMessage(WorkerMessageKind.End));
    }
}
