using MediaLit.Notebooks;
using MediaLit.Notebooks.Authoring;
using MediaLit.Notebooks.Output;

namespace MediaLit.Browser.Tests;

/// <summary>
/// Both exported sites, made once for the tests that share this fixture the way the main job makes them: every
/// lesson run by the real runner into a student site, and the teacher edition run into a teacher site.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public string Output { get; } = TempFolders.New("medialit-site-");

    public string StudentSite => Path.Combine(Output, "html");

    public string TeacherSite => Path.Combine(Output, "teacher", "html");

    /// <summary>The lesson pages' file names, in site order.</summary>
    public IReadOnlyList<string> Lessons { get; private set; } = [];

    public async Task InitializeAsync()
    {
        // Nothing to make where the tests will be skipped anyway.
        if (Chromium.SkipReason is not null)
            return;
        var notebooks = Directory.GetFiles(Path.Combine(Artifacts.RepositoryRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var student = await RunAsync(notebooks, Output);
        LessonSite.Write(student, StudentSite, SiteEdition.Student);
        var (_, teacherFolder) = Editions.Write(notebooks, Path.Combine(Output, "editions"));
        var teacher = await RunAsync(Directory.GetFiles(teacherFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList(), Path.Combine(Output, "teacher"));
        LessonSite.Write(teacher, TeacherSite, SiteEdition.Teacher);
        Lessons = student.Select(r => Path.GetFileNameWithoutExtension(r.Name) + ".html").ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<List<NotebookRunResult>> RunAsync(List<string> notebooks, string output)
    {
        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = output });
        var results = new List<NotebookRunResult>();
        foreach (string notebook in notebooks)
        {
            var result = await runner.RunAsync(notebook);
            Assert.All(result.Cells.Where(c => c.Status != CellStatus.Markdown), c => Assert.True(c.Status == CellStatus.Passed, $"{result.Name} cell {c.Number}: {c.Status} {c.Message}"));
            results.Add(result);
        }

        return results;
    }

    /// <summary>Where the tests leave what a person should look at (screenshots, print and axe summaries).</summary>
    public static string ArtifactsFolder(string name) =>
        Directory.CreateDirectory(Path.Combine(Artifacts.RepositoryRoot, "artifacts", name)).FullName;

}
