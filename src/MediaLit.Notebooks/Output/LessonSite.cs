using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// A whole site from a run: every lesson page (rewritten now that its neighbours are known, for the
/// previous/next links), the index of lesson cards and the run report. Lessons are in file-name order.
/// </summary>
public static class LessonSite
{
    /// <summary>Writes the site into <paramref name="htmlDirectory"/> and returns the index's path.</summary>
    public static string Write(IReadOnlyList<NotebookRunResult> results, string htmlDirectory, SiteEdition edition)
    {
        var ordered = results.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var documents = ordered.Select(r => NotebookReader.Read(r.Path)).ToList();
        // Reader pages first: a lesson page links a number only to a reader page that exists.
        var readable = ReaderSite.Write(ordered, htmlDirectory, edition);
        var links = ordered.Select((r, i) => new LessonLink(IndexPage.PageFile(r), LessonCard.Read(documents[i], r.Title ?? r.Name).Title)).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var place = new SitePlace(edition, i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null);
            HtmlExporter.WritePage(documents[i], ordered[i], Path.Combine(htmlDirectory, links[i].File), place, readable);
        }

        ReportPage.Write(ordered, htmlDirectory, edition);
        if (Handouts.HandoutWriter.FindRepository(ordered.Select(r => r.Path)) is { } repository)
            Handouts.HandoutWriter.Write(repository, htmlDirectory);
        return IndexPage.Write(ordered, htmlDirectory, edition);
    }
}
