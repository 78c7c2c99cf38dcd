using System.CommandLine;
using MediaLit.Notebooks;
using MediaLit.Notebooks.Reading;

// CLI: dotnet run --project src/MediaLit.Notebooks -- run notebooks [--out artifacts] [--strict] [--cell-timeout 60] [--teacher-edition folder | --no-teacher-site]
var paths = new Argument<string[]>("paths")
{
    Description = "Notebook files (.ipynb) or folders containing them.",
    Arity = ArgumentArity.OneOrMore,
};
var output = new Option<string?>("--out")
{
    Description = "Output folder for executed notebooks (notebooks/) and HTML (html/). Default: artifacts at the repository root.",
};
var strict = new Option<bool>("--strict")
{
    Description = "Also fail (exit code 1) when a cell was skipped because a package could not be restored.",
};
var cellTimeout = new Option<int>("--cell-timeout")
{
    Description = "Seconds one cell may run before it fails as 'timed out'; later cells of that notebook are then not run. Default: 60.",
    DefaultValueFactory = _ => (int)NotebookRunnerOptions.DefaultCellTimeout.TotalSeconds,
};
cellTimeout.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() <= 0)
    {
        result.AddError("--cell-timeout must be a positive number of seconds.");
    }
});
var teacherEdition = new Option<string?>("--teacher-edition")
{
    Description = "Folder of teacher-edition notebooks (as the 'editions' command writes to artifacts/editions/teacher) to run for the teacher site (teacher/html/). Default: the teacher edition of the notebooks given, written to editions/ in the output folder.",
};
var noTeacherSite = new Option<bool>("--no-teacher-site")
{
    Description = "Write only the student site: do not run the teacher edition.",
};
var processPerNotebook = new Option<bool>("--process-per-notebook")
{
    Description = "Start a new worker process for every notebook (slower). By default a worker that finished a notebook cleanly runs the next one, on a new kernel.",
};
var memoryLimit = new Option<int>("--memory-limit")
{
    Description = "Megabytes of memory one notebook's process may hold before it is stopped (the running cell fails). Default: 2048.",
    DefaultValueFactory = _ => (int)(new NotebookRunnerOptions().MemoryLimit >> 20),
};
var outputCap = new Option<int>("--output-cap")
{
    Description = "Kilobytes of output kept per cell; the rest is cut, with a note saying how much. Default: 1024.",
    DefaultValueFactory = _ => (int)(NotebookRunnerOptions.DefaultOutputCap >> 10),
};
foreach (var positive in new[] { memoryLimit, outputCap })
{
    positive.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() <= 0)
        {
            result.AddError($"{positive.Name} must be a positive number.");
        }
    });
}

var run = new Command("run", """
    Execute .NET Interactive C# notebooks cell by cell like the C# kernel, export executed .ipynb and static HTML.
    Prints one line per code cell (PASS/FAIL/SKIP; cell numbers are 1-based over ALL cells, markdown included;
    line numbers are 1-based within the cell) and a final 'Notebooks: N passed, N failed, N skipped' line.
    The student site goes to html/ (index of lesson cards, one page per lesson, report.html with the run's status);
    then the teacher edition is run and its site written to teacher/html/, with a 'Teacher edition: ...' line.
    Each notebook runs on a kernel of its own in a worker process: a cell that exits, crashes, runs past
    --cell-timeout or holds more than --memory-limit stops only that notebook and its process (its earlier cells
    are kept; the cell fails, later ones are not run). A worker that finished a notebook cleanly runs the next.
    Exit codes: 0 all passed, 1 a cell failed (or, with --strict, was skipped), 2 bad arguments or unreadable notebook.
    """)
{
    paths, output, strict, cellTimeout, teacherEdition, noTeacherSite, memoryLimit, outputCap, processPerNotebook,
};
run.SetAction((parse, cancellationToken) =>
    Cli.RunAsync(parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(strict), cancellationToken,
        new NotebookRunnerOptions
        {
            CellTimeout = TimeSpan.FromSeconds(parse.GetValue(cellTimeout)),
            MemoryLimit = (long)parse.GetValue(memoryLimit) << 20,
            OutputCap = (long)parse.GetValue(outputCap) << 10,
            ShareWorkers = !parse.GetValue(processPerNotebook),
        },
        parse.GetValue(teacherEdition), !parse.GetValue(noTeacherSite)));

// The worker side of the runner (see NotebookProcess and WorkerPool); the runner starts it, people do not.
var workerCap = new Option<long>("--output-cap") { DefaultValueFactory = _ => NotebookRunnerOptions.DefaultOutputCap };
var serve = new Command("serve", "Run the notebooks named on stdin, reporting each cell to its result file (used by 'run').")
{
    workerCap,
};
serve.Hidden = true;
serve.SetAction(parse => MediaLit.Notebooks.Hosting.NotebookWorker.ServeAsync(parse.GetValue(workerCap)));

var editionsOut = new Option<string?>("--out")
{
    Description = "Output folder; student/ and teacher/ are written inside it. Default: artifacts/editions at the repository root.",
};
var editionPaths = new Argument<string[]>("paths")
{
    Description = "Notebook files (.ipynb) or folders containing them.",
    Arity = ArgumentArity.OneOrMore,
};
var editions = new Command("editions", """
    Write a student edition (solutions between '// BEGIN SOLUTION' and '// END SOLUTION' replaced by a TODO,
    markdown cells starting with '<!-- teacher-only -->' left out) and a teacher edition of every notebook.
    """)
{
    editionPaths, editionsOut,
};
editions.SetAction(parse => Cli.Editions(parse.GetValue(editionPaths)!, parse.GetValue(editionsOut)));

var submissions = new Argument<string>("submissions")
{
    Description = "The folder of a class's work: one folder per student, each holding that student's lesson notebooks (.ipynb).",
};
var gradeOut = new Option<string?>("--out")
{
    Description = "Output folder for gradebook.csv, answers.csv and gradebook.html. Default: artifacts/grading at the repository root.",
};
var gradeTimeout = new Option<int>("--cell-timeout")
{
    Description = "Seconds one cell may run before it is stopped (a loop a student wrote by mistake). Default: 30.",
    DefaultValueFactory = _ => 30,
};
var grade = new Command("grade", """
    Run every student's notebooks and write a class report: for each student and exercise what the check said
    (right, partly right, not yet, no answer), and the reflection answers, as CSV and as an HTML page.
    A notebook that cannot be graded (not JSON, another kernel, a cell that never ends) is reported for that file.
    """)
{
    submissions, gradeOut, gradeTimeout,
};
grade.SetAction((parse, cancellationToken) =>
    MediaLit.Notebooks.Grading.GradeCommand.RunAsync(parse.GetValue(submissions)!, parse.GetValue(gradeOut),
        TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(gradeTimeout))), cancellationToken));

var root = new RootCommand("MediaLit notebook runner: executes and exports the pack's C# notebooks without Polyglot Notebooks.")
{
    run, editions, grade, serve,
};
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    return 2;
}

return await parseResult.InvokeAsync();
