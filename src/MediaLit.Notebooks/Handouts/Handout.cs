namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// A printable page of the site: its file in handouts/, what it is for, and the most A4 sheets it may print to
/// (the handouts' index states it; a browser test prints each page and holds it to that).
/// </summary>
internal sealed record Handout(string File, string Title, string Purpose, PageOrientation Orientation, int MaxPages, string Html);

/// <summary>Everything the handouts are made from, read once: the lessons, the data files and the library's results.</summary>
internal sealed record HandoutSources(
    IReadOnlyList<LessonInfo> Lessons,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<LessonSteps> Steps,
    WritingFrame Frame,
    IReadOnlyList<RubricCriterion> Rubric,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ClaimStances> Claims)
{
    public LessonInfo? Lesson(string id) => Lessons.FirstOrDefault(l => l.Id == id);

    /// <summary>Reads every source from a repository laid out as the pack is: data/, notebooks/ and notebooks/lib/MediaLit.dll.</summary>
    public static HandoutSources Read(string repositoryRoot)
    {
        var data = Path.Combine(repositoryRoot, "data");
        var notebooks = Path.Combine(repositoryRoot, "notebooks");
        var (timeline, claims) = PackLibrary.Read(Path.Combine(notebooks, "lib", "MediaLit.dll"), data);
        return new HandoutSources(
            LessonInfo.ReadAll(notebooks),
            HandoutData.Glossary(data),
            HandoutData.Steps(data),
            HandoutData.Frame(data),
            HandoutData.Rubric(data),
            timeline,
            claims);
    }
}
