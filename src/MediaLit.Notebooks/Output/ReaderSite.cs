using System.Net;
using System.Reflection;
using System.Text;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// The site's reader pages: for every article some number of the lessons counts, the article read whole
/// (<c>ReaderView</c>) with each counted span anchored, at <see cref="TraceLinks.PageFile"/>. The runner never links
/// against MediaLit (the kernel loads the notebooks' own copy), so the library is loaded here from the lessons'
/// <c>lib/MediaLit.dll</c> in a context of its own, and asked through a strings-only entry point,
/// <c>MediaLit.Display.ReaderPages.Html</c>.
/// </summary>
internal static class ReaderSite
{
    /// <summary>Writes the reader pages and returns the ids of the articles that have one (none without a library).</summary>
    public static IReadOnlySet<string> Write(IReadOnlyList<NotebookRunResult> results, string htmlDirectory, SiteEdition edition)
    {
        var traces = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var trace in results.SelectMany(r => r.Cells).SelectMany(c => c.Outputs).Select(o => o.HtmlContent).OfType<string>().SelectMany(TraceLinks.Find).Distinct(StringComparer.Ordinal))
        {
            foreach (var (id, _) in TraceLinks.Articles(trace) ?? [])
            {
                if (TraceLinks.IsPlainId(id))
                    traces[id] = [.. traces.GetValueOrDefault(id) ?? [], trace];
            }
        }

        var notebookFolder = results.Select(r => Path.GetDirectoryName(Path.GetFullPath(r.Path))!).FirstOrDefault();
        var library = notebookFolder is null ? null : Path.Combine(notebookFolder, "lib", "MediaLit.dll");
        if (traces.Count == 0 || library is null || !File.Exists(library))
            return new HashSet<string>();

        var pages = Render(library, notebookFolder!, traces);
        Directory.CreateDirectory(htmlDirectory);
        foreach (var (id, reader) in pages)
            File.WriteAllText(Path.Combine(htmlDirectory, TraceLinks.PageFile(id)), Page(id, reader, edition));
        return pages.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, string> Render(string library, string startDirectory, IReadOnlyDictionary<string, IReadOnlyList<string>> traces) =>
        LessonLibrary.Use(library, "reader-pages", assembly =>
        {
            var method = assembly.GetType("MediaLit.Display.ReaderPages")?.GetMethod("Html", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{library} has no MediaLit.Display.ReaderPages.Html: rebuild the library with 'dotnet build MediaLit.slnx'.");
            try
            {
                return (IReadOnlyDictionary<string, string>)method.Invoke(null, [startDirectory, traces])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw new InvalidOperationException($"The reader pages could not be made from {library}: {inner.Message}", inner);
            }
        });

    /// <summary>A reader page around the library's reader view HTML: the page's heading, the note the script fills, and the script.</summary>
    internal static string Page(string id, string reader, SiteEdition edition)
    {
        var page = new StringBuilder();
        page.Append(SiteLayout.Start($"Article {id}, read whole", edition, null, "reader"));
        page.Append("<div class=\"layout\">\n<main id=\"main\" data-article=\"").Append(WebUtility.HtmlEncode(id)).Append("\">\n");
        page.Append("<h1>Article ").Append(WebUtility.HtmlEncode(id)).Append(", read whole</h1>\n");
        page.Append("<p>A number on a lesson page brought you here: the passages behind it are highlighted. Use your browser's Back button to return to the lesson.</p>\n");
        page.Append("<div id=\"trace-note\" class=\"trace-note\" role=\"status\" hidden><p class=\"trace-count\"></p><ul aria-label=\"The same number in other articles\"></ul></div>\n");
        page.Append("<div class=\"output html\">").Append(reader).Append("</div>\n</main>\n</div>\n");
        page.Append(TraceLinks.ReaderScript).Append('\n');
        page.Append(SiteLayout.End());
        return page.ToString();
    }
}
