namespace MediaLit.Tests;

/// <summary>
/// Bytes an action allocates on this thread, for the allocation bounds of issue #18. Counted, not timed, so a busy
/// machine cannot fail a test; warmed first, so caches, lexicon patterns and lazily split sentences are paid once.
/// </summary>
internal static class AllocatedBytes
{
    public static long PerPass(Action pass, int warmUps = 3, int passes = 10)
    {
        for (int i = 0; i < warmUps; i++)
            pass();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
            pass();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / passes;
    }
}
