using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Display;

/// <summary>Tables that introduce the articles.</summary>
public static class CorpusViews
{
    /// <summary>One row per article: who, where, when, and how we know each.</summary>
    public static TextTable Overview(this IEnumerable<Article> articles) => new(
        "The articles (\"unknown\" means neither the text nor the fact-check could establish it)",
        ["id", "title", "outlet", "kind of outlet", "author", "date", "words"],
        articles.Select(a => (IReadOnlyList<string>)
        [
            a.Id,
            Shown(a.Metadata.Title.Best),
            Shown(a.Metadata.Outlet.Best),
            Shown(a.Metadata.OutletKind),
            Shown(a.Metadata.Author.Best),
            a.Metadata.Published.Value is { } date ? $"{date.Iso} ({date.Kind.ToString().ToLowerInvariant()})" : "unknown",
            a.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]).ToList());

    /// <summary>What cleaning removed from each article, by rule, leaving out whitespace and markup tidying.</summary>
    public static TextTable RemovalSummary(this IEnumerable<Article> articles) => new(
        "What cleaning removed (page furniture and metadata lines; whitespace and markup not counted)",
        ["id", "rule", "why", "pieces", "characters"],
        articles.SelectMany(a => a.Removals.Where(r => !r.IsFormatting)
                .GroupBy(r => (r.RuleId, r.Reason))
                .Select(g => (IReadOnlyList<string>)[a.Id, g.Key.RuleId, g.Key.Reason, g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    g.Sum(r => r.RawSpan.Length).ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            .ToList());

    /// <summary>Files of a feed folder that could not be read, with why and what to do (the rest of the feed loaded).</summary>
    public static TextTable UnreadFiles(this Corpus corpus) => new(
        corpus.Problems.Count == 0 ? "Every file of the folder was read" : $"{corpus.Problems.Count} files could not be read; the other {corpus.Count} loaded",
        ["file", "problem", "fix"],
        corpus.Problems.Select(p => (IReadOnlyList<string>)[p.File, p.Message, p.Fix]).ToList());

    /// <summary>An attested value as a table cell: the value, or "unknown".</summary>
    internal static string Shown<T>(Attested<T> attested) where T : class => attested.Value?.ToString() ?? "unknown";
}
