namespace MediaLit.Notebooks.Grading;

/// <summary>The "grade" command: run a class's notebooks and write the class report.</summary>
internal static class GradeCommand
{
    public static async Task<int> RunAsync(string submissions, string? output, TimeSpan cellTimeout, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(submissions))
        {
            await Console.Error.WriteLineAsync($"error: '{submissions}' is not a folder. Give the folder that holds one folder per student: submissions/<student>/*.ipynb");
            return 2;
        }

        string? root = Cli.RepositoryRoot();
        if (root is null)
        {
            await Console.Error.WriteLineAsync("error: run this inside the MediaLit repository (its notebooks/lib, data/ and docs/teacher/solutions.json are needed).");
            return 2;
        }

        string outputDirectory = Path.GetFullPath(output ?? Path.Combine(root, "artifacts", "grading"));
        var gradebook = new Gradebook(root, cellTimeout);
        var report = await gradebook.GradeAsync(Path.GetFullPath(submissions), Path.Combine(outputDirectory, "work"),
            file => Console.WriteLine($"grading {file}"), cancellationToken);
        var (csv, answers, html) = ClassReportWriter.Write(report, outputDirectory);
        foreach (var problem in report.Notebooks.Where(n => n.Problem is not null))
            Console.WriteLine($"PROBLEM {problem.Student}/{problem.Notebook}: {problem.Problem}");
        Console.WriteLine($"Gradebook: {csv}; answers: {answers}; page: {html}");
        int graded = report.Notebooks.Count(n => n.Exercises.Count > 0);
        Console.WriteLine($"Graded {graded} notebook(s) of {report.Notebooks.Select(n => n.Student).Distinct().Count()} student(s); {report.Notebooks.Count(n => n.Problem is not null)} with a problem.");
        return 0;
    }
}
