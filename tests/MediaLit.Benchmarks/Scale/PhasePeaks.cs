using System.Globalization;

namespace MediaLit.Benchmarks.Scale;

/// <summary>
/// What the process's peak is made of, phase by phase (generate, read + clean, reuse). A background thread samples
/// the working set every few milliseconds and, at each phase's highest sample, notes the GC heap beside it: the
/// bytes on the heap (live objects and garbage not yet collected) and the bytes the collector has committed. The
/// rest of the working set is the runtime, code and native memory. It never forces a collection, so it measures the
/// run as it would be without it; it only reads counters, so it allocates almost nothing.
/// </summary>
internal sealed class PhasePeaks : IDisposable
{
    private readonly Thread _sampler;
    private readonly List<(string Phase, Sample Peak)> _done = [];
    private volatile bool _stop;
    private string _phase = "";
    private Sample _peak;
    private readonly Lock _gate = new();

    private readonly record struct Sample(long WorkingSet, long Heap, long Committed, int Gen2Collections);

    public PhasePeaks(string firstPhase)
    {
        _phase = firstPhase;
        _sampler = new Thread(Run) { IsBackground = true, Name = "phase peaks" };
        _sampler.Start();
    }

    /// <summary>Closes the current phase (with one last sample) and starts the next.</summary>
    public void Next(string phase)
    {
        lock (_gate)
        {
            Take();
            _done.Add((_phase, _peak));
            _phase = phase;
            _peak = default;
        }
    }

    public void Dispose()
    {
        _stop = true;
        _sampler.Join();
        lock (_gate)
        {
            Take();
            _done.Add((_phase, _peak));
        }
    }

    /// <summary>One line per phase: its peak working set and, at that moment, the GC heap and what the GC had committed.</summary>
    public IEnumerable<string> Lines() => _done.Select(d => string.Create(CultureInfo.InvariantCulture,
        $"    {d.Phase}: peak working set {d.Peak.WorkingSet / 1e9:F2} GB; then the GC heap held {d.Peak.Heap / 1e9:F2} GB (live and not yet collected) ({d.Peak.Committed / 1e9:F2} GB committed at the last collection); full collections so far {d.Peak.Gen2Collections}"));

    private void Run()
    {
        while (!_stop)
        {
            lock (_gate)
                Take();
            Thread.Sleep(5);
        }
    }

    private void Take()
    {
        long workingSet = Environment.WorkingSet;
        if (workingSet <= _peak.WorkingSet)
            return;
        _peak = new Sample(workingSet, GC.GetTotalMemory(forceFullCollection: false),
            GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes, GC.CollectionCount(2));
    }
}
