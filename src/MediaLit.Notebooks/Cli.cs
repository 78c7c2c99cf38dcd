using System.Diagnostics;
using System.Globalization;
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

    /// <summary>
    /// Runs the notebooks and writes the student site (html/). Unless <paramref name="teacherSite"/> is false, it also
    /// runs the teacher edition and writes the teacher site (teacher/html/): the notebooks in
    /// <paramref name="teacherEdition"/> when given, else the teacher edition <see cref="Authoring.Editions"/> writes
    /// from the same notebooks into editions/. Both editions share one queue of workers (one per core), so the
    /// teacher's notebooks start as soon as a core is free instead of after the student run's slowest notebook; the
    /// report still prints the student run first. The "Notebooks:" line is the student run's (CI reads it); the
    /// teacher run gets its own line, and a failure in either fails the command. Every cell's own time goes to the
    /// PASS/FAIL lines and to timings.csv.
    /// </summary>
    public static async Task<int> RunAsync(
        string[] paths, string? output, bool strict, CancellationToken cancellationToken, NotebookRunnerOptions? options = null,
        string? teacherEdition = null, bool teacherSite = true)
    {
        var notebooks = Find(paths, out string? error);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        var report = Console.Out;
        var outputDirectory = Path.GetFullPath(output ?? Path.Combine(RepositoryRoot() ?? Environment.CurrentDirectory, "artifacts"));
        var teacherDirectory = Path.Combine(outputDirectory, "teacher");
        List<string> teacherNotebooks = [];
        if (teacherSite)
        {
            teacherNotebooks = TeacherNotebooks(notebooks, teacherEdition, outputDirectory, out error);
            if (error is not null)
            {
                await report.WriteLineAsync(error);
                return 2;
            }
        }

        var settings = options ?? new NotebookRunnerOptions();
        using var runner = new NotebookRunner(settings with { OutputDirectory = outputDirectory });
        // A teacher edition written here from the lessons runs in the lessons' folder: its #r "lib/MediaLit.dll" then
        // loads the very file the student run loaded. From the edition's own copy of lib/, a worker that had run a
        // student lesson loaded MediaLit a second time, cold (its first cell took 11-13 s instead of 3 s).
        var lessonFolders = notebooks.Select(n => Path.GetDirectoryName(Path.GetFullPath(n))).Distinct().ToList();
        var teacherFolder = teacherEdition is null && lessonFolders.Count == 1 ? lessonFolders[0] : null;
        using var teacherRunner = new NotebookRunner(settings with { OutputDirectory = teacherDirectory, WorkingDirectory = teacherFolder });
        // Started together: the runner's worker limit queues them in this order (student notebooks first).
        var studentRuns = notebooks.Select(n => runner.RunAsync(n, cancellationToken)).ToList();
        var teacherRuns = teacherNotebooks.Select(n => teacherRunner.RunAsync(n, cancellationToken)).ToList();

        var (results, unreadable) = await ReportAllAsync(studentRuns, report, null);
        var index = Output.LessonSite.Write(results, Path.Combine(outputDirectory, "html"), Output.SiteEdition.Student);
        await report.WriteLineAsync($"Executed notebooks: {Path.Combine(outputDirectory, "notebooks")}; HTML: {index}");
        await report.WriteLineAsync(Report.Summary(results));

        var teacherResults = new List<NotebookRunResult>();
        if (teacherSite)
        {
            (teacherResults, var teacherUnreadable) = await ReportAllAsync(teacherRuns, report, "teacher/");
            unreadable |= teacherUnreadable;
            var teacherIndex = Output.LessonSite.Write(teacherResults, Path.Combine(teacherDirectory, "html"), Output.SiteEdition.Teacher);
            await report.WriteLineAsync($"Teacher site: {teacherIndex}");
            await report.WriteLineAsync(
                $"Teacher edition: {teacherResults.Sum(r => r.Passed)} passed, {teacherResults.Sum(r => r.Failed)} failed, {teacherResults.Sum(r => r.Skipped)} skipped");
        }

        var timings = Path.Combine(outputDirectory, "timings.csv");
        await File.WriteAllLinesAsync(timings,
            [Report.TimingsHeader, .. Report.TimingRows("student", results), .. Report.TimingRows("teacher", teacherResults)], cancellationToken);
        await report.WriteLineAsync($"Cell timings: {timings}");

        var all = results.Concat(teacherResults).ToList();
        if (all.Count > 0)
        {
            // The runner only reads capped results, so its own peak stays small whatever a cell prints.
            using var self = Process.GetCurrentProcess();
            var largest = all.MaxBy(r => r.WorkerPeakMemory)!;
            await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Peak memory: runner {self.PeakWorkingSet64 >> 20} MB, largest notebook process {largest.WorkerPeakMemory >> 20} MB ({largest.Name})"));
        }

        if (unreadable)
        {
            return 2;
        }

        return all.Any(r => r.Failed > 0) || (strict && all.Any(r => r.Skipped > 0)) ? 1 : 0;
    }

    /// <summary>The teacher edition's notebooks: from the folder given, or written now beside the other artifacts.</summary>
    private static List<string> TeacherNotebooks(List<string> notebooks, string? teacherEdition, string outputDirectory, out string? error)
    {
        if (teacherEdition is not null)
        {
            return Find([teacherEdition], out error);
        }

        try
        {
            var (_, teacher) = Authoring.Editions.Write(notebooks, Path.Combine(outputDirectory, "editions"));
            // Only the lessons this run was given: the editions folder may hold others from an earlier run.
            var names = notebooks.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            error = null;
            return Find([teacher], out error).Where(n => names.Contains(Path.GetFileName(n))).ToList();
        }
        catch (NotebookFormatException ex)
        {
            error = $"ERROR {ex.Message}";
            return [];
        }
    }

    /// <summary>
    /// Waits for the started notebooks in order, printing each cell's line with its time (the teacher run prints
    /// only what did not pass, named with <paramref name="prefix"/>: its passes would repeat the student run's).
    /// </summary>
    private static async Task<(List<NotebookRunResult> Results, bool Unreadable)> ReportAllAsync(
        List<Task<NotebookRunResult>> running, TextWriter report, string? prefix)
    {
        var results = new List<NotebookRunResult>();
        var unreadable = false;
        foreach (var notebook in running)
        {
            try
            {
                var result = await notebook;
                results.Add(result);
                var cells = result.Cells.Where(c => c.Status != CellStatus.Markdown && (prefix is null || c.Status != CellStatus.Passed));
                foreach (var cell in cells)
                {
                    await report.WriteLineAsync(Report.TimedCellLine(prefix + result.Name, cell));
                }
            }
            catch (NotebookFormatException ex)
            {
                unreadable = true;
                await report.WriteLineAsync($"ERROR {ex.Message}");
            }
        }

        return (results, unreadable);
    }

    /// <summary>The folder holding MediaLit.slnx, searched upwards from <paramref name="start"/> (default: the current directory).</summary>
    internal static string? RepositoryRoot(string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MediaLit.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
