using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace MediaLit.Benchmarks;

/// <summary>
/// The every-view row again, in the globalization mode the lessons meet in Jupyter and VS Code. Every program of this
/// repository runs with invariant globalization (Directory.Build.props), the benchmarks too; the .NET Interactive kernel
/// does not, and then culture-aware casing goes through ICU. The two modes time the same code differently (on
/// 2026-12-04 the code before #18 took about 95 ms a pass with invariant globalization and about 53 ms with ICU), so this
/// row is built with InvariantGlobalization off and compared with the earlier figure measured the same way.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[Config(typeof(IcuConfig))]
public class KernelModeBenchmarks
{
    // The pipeline rows' own setup and every-view calls, run here in the other mode.
    private readonly PipelineBenchmarks _pipeline = new();

    /// <summary>The pipeline rows' job (15 warm-up and 7 measured iterations), built with ICU globalization.</summary>
    private sealed class IcuConfig : ManualConfig
    {
        public IcuConfig() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(15).WithIterationCount(7)
            .WithArguments([new MsBuildArgument("/p:InvariantGlobalization=false")]).WithId("ICU"));
    }

    [GlobalSetup]
    public void Setup()
    {
        // A culture exists only when ICU is loaded: a row labelled as the kernel's mode must not have run without it.
        try
        {
            _ = CultureInfo.GetCultureInfo("en-US");
        }
        catch (CultureNotFoundException)
        {
            throw new InvalidOperationException("This benchmark ran with invariant globalization; it must run with ICU (is libicu installed?).");
        }
        _pipeline.Setup();
    }

    [Benchmark(Description = "every lesson view, ICU globalization (raw bytes)")]
    public int EveryLessonViewIcu() => _pipeline.EveryLessonView();
}
