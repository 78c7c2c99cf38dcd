using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Hosting;

/// <summary>What the runner learned from one notebook's worker process.</summary>
internal sealed record WorkerRun(IReadOnlyList<CellResult> Cells, int ProcessId, long PeakWorkingSet, double? KernelStartSeconds);

/// <summary>
/// Runs one notebook in a worker process (<see cref="WorkerPool"/>: a new one, or one that finished an earlier
/// notebook cleanly) and watches it: a cell that runs past the cell timeout, a notebook past its deadline, or a
/// working set above the memory limit gets the worker's whole process tree killed; a cell that exits or crashes the
/// worker ends only that worker and this notebook.
/// Every cell the worker finished before that is kept (it reports each one as it ends); the cell that was running
/// fails with the reason, and later code cells are "not run".
/// </summary>
internal static class NotebookProcess
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<WorkerRun> RunAsync(NotebookDocument document, NotebookRunnerOptions options, CancellationToken cancellationToken)
    {
        var resultPath = Path.Combine(Directory.CreateTempSubdirectory("medialit-run-").FullName, "results.jsonl");
        await File.WriteAllBytesAsync(resultPath, [], cancellationToken);
        var worker = WorkerPool.Lease(options);
        worker.Send(new WorkerJob(document.Path, resultPath, options.WorkingDirectory));
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

                if (worker.HasExited)
                {
                    if (tail.ReadLines().Any(l => WorkerMessage.Parse(l) is { Kind: WorkerMessageKind.End }))
                    {
                        ended = true; // the last lines landed between the read and the check
                        break;
                    }

                    stop = Stop.Exited(worker.ExitCode, await worker.WhyItEnded());
                    break;
                }

                peak = Math.Max(peak, worker.WorkingSet());
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
        }
        catch (JsonException ex)
        {
            stop = Stop.Garbled(ex.Message);
        }
        finally
        {
            // Only a worker that reported the notebook's end may take another; any other is killed with its tree.
            if (ended && stop is null)
            {
                WorkerPool.Return(worker, options);
            }
            else
            {
                worker.Dispose();
            }

            tail.Dispose();
            Directory.Delete(Path.GetDirectoryName(resultPath)!, recursive: true);
        }

        // A cell the runner stopped ran from its start until now (the poll adds at most 50 ms).
        var stoppedSeconds = (clock.Elapsed - runningSince).TotalSeconds;
        return new WorkerRun(Complete(document, results, running, stop, stoppedSeconds), worker.Id, peak, kernelStart);
    }

    /// <summary>A result line holds at most a cell's capped output, JSON-escaped (up to six bytes per byte), plus the rest.</summary>
    private static long MaxLineBytes(long outputCap) => (outputCap * 6) + (16 << 20);

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
