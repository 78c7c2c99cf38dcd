namespace MediaLit.Browser.Tests;

/// <summary>
/// The pages that the main job writes: the pack runner's lessons (artifacts/html, from
/// <c>dotnet run --project src/MediaLit.Notebooks -- run notebooks</c>) and the Jupyter client's (artifacts/jupyter/html,
/// from <c>bash .ci/jupyter-lessons</c>). .ci/run makes both before the tests; a developer's plain <c>dotnet test</c> may
/// not have them, and then the tests that open them are skipped with the reason, except on CI, where they fail.
/// </summary>
internal static class Artifacts
{
    public const string RunnerPages = "artifacts/html";
    public const string JupyterPages = "artifacts/jupyter/html";
    public const string Screenshots = "artifacts/screenshots";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string PathOf(string relative) => Path.Combine(RepositoryRoot, relative);

    /// <summary>The lesson pages in a folder (index.html, the table of contents, left out), sorted by name.</summary>
    public static IReadOnlyList<string> Pages(string relative)
    {
        string folder = PathOf(relative);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.html").Where(p => Path.GetFileName(p) != "index.html").Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Why pages in the folder cannot be tested here, or null when they can (always null on CI).</summary>
    public static string? SkipReason(string relative) =>
        Pages(relative).Count > 0 || OnCi ? null : MissingMessage(relative);

    public static string MissingMessage(string relative) =>
        $"No lesson pages in {relative}: they are made by the main job, not by 'dotnet test'. Run 'bash .ci/run', or "
        + (relative == JupyterPages
            ? "'dotnet build' then 'bash .ci/jupyter-lessons'"
            : "'dotnet run --project src/MediaLit.Notebooks -- run notebooks'")
        + ", then the tests again.";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MediaLit.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"MediaLit.slnx not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>
/// A browser fact over the main job's pages: skipped with the reason where Chromium or the pages are missing, but
/// never on CI (CI=true), where a missing browser or a missing page fails the test (decided at discovery).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PagesFactAttribute : FactAttribute
{
    public PagesFactAttribute(string folder)
    {
        Folder = folder;
        if ((Chromium.SkipReason ?? Artifacts.SkipReason(folder)) is { } reason)
            Skip = reason;
    }

    public string Folder { get; }
}
