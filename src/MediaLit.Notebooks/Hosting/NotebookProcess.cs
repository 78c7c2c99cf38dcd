using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Hosting;

/// <summary>What the runner learned from one notebook's worker process.</summary>
internal sealed record WorkerRun(IReadOnlyList<CellResult> Cells, int ProcessId, long PeakWorkingSet, double? KernelStartSeconds);

/// <summary>
/// Runs one notebook in a worker process of its own (this program's hidden "run-one" command) and watches it:
/// a cell that runs past the cell timeout, a notebook past its deadline, or a working set above the memory limit
/// gets the worker's whole process tree killed; a cell that exits or crashes the worker ends only that worker.
/// Every cell the worker finished before that is kept (it reports each one as it ends); the cell that was running
/// fails with the reason, and later code cells are "not run".
/// </summary>
internal static class NotebookProcess
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    // After its last cell the worker only disposes the kernel; a worker that lingers longer is killed.
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(10);

    public static async Task<WorkerRun> RunAsync(NotebookDocument document, NotebookRunnerOptions options, CancellationToken cancellationToken)
    {
        var resultPath = Path.Combine(Directory.CreateTempSubdirectory("medialit-run-").FullName, "results.jsonl");
        await File.WriteAllBytesAsync(resultPath, [], cancellationToken);
        using var process = Process.Start(StartInfo(document, options, resultPath))
            ?? throw new InvalidOperationException("could not start the notebook worker process");
        // Drained so a cell that floods the real console cannot block the worker on a full pipe; the start of
        // stderr is kept because the runtime writes why the process died there ("Stack overflow.").
        var stderr = FirstChars(process.StandardError, 4000);
        var stdout = FirstChars(process.StandardOutput, 0);
        var clock = Stopwatch.StartNew();
        var results = new Dictionary<int, CellResult>();
        var tail = new ResultTail(resultPath, MaxLineBytes(options.OutputCap));
        int? running = null;
        var runningSince = TimeSpan.Zero;
        var ended = false;
        long peak = 0;
        double? kernelStart = null;
        Stop? stop = null;
        try
        {
            while (true)
            {
                foreach (var line in tail.ReadLines())
                {
                    var message = WorkerMessage.Parse(line);
                    switch (message.Kind)
                    {
                        case WorkerMessageKind.Ready:
                            kernelStart = clock.Elapsed.TotalSeconds;
                            break;
                        case WorkerMessageKind.Start:
                            (running, runningSince) = (message.Cell, clock.Elapsed);
                            break;
                        case WorkerMessageKind.Done when message.Result is { } result:
                            results[result.Number] = result;
                            running = null;
                            break;
                        case WorkerMessageKind.End:
                            ended = true;
                            break;
                    }
                }

                if (ended)
                {
                    break;
                }

                if (process.HasExited)
                {
                    if (tail.ReadLines().Any(l => WorkerMessage.Parse(l) is { Kind: WorkerMessageKind.End }))
                    {
                        break; // the last lines landed between the read and the check
                    }

                    stop = Stop.Exited(process.ExitCode, FirstLine(await stderr));
                    break;
                }

                peak = Math.Max(peak, WorkingSet(process));
                stop = running is not null && clock.Elapsed - runningSince > options.CellTimeout ? Stop.TimedOut(options.CellTimeout)
                    : clock.Elapsed > options.NotebookTimeout ? Stop.NotebookTimedOut(options.NotebookTimeout)
                    : peak > options.MemoryLimit ? Stop.OutOfMemory(options.MemoryLimit)
                    : null;
                if (stop is not null)
                {
                    break;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            if (stop is null)
            {
                using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                grace.CancelAfter(ExitGrace);
                await process.WaitForExitAsync(grace.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        catch (JsonException ex)
        {
            stop = Stop.Garbled(ex.Message);
        }
        finally
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None);
            await stdout;
            tail.Dispose();
            Directory.Delete(Path.GetDirectoryName(resultPath)!, recursive: true);
        }

        // A cell the runner stopped ran from its start until now (the poll adds at most 50 ms).
        var stoppedSeconds = (clock.Elapsed - runningSince).TotalSeconds;
        return new WorkerRun(Complete(document, results, running, stop, stoppedSeconds), process.Id, peak, kernelStart);
    }

    private static ProcessStartInfo StartInfo(NotebookDocument document, NotebookRunnerOptions options, string resultPath)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // a cell that reads the console gets end-of-input, not the runner's terminal
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(document.Path)!,
        };
        start.ArgumentList.Add(typeof(NotebookProcess).Assembly.Location);
        foreach (var argument in new[] { "run-one", document.Path, "--result", resultPath, "--output-cap", options.OutputCap.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>The dotnet host that runs this process (the runtime folder is dotnet/shared/Microsoft.NETCore.App/version/).</summary>
    private static string DotnetHost()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>A result line holds at most a cell's capped output, JSON-escaped (up to six bytes per byte), plus the rest.</summary>
    private static long MaxLineBytes(long outputCap) => (outputCap * 6) + (16 << 20);

    private static long WorkingSet(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // it exited between the check and the read
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Reads a stream to its end, keeping only its first <paramref name="keep"/> characters.</summary>
    private static async Task<string> FirstChars(StreamReader reader, int keep)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(read, keep - kept.Length));
        }

        return kept.ToString();
    }

    private static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } line ? (line.Length > 200 ? line[..200] + "…" : line) : "";

    /// <summary>One result per cell: the worker's, then the stopped cell's failure, then "not run" for later code cells.</summary>
    private static List<CellResult> Complete(NotebookDocument document, Dictionary<int, CellResult> results, int? running, Stop? stop, double stoppedSeconds)
    {
        var list = new List<CellResult>();
        int? stoppedAt = null;
        var executionCount = results.Values.Max(r => r.ExecutionCount) ?? 0;
        foreach (var cell in document.Cells)
        {
            if (results.TryGetValue(cell.Number, out var result))
            {
                list.Add(result);
            }
            else if (NotebookRunner.IsMarkdown(cell))
            {
                list.Add(NotebookRunner.Result(cell, CellStatus.Markdown));
            }
            else if (stoppedAt is { } at)
            {
                list.Add(NotebookRunner.Result(cell, CellStatus.Failed, $"not run: cell {at} {stop!.Later}"));
            }
            else
            {
                // The cell that was running, or (when the worker died before a cell began) the first one not done.
                stop ??= Stop.Garbled("the worker ended without finishing the notebook");
                stoppedAt = running ?? cell.Number;
                list.Add(NotebookRunner.Result(cell, CellStatus.Failed, $"{stop.Reason} (later cells are not run)", stop.ErrorName)
                    with
                    {
                        ExecutionCount = ++executionCount,
                        TimedOut = stop.IsTimeout,
                        Seconds = running == cell.Number ? stoppedSeconds : null,
                        RestoresPackages = PackageRequest.InCell(cell.Source).Count > 0,
                    });
            }
        }

        return list;
    }

    /// <summary>Why the worker was stopped: the stopped cell's message, the later cells' reason, and the error name.</summary>
    private sealed record Stop(string Reason, string Later, string ErrorName, bool IsTimeout = false)
    {
        public static Stop TimedOut(TimeSpan limit) =>
            new($"timed out after {Seconds(limit)} s", "timed out, so the notebook's state is unknown", "TimeoutException", IsTimeout: true);

        public static Stop NotebookTimedOut(TimeSpan limit) =>
            new($"the notebook ran past its {Seconds(limit)} s limit during this cell and was stopped", "ran past the notebook's time limit", "TimeoutException", IsTimeout: true);

        public static Stop OutOfMemory(long limit) =>
            new($"used more than {limit / (1 << 20)} MB of memory and was stopped", "was stopped for using too much memory", "OutOfMemoryException");

        public static Stop Exited(int exitCode, string why) =>
            new($"the notebook's process ended during this cell (exit code {exitCode}{(why.Length > 0 ? ": " + why : "")}); a cell must not exit or crash the process",
                "ended the notebook's process", "ProcessExited");

        public static Stop Garbled(string detail) =>
            new($"the notebook's worker process stopped reporting ({detail})", "stopped the notebook's worker", "NotebookError");

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
