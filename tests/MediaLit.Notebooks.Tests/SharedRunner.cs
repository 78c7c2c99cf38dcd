using System.Collections.Concurrent;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// One runner for the whole test run: restores (including the failed, ~2 s attempt for a package this
/// registry lacks) happen once, and each notebook runs once however many tests look at its result.
/// </summary>
internal static class SharedRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Results = new(StringComparer.Ordinal);

    public static string OutputDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "medialit-notebooks-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static NotebookRunner Runner { get; } = new(new NotebookRunnerOptions
    {
        OutputDirectory = OutputDirectory,
        // Successful restores are cached on disk by name and version; share them between test runs.
        PackageDirectory = Path.Combine(Path.GetTempPath(), "medialit-notebooks-tests", "nuget"),
    });

    public static Task<NotebookRunResult> RunAsync(string path) =>
        Results.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<NotebookRunResult>>(() => Runner.RunAsync(p))).Value;

    public static async Task<CellResult> CellAsync(string fixture, int number) =>
        (await RunAsync(TestPaths.Fixture(fixture))).Cells[number - 1];
}
