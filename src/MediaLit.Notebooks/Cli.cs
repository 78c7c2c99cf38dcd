using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks;

/// <summary>The "run" command: find notebooks, run them with one shared runner, print the report.</summary>
internal static class Cli
{
    /// <summary>The "editions" command: student and teacher editions of every notebook.</summary>
    public static int Editions(string[] paths, string? output)
    {
        var notebooks = Find(paths, out string? error);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        try
        {
            var outputDirectory = Path.GetFullPath(output ?? Path.Combine(RepositoryRoot() ?? Environment.CurrentDirectory, "artifacts", "editions"));
            var (student, teacher) = Authoring.Editions.Write(notebooks, outputDirectory);
            Console.WriteLine($"Student edition: {student}");
            Console.WriteLine($"Teacher edition: {teacher}");
            return 0;
        }
        catch (NotebookFormatException ex)
        {
            Console.Error.WriteLine($"ERROR {ex.Message}");
            return 2;
        }
    }

    /// <summary>The notebooks named by the paths (folders are searched for *.ipynb, in name order).</summary>
    private static List<string> Find(string[] paths, out string? error)
    {
        error = null;
        var notebooks = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                notebooks.AddRange(Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal));
            else if (File.Exists(path) && path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                notebooks.Add(path);
            else
                error = $"error: '{path}' is neither a folder nor an .ipynb file";
        }
        if (error is null && notebooks.Count == 0)
            error = "error: no .ipynb notebooks found";
        return notebooks;
    }

    public static async Task<int> RunAsync(string[] paths, string? output, bool strict, CancellationToken cancellationToken, TimeSpan? cellTimeout = null)
    {
        var notebooks = Find(paths, out string? error);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        // The kernel redirects Console while a cell runs, and for good after a cell that timed out (its code may
        // still write): the report goes to the console as it was before any notebook ran.
        var report = Console.Out;
        var outputDirectory = Path.GetFullPath(output ?? Path.Combine(RepositoryRoot() ?? Environment.CurrentDirectory, "artifacts"));
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = outputDirectory, CellTimeout = cellTimeout ?? NotebookRunnerOptions.DefaultCellTimeout });
        var results = new List<NotebookRunResult>();
        var unreadable = false;
        foreach (var notebook in notebooks)
        {
            try
            {
                var result = await runner.RunAsync(notebook, cancellationToken);
                results.Add(result);
                foreach (var line in Report.CellLines(result))
                {
                    await report.WriteLineAsync(line);
                }
            }
            catch (NotebookFormatException ex)
            {
                unreadable = true;
                await report.WriteLineAsync($"ERROR {ex.Message}");
            }
        }

        var index = NotebookRunner.WriteIndex(results, outputDirectory);
        await report.WriteLineAsync($"Executed notebooks: {Path.Combine(outputDirectory, "notebooks")}; HTML: {index}");
        await report.WriteLineAsync(Report.Summary(results));
        if (unreadable)
        {
            return 2;
        }

        return results.Any(r => r.Failed > 0) || (strict && results.Any(r => r.Skipped > 0)) ? 1 : 0;
    }

    /// <summary>The folder holding MediaLit.slnx, searched upwards from the current directory.</summary>
    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MediaLit.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
