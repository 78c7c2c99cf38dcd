namespace MediaLit.Loading;

/// <summary>Finds the pack's <c>data/</c> folder, so that a notebook can say <c>Corpus.Load()</c>.</summary>
public static class DataFolder
{
    /// <summary>Set this environment variable to use another data folder.</summary>
    public const string EnvironmentVariable = "MEDIALIT_DATA";

    /// <summary>
    /// <c>$MEDIALIT_DATA</c> if set; otherwise the first <c>data/</c> holding <c>articles.json</c> found
    /// walking up from <paramref name="startDirectory"/> (default: the current directory, which is the
    /// notebook's folder in VS Code), then from the library's own location.
    /// </summary>
    public static string Find(string? startDirectory = null)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new CorpusException(CorpusProblem.MissingDataFolder, configured,
                    $"{EnvironmentVariable} names a folder that does not exist.", $"Point {EnvironmentVariable} at the pack's data folder, or unset it.");

        string start = startDirectory ?? Directory.GetCurrentDirectory();
        return WalkUp(start) ?? WalkUp(AppContext.BaseDirectory) ?? WalkUp(Path.GetDirectoryName(typeof(DataFolder).Assembly.Location) ?? start)
            ?? throw new CorpusException(CorpusProblem.MissingDataFolder, start,
                $"No data/{ManifestReader.FileName} in this folder or any folder above it.",
                "Open the notebook from the pack's notebooks/ folder, or call Corpus.Load(\"path/to/data\").");
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, ManifestReader.FileName)))
                return candidate;
        }
        return null;
    }
}
