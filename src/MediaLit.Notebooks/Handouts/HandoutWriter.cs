using System.Text;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// Writes every handout and their index into a site's <c>handouts/</c> folder. The student and the teacher site get
/// the same handouts: none of them holds an answer to a checked exercise.
/// </summary>
public static class HandoutWriter
{
    public const string Folder = "handouts";

    /// <summary>Writes the handouts for the repository at <paramref name="repositoryRoot"/> and returns the index's path.</summary>
    public static string Write(string repositoryRoot, string siteDirectory)
    {
        var handouts = Render(HandoutSources.Read(repositoryRoot));
        var folder = Directory.CreateDirectory(Path.Combine(siteDirectory, Folder)).FullName;
        foreach (var handout in handouts)
        {
            File.WriteAllText(Path.Combine(folder, handout.File), handout.Html);
        }

        var index = Path.Combine(folder, "index.html");
        File.WriteAllText(index, Index(handouts));
        return index;
    }

    /// <summary>
    /// The repository whose data the handouts are made from: the first folder holding MediaLit.slnx above the
    /// lessons run (a teacher edition in artifacts/ is inside it), else above this program (built inside the
    /// repository), else above the working directory, else none. The program's folder comes before the working
    /// directory because the runner moves the working directory to each notebook's folder while it runs.
    /// </summary>
    public static string? FindRepository(IEnumerable<string> notebookPaths)
    {
        var starts = notebookPaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))).OfType<string>()
            .Append(AppContext.BaseDirectory).Append(Environment.CurrentDirectory);
        return starts.Select(start => Cli.RepositoryRoot(start)).FirstOrDefault(root => root is not null);
    }

    internal static IReadOnlyList<Handout> Render(HandoutSources sources) =>
    [
        GlossaryHandout.Render(sources),
        TimelineHandout.Render(sources),
        StanceCardsHandout.Render(sources),
        WritingFrameHandout.Render(sources),
        .. sources.Lessons.Select(lesson => LessonSummaryHandout.Render(sources, lesson)),
    ];

    private static string Index(IReadOnlyList<Handout> handouts)
    {
        var page = new StringBuilder(Start("Handouts", PageOrientation.Portrait,
            "Print-ready pages made from the same data as the lessons: open one and print it (A4). Each says how many sheets it takes at most."));
        page.Append("<ul>\n");
        foreach (var handout in handouts)
        {
            page.Append("<li>").Append(Link(handout.File, handout.Title)).Append(": ").Append(Encode(handout.Purpose))
                .Append(" <span class=\"small\">(A4 ").Append(handout.Orientation == PageOrientation.Landscape ? "landscape" : "portrait")
                .Append(", at most ").Append(handout.MaxPages).Append(handout.MaxPages == 1 ? " page" : " pages").Append(")</span></li>\n");
        }

        return page.Append("</ul>\n").Append(End()).ToString();
    }
}
