namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// Worker processes that finished a notebook cleanly, kept for the next one. A worker is never reused after a cell
/// failed to finish (timeout, memory, exit, crash: it is killed), nor when it holds more than half the memory limit,
/// has run <see cref="MostNotebooks"/> notebooks, or kept a core busy while idle. Each notebook still gets a new
/// kernel and the formatters' defaults; what a notebook can leave behind in a shared process is static state of the
/// libraries it loaded, so runs of untrusted notebooks (a class's submissions) ask for a process each instead.
/// </summary>
internal static class WorkerPool
{
    /// <summary>Bounds what one process can accumulate: loaded assemblies of compiled cells are never unloaded.</summary>
    public const int MostNotebooks = 8;

    private static readonly Lock Gate = new();
    private static readonly List<WorkerProcess> Idle = [];

    static WorkerPool() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Clear();

    /// <summary>An idle worker with the same output cap that stayed idle, or a new one.</summary>
    public static WorkerProcess Lease(NotebookRunnerOptions options)
    {
        while (options.ShareWorkers && Take(options.OutputCap) is { } worker)
        {
            if (worker.StayedIdle())
            {
                return worker;
            }

            worker.Dispose();
        }

        return WorkerProcess.Start(options.OutputCap);
    }

    /// <summary>Keeps a worker whose notebook ended cleanly for the next notebook, or ends it.</summary>
    public static void Return(WorkerProcess worker, NotebookRunnerOptions options)
    {
        if (!options.ShareWorkers || worker.HasExited || worker.Notebooks >= MostNotebooks || worker.WorkingSet() > options.MemoryLimit / 2)
        {
            worker.Dispose();
            return;
        }

        worker.MarkIdle();
        WorkerProcess? surplus = null;
        lock (Gate)
        {
            Idle.Add(worker);
            // An idle worker holds a few hundred MB: no more of them than notebooks can run at once.
            if (Idle.Count > Environment.ProcessorCount)
            {
                surplus = Idle[0];
                Idle.RemoveAt(0);
            }
        }

        surplus?.Dispose();
    }

    private static WorkerProcess? Take(long outputCap)
    {
        lock (Gate)
        {
            var index = Idle.FindLastIndex(w => w.OutputCap == outputCap);
            if (index < 0)
            {
                return null;
            }

            var worker = Idle[index];
            Idle.RemoveAt(index);
            return worker;
        }
    }

    private static void Clear()
    {
        List<WorkerProcess> all;
        lock (Gate)
        {
            all = [.. Idle];
            Idle.Clear();
        }

        foreach (var worker in all)
        {
            worker.Dispose();
        }
    }
}
