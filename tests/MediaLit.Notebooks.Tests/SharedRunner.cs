using System.Collections.Concurrent;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// One runner for the whole test run: each notebook runs once (a fresh kernel, a restore attempt for a package
/// that does not exist) however many tests look at its result.
/// </summary>
internal static class SharedRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Results = new(StringComparer.Ordinal);

    public static string OutputDirectory { get; } = TempFolders.New("medialit-notebooks-tests-");

    public static NotebookRunner Runner { get; } = new(new NotebookRunnerOptions { OutputDirectory = OutputDirectory });

    public static Task<NotebookRunResult> RunAsync(string path) =>
        Results.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<NotebookRunResult>>(() => Runner.RunAsync(p))).Value;

    public static async Task<CellResult> CellAsync(string fixture, int number) =>
        (await RunAsync(TestPaths.Fixture(fixture))).Cells[number - 1];
}
