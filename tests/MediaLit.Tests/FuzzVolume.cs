using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MediaLit.Tests;

/// <summary>
/// A seedable, allocation-free random source (SplitMix64): cheap enough to make a million inputs a second, and
/// input #i of a run is made from (seed, i) alone, so one failing input can be made again without the others.
/// </summary>
internal struct FuzzRandom(ulong seed)
{
    private ulong _state = seed;

    public static FuzzRandom ForInput(ulong seed, long index) => new(seed ^ ((ulong)index * 0x9E3779B97F4A7C15UL));

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Below(int max) => max <= 1 ? 0 : (int)(Next() % (ulong)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A count skewed towards small ones (most inputs short, some long), at most <paramref name="max"/> - 1.</summary>
    public int Length(int max) => Below(Below(max) + 1);
}

/// <summary>
/// The volume run: a fixed number of generated inputs through one input path on every core, with no shrinking,
/// counting inputs and time. How many: <see cref="PerPath"/> (MEDIALIT_FUZZ=heavy: a million; a number: that many).
/// A failure names the path, the input's number and seed, and the input itself (escaped).
/// </summary>
internal static class FuzzVolume
{
    public const long HeavyPerPath = 1_000_000;

    public const long DefaultPerPath = 2_000;

    public const ulong Seed = 20261202;

    public static long PerPath { get; } = Environment.GetEnvironmentVariable("MEDIALIT_FUZZ") switch
    {
        "heavy" => HeavyPerPath,
        { } n when long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out long count) && count > 0 => count,
        _ => DefaultPerPath,
    };

    /// <param name="Cpu">Processor time the test process used meanwhile (all its threads): on a busy machine the
    /// wall-clock rate says more about the other processes than about the code, the processor time per input does not.</param>
    public sealed record Outcome(string Path, long Inputs, TimeSpan Elapsed, TimeSpan Cpu)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"fuzz volume: {Path,-9} {Inputs,9:N0} inputs in {Elapsed.TotalSeconds,7:0.0} s ({Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9),8:N0}/s) on {Environment.ProcessorCount} cores, 0 failures; cpu {Cpu.TotalSeconds:0.0} s ({Cpu.TotalMicroseconds / Math.Max(Inputs, 1),7:0.0} µs/input)");
    }

    /// <param name="check">Checks one input on one worker (0 to cores - 1); throws when the property does not hold.</param>
    public static Outcome Run<T>(string path, long count, Func<FuzzRandom, T> generate, Action<T, int> check, Func<T, string>? describe = null)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int workers = Environment.ProcessorCount;
        long next = -1;
        Exception? failure = null;
        var threads = Enumerable.Range(0, workers).Select(worker => new Thread(() =>
        {
            const int Batch = 64; // fewer contended increments than one per input
            while (Volatile.Read(ref failure) is null)
            {
                long first = Interlocked.Add(ref next, Batch) - Batch + 1;
                if (first >= count)
                    return;
                for (long i = first; i < Math.Min(first + Batch, count); i++)
                {
                    T input = generate(FuzzRandom.ForInput(Seed, i));
                    try
                    {
                        check(input, worker);
                    }
                    catch (Exception e)
                    {
                        var text = describe is null ? input?.ToString() ?? "" : describe(input);
                        Interlocked.CompareExchange(ref failure, new InvalidOperationException(
                            $"{path}: input #{i} (seed {Seed}) failed: {e.GetType().Name}: {e.Message}\nInput: {Escape(text)}", e), null);
                        return;
                    }
                }
            }
        }) { IsBackground = true, Name = $"fuzz {path} {worker}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failure is not null)
            throw failure;
        return new Outcome(path, count, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>The input as a C# string literal body (controls and surrogates as \u escapes), cut to 4,000 characters.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (char c in text.Length > 4000 ? text[..4000] : text)
            escaped.Append(c is < ' ' or '"' or '\\' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        return escaped.Append(text.Length > 4000 ? $"… ({text.Length} characters)" : "").ToString();
    }
}
