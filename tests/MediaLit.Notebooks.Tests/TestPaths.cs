namespace MediaLit.Notebooks.Tests;

/// <summary>Where the repository, the fixtures and the schema are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string NotebooksFolder => Path.Combine(RepositoryRoot, "notebooks");

    public static string LibraryDll => Path.Combine(NotebooksFolder, "lib", "MediaLit.dll");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Schema => Path.Combine(AppContext.BaseDirectory, "Schemas", "nbformat.v4.5.schema.json");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MediaLit.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"MediaLit.slnx not found above {AppContext.BaseDirectory}");
    }
}
