using MediaLit.Articles;
using MediaLit.Narratives;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Display;

/// <summary>Entry points for reading an article whole, with the analyses as layers.</summary>
public static class ReaderViews
{
    /// <summary>
    /// Article <paramref name="id"/> to read whole, with four layers: attributions, dates, loaded language and the
    /// passages it shares with another article of the corpus. Each mark is a span the lesson's analysis reports.
    /// </summary>
    public static ReaderView ReadWhole(this Corpus corpus, string id)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.ReadWhole(corpus[id]);
    }

    /// <summary>Any article (one of the corpus, or one of your own) to read whole; copied passages are looked for in the corpus.</summary>
    public static ReaderView ReadWhole(this Corpus corpus, Article article)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(article);
        var attributions = article.Attributions(SourcingAnalysis.LexiconFor(corpus.DataDirectory));
        var dates = corpus.TemporalExpressions(article);
        var framing = corpus.Narratives([article], new NarrativeOptions { MarkSharedPassages = false }).Framing[0];
        var others = corpus.Where(a => a.Id != article.Id).Prepend(article).ToList();
        var reuse = corpus.FindReuse(others);

        ReaderLayer[] layers =
        [
            new("attributions", "attributions", "what a sentence credits to a source (the statement; hover for the source and its kind)",
                [.. attributions.Select(a => new LayerMark(a.Content, $"attribution: {a.Speaker ?? a.SourceText ?? "no source named"} ({a.Kind.Label()}), cue \u201C{a.Cue}\u201D"))]),
            new("dates", "dates", "words that date something (hover for the date they resolve to)",
                [.. dates.Select(d => new LayerMark(d.Span, $"date: {d.Interval?.ToString() ?? "unresolved"} ({d.Resolution})"))]),
            new("loaded", "loaded language", "words the pack's list suggests may be loaded (you decide whether each one is)",
                [.. framing.LoadedLanguage.Select(h => new LayerMark(h.Span, $"possibly loaded: {h.Term.Technique}"))]),
            new("copied", "shared passages", "passages this article shares with another article of the corpus",
                [.. reuse.Passages.Where(p => p.A.Id == article.Id || p.B.Id == article.Id).Select(p => p.A.Id == article.Id
                    ? new LayerMark(p.SpanInA, $"shared with article {p.B.Id} ({p.WordsInA} words)")
                    : new LayerMark(p.SpanInB, $"shared with article {p.A.Id} ({p.WordsInB} words)"))]),
        ];
        return new ReaderView(article, layers);
    }
}
