namespace MediaLit.Benchmarks;

/// <summary>
/// What the pipeline and every-view results hold once they are made: the part of a pass's allocations that no
/// implementation returning the same results could avoid. Issue #18 bounds a pass's allocations at 2× the text; when
/// the results alone hold more than that, the bound cannot be met without returning less, and the report says so.
/// Measured as the managed heap after a full collection while the results are held, less the heap before them: the
/// median of <see cref="Rounds"/> rounds, after warm-up calls (caches the lexicons fill once are not counted).
/// </summary>
internal static class KeptResults
{
    private const int Rounds = 5;

    internal sealed record Kept(long PipelineBytes, long EveryViewBytes, long PipelineAllocated, long EveryViewAllocated);

    public static Kept Measure()
    {
        var calls = new PipelineBenchmarks();
        calls.Setup();
        for (int i = 0; i < 30; i++)
        {
            calls.FullPipeline();
            calls.EveryLessonView();
        }
        return new Kept(Median(keep => calls.FullPipeline(keep)), Median(keep => calls.EveryLessonView(keep)),
            Allocated(() => calls.FullPipeline()), Allocated(() => calls.EveryLessonView()));
    }

    private static long Median(Func<List<object>, int> run)
    {
        var kept = new long[Rounds];
        for (int round = 0; round < Rounds; round++)
        {
            var held = new List<object>();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            run(held);
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(held);
            kept[round] = after - before;
        }
        Array.Sort(kept);
        return kept[Rounds / 2];
    }

    // Bytes allocated per pass on this thread, over 50 passes: the figure BenchmarkDotNet gives, measured beside the kept one.
    private static long Allocated(Func<int> run)
    {
        const int passes = 50;
        long start = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
            run();
        return (GC.GetAllocatedBytesForCurrentThread() - start) / passes;
    }

    /// <summary>The lines the quick command prints; <see cref="Report.Figures"/> reads the kept figures back from them.</summary>
    public static void Print()
    {
        var kept = Measure();
        long raw = PackData.RawBytes, rawString = PackData.RawStringBytes;
        Console.WriteLine($"results kept once made (managed heap after a full collection, median of {Rounds} rounds; the text: {raw / 1e3:F1} KB raw UTF-8, {rawString / 1e3:F1} KB as .NET strings; 1 KB = 1,000 bytes):");
        Line("full article pipeline", kept.PipelineBytes, kept.PipelineAllocated, raw, rawString);
        Line("every lesson view", kept.EveryViewBytes, kept.EveryViewAllocated, raw, rawString);
    }

    private static void Line(string name, long kept, long allocated, long raw, long rawString) =>
        Console.WriteLine($"  {name,-22} kept {kept / 1e3,7:F1} KB ({(double)kept / raw:F1}x the UTF-8 text, {(double)kept / rawString:F1}x as .NET strings) of {allocated / 1e3,7:F1} KB allocated per pass");
}
