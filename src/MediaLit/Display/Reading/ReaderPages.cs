using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Display;

/// <summary>
/// The site's reader pages, one per article: what an exporter calls to link numbers to their sentences. It takes
/// and returns plain strings only, because the exporter loads this library apart from the notebooks' copy.
/// </summary>
public static class ReaderPages
{
    /// <summary>
    /// For each article id that <paramref name="tracesByArticle"/> names and the corpus holds, the reader view's
    /// HTML (styles included) with every traced span anchored (see <see cref="ReaderView.Anchors"/>). Ids the corpus
    /// does not hold are left out, so the exporter links nothing it cannot show.
    /// </summary>
    /// <param name="startDirectory">Where to look for the pack's data folder (see <see cref="DataFolder.Find"/>).</param>
    /// <param name="tracesByArticle">Article id to every trace (wire form, <see cref="Trace.Encoded"/>) that names it.</param>
    public static IReadOnlyDictionary<string, string> Html(string startDirectory, IReadOnlyDictionary<string, IReadOnlyList<string>> tracesByArticle)
    {
        ArgumentNullException.ThrowIfNull(tracesByArticle);
        var corpus = Corpus.Load(DataFolder.Find(startDirectory));
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, traces) in tracesByArticle)
        {
            if (!corpus.Any(a => a.Id == id))
                continue;
            var spans = traces.SelectMany(t => Trace.Parse(t).Items).Where(i => i.ArticleId == id).Select(i => i.Span).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
            var reader = corpus.ReadWhole(id) with { Anchors = spans, HeadingLevel = 2 };
            using var html = new StringWriter();
            HtmlView.TryWrite(reader, html);
            pages[id] = html.ToString();
        }

        return pages;
    }
}
