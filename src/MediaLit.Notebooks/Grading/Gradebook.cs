using System.Text.Json.Nodes;
using MediaLit.Notebooks.Authoring;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Grading;

/// <summary>
/// Grades a class: runs every student's notebooks (<c>submissions/&lt;student&gt;/*.ipynb</c>) on the real kernel and
/// collects, per student and exercise, what the check said, and the reflection answers. Exercises are found by
/// the id of their cell (the ids in docs/teacher/solutions.json), so reordered cells still grade and a deleted one
/// is named. A submission that cannot run (not JSON, another kernel, a cell that never ends) is reported for that
/// file; the run goes on.
/// </summary>
public sealed class Gradebook(string repositoryRoot, TimeSpan cellTimeout)
{
    private readonly Solutions _solutions = Solutions.Load(Path.Combine(repositoryRoot, Solutions.RelativePath));
    private readonly Dictionary<string, IReadOnlyDictionary<string, (string Id, string Title)>> _exercises = new(StringComparer.Ordinal);

    /// <summary>Grades every student folder under <paramref name="submissions"/>; work files go under <paramref name="workDirectory"/>.</summary>
    public async Task<ClassReport> GradeAsync(string submissions, string workDirectory, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var graded = new List<GradedNotebook>();
        foreach (string loose in Directory.GetFiles(submissions, "*.ipynb").Order(StringComparer.Ordinal))
            graded.Add(Problem("(no student folder)", loose, "put each student's notebooks in a folder named after the student: submissions/<student>/*.ipynb"));

        foreach (string folder in Directory.GetDirectories(submissions).Order(StringComparer.Ordinal))
        {
            string student = Path.GetFileName(folder);
            foreach (string file in Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
            {
                progress?.Invoke($"{student}/{Path.GetFileName(file)}");
                graded.Add(await GradeOneAsync(student, file, Path.Combine(workDirectory, student), cancellationToken));
            }
        }

        return new ClassReport(graded);
    }

    private async Task<GradedNotebook> GradeOneAsync(string student, string file, string work, CancellationToken cancellationToken)
    {
        string lesson = Path.GetFileName(file);
        var expected = _solutions.For(lesson);
        if (expected.Count == 0 && !lesson.Contains('-', StringComparison.Ordinal))
            return Problem(student, file, $"'{lesson}' is not a lesson of the pack: keep the lesson's file name (for example 01-sourcing.ipynb)");

        // The lesson runs where lessons run: beside a lib/ folder and under the repository, so Corpus.Load() finds data/.
        Directory.CreateDirectory(work);
        Editions.CopyLibrary(Path.Combine(repositoryRoot, "notebooks", "lib"), Path.Combine(work, "lib"));
        string copy = Path.Combine(work, lesson);
        File.Copy(file, copy, overwrite: true);

        NotebookDocument document;
        NotebookRunResult result;
        try
        {
            document = NotebookReader.Read(copy);
            using var runner = new NotebookRunner(new NotebookRunnerOptions { CellTimeout = cellTimeout, ShareWorkers = false });
            result = await runner.RunAsync(copy, cancellationToken);
        }
        catch (NotebookFormatException ex)
        {
            return Problem(student, file, ex.Message[(ex.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        }

        var titles = await ExercisesOfAsync(lesson, cancellationToken);
        var ids = CellIds(document.Json);
        var grades = new List<ExerciseGrade>();
        foreach (var (cellId, exercise) in titles)
        {
            int index = ids.IndexOf(cellId);
            if (index < 0)
            {
                grades.Add(new ExerciseGrade(exercise.Id, exercise.Title, "cell deleted", "The exercise's cell is not in the notebook."));
                continue;
            }

            var cell = result.Cells[index];
            var said = cell.Outputs.SelectMany(o => FeedbackReader.Read(o.HtmlContent ?? "")).FirstOrDefault();
            grades.Add(said is not null ? said with { Id = exercise.Id, Title = exercise.Title }
                : new ExerciseGrade(exercise.Id, exercise.Title, cell.Status == CellStatus.Failed && cell.Message?.StartsWith("not run", StringComparison.Ordinal) == true ? "not run" : "failed",
                    cell.Message ?? "The cell gave no feedback."));
        }

        string? problem = result.Cells.FirstOrDefault(c => c.TimedOut) is { } stuck
            ? $"cell {stuck.Number} did not finish within {cellTimeout.TotalSeconds:0} s; the cells after it were not run" : null;
        return new GradedNotebook(student, lesson, problem, grades, Answers(document));
    }

    /// <summary>Each exercise cell of a lesson (by id) with the exercise it checks, from one run of the committed lesson.</summary>
    private async Task<IReadOnlyDictionary<string, (string Id, string Title)>> ExercisesOfAsync(string lesson, CancellationToken cancellationToken)
    {
        if (_exercises.TryGetValue(lesson, out var known))
            return known;
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        string source = Path.Combine(repositoryRoot, "notebooks", lesson);
        if (File.Exists(source))
        {
            using var runner = new NotebookRunner(new NotebookRunnerOptions { CellTimeout = cellTimeout, ShareWorkers = false });
            var reference = await runner.RunAsync(source, cancellationToken);
            var ids = CellIds(NotebookReader.Read(source).Json);
            foreach (string cellId in _solutions.For(lesson).Keys)
            {
                int index = ids.IndexOf(cellId);
                var said = index < 0 ? null : reference.Cells[index].Outputs.SelectMany(o => FeedbackReader.Read(o.HtmlContent ?? "")).FirstOrDefault();
                map[cellId] = said is null ? (cellId, cellId) : (said.Id, said.Title);
            }
        }

        _exercises[lesson] = map;
        return map;
    }

    /// <summary>The text under each answer marker, without the prompt line the lesson puts there.</summary>
    private static List<ReflectionAnswer> Answers(NotebookDocument document) =>
        document.Cells.Where(c => c.CellType == "markdown" && c.Source.StartsWith("<!-- answer ", StringComparison.Ordinal))
            .Select(c =>
            {
                var lines = c.Source.Split('\n');
                string id = lines[0]["<!-- answer ".Length..].Replace("-->", "", StringComparison.Ordinal).Trim();
                var text = lines.Skip(1).Where(l => !l.TrimStart().StartsWith("*Your answer", StringComparison.Ordinal) && !l.TrimStart().StartsWith("*Double-click", StringComparison.Ordinal));
                return new ReflectionAnswer(id, string.Join('\n', text).Trim());
            }).ToList();

    private static List<string?> CellIds(JsonObject notebook) =>
        (notebook["cells"] as JsonArray ?? []).Select(c => c?["id"]?.GetValue<string>()).ToList();

    private static GradedNotebook Problem(string student, string file, string problem) =>
        new(student, Path.GetFileName(file), problem, [], []);
}
