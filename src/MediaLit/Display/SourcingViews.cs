using System.Globalization;
using MediaLit.Sourcing;

namespace MediaLit.Display;

/// <summary>One series of a chart: a name and a value per key. What a chart cell draws, and nothing else.</summary>
/// <param name="Keys">The categories (often article ids) along the axis.</param>
public sealed record ChartSeries(string Name, string[] Keys, double[] Values)
{
    /// <summary>A colour-blind-safe colour (hex), assigned by <see cref="Palette.Coloured"/>.</summary>
    public string Color { get; init; } = Palette.At(0);

    /// <summary>What hovering over each bar shows (often the sentences behind it); null shows key, name and value.</summary>
    public string[]? Hover { get; init; }

    /// <summary>What each bar counts (one per key, null for none): on the site a click on the bar opens those sentences.</summary>
    public Trace?[]? Traces { get; init; }
}

/// <summary>A heatmap's data: column labels, row labels and one value per cell (<c>Z[row][column]</c>).</summary>
public sealed record HeatmapData(string[] X, string[] Y, double[][] Z)
{
    /// <summary>What a cell's number means, for the colour bar ("words shared").</summary>
    public string ValueName { get; init; } = "value";

    /// <summary>When set, each value is an index into these names and the colours are flat, one per name.</summary>
    public string[]? Categories { get; init; }

    /// <summary>Extra hover text per cell (<c>Hover[row][column]</c>), e.g. the sentences behind it.</summary>
    public string[][]? Hover { get; init; }

    /// <summary>What each cell counts (<c>Traces[row][column]</c>, null for none): on the site a click opens those sentences.</summary>
    public Trace?[][]? Traces { get; init; }

    /// <summary>The scale's ends when they are fixed by meaning (a rating from −2 to +2), not by the data shown.</summary>
    public (double Min, double Max)? Range { get; init; }
}

/// <summary>Tables and chart data for the sourcing lesson.</summary>
public static class SourcingViews
{
    /// <summary>The kinds in the order a lesson shows them: named and accountable first, unnamed last.</summary>
    public static readonly IReadOnlyList<SourceKind> KindOrder =
    [
        SourceKind.NamedOfficial, SourceKind.NamedExpert, SourceKind.NamedPerson, SourceKind.JournalistOrOutlet,
        SourceKind.Institution, SourceKind.Document, SourceKind.RoleOnly, SourceKind.AnonymousGroup,
    ];

    public static string Label(this SourceKind kind) => kind switch
    {
        SourceKind.NamedOfficial => "named official",
        SourceKind.NamedExpert => "named expert",
        SourceKind.NamedPerson => "named person (role not given)",
        SourceKind.JournalistOrOutlet => "journalist or outlet",
        SourceKind.Institution => "government or institution",
        SourceKind.Document => "document",
        SourceKind.RoleOnly => "role only, no name",
        _ => "anonymous or unnamed",
    };

    /// <summary>Attributions per 1,000 words, one row per article: the table beside the stacked bar chart.</summary>
    public static TextTable KindsTable(this IEnumerable<SourcingProfile> profiles)
    {
        var list = profiles.ToList();
        return new TextTable(
            "Attributions per 1,000 words of running text, by kind of source (counts in brackets)",
            ["article", "words", .. KindOrder.Select(Label), "own assertions (sentences)"],
            list.Select(p => (IReadOnlyList<string>)
            [
                p.Article.Id,
                p.BodyWords.ToString(CultureInfo.InvariantCulture),
                .. KindOrder.Select(k => $"{p.PerThousandWords(k):0.0} ({p.Count(k)})"),
                $"{p.OwnAssertions.Count} of {p.Article.BodySentences.Count()}",
            ]).ToList()).Traced((row, column) => column switch
            {
                < 2 => null,
                _ when column - 2 < KindOrder.Count => list[row].TraceOf(KindOrder[column - 2]),
                _ => Trace.Of(list[row].Article, list[row].OwnAssertions),
            });
    }

    /// <summary>The attributions of one kind: one item per attribution (its sentence), as many as the count.</summary>
    public static Trace TraceOf(this SourcingProfile profile, SourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Trace.Of(profile.Article, profile.Attributions.Where(a => a.Kind == kind).Select(a => profile.Article.Sentences[a.SentenceIndex]));
    }

    /// <summary>The stacked bar chart's data: one series per kind, one bar per article.</summary>
    public static IReadOnlyList<ChartSeries> KindsChart(this IEnumerable<SourcingProfile> profiles)
    {
        var list = profiles.ToList();
        return KindOrder
            .Select(k => new ChartSeries(k.Label(), list.Select(p => p.Article.Id).ToArray(), list.Select(p => Math.Round(p.PerThousandWords(k), 2)).ToArray()))
            .Coloured();
    }

    /// <summary>The stacked bar chart drawn: hovering a bar shows the sentences behind it.</summary>
    public static Chart PlotKinds(this IEnumerable<SourcingProfile> profiles)
    {
        var list = profiles.ToList();
        var series = list.KindsChart().Zip(KindOrder, (s, kind) => s with
        {
            Traces = [.. list.Select(p => p.TraceOf(kind))],
            Hover = list.Select(p => ChartText.Behind(
                $"{p.Article.Id} · {kind.Label()}: {p.PerThousandWords(kind):0.0} per 1,000 words ({p.Count(kind)})",
                p.SentencesFor(kind).Select(x => x.Text))).ToArray(),
        }).ToList();
        return Chart.Bars("Attributions per 1,000 words, by kind of source", "article", "attributions per 1,000 words", series, BarLayout.Stacked);
    }

    /// <summary>The sentences of running text that credit nobody: the author's own voice.</summary>
    public static TextTable OwnAssertionsTable(this SourcingProfile profile, int? first = null) => new(
        $"Sentences of article {profile.Article.Id} that credit nobody ({profile.OwnAssertions.Count} of {profile.Article.BodySentences.Count()})",
        ["sentence #", "sentence"],
        profile.OwnAssertions.Take(first ?? int.MaxValue)
            .Select(s => (IReadOnlyList<string>)[s.Index.ToString(CultureInfo.InvariantCulture), s.Text]).ToList())
    {
        // The sentence number leads to the sentence, in the article around it.
        Traces = [.. profile.OwnAssertions.Take(first ?? int.MaxValue).Select(s => (IReadOnlyList<Trace?>)[Trace.Of(profile.Article, [s]), null])],
    };

    /// <summary>Every attribution of one article: who, what kind, the cue, and the sentence.</summary>
    public static TextTable AttributionTable(this SourcingProfile profile, SourceKind? kind = null)
    {
        var shown = profile.Attributions.Where(a => kind is null || a.Kind == kind).ToList();
        return AttributionRows(profile, kind) with
        {
            Traces = [.. shown.Select(a => (IReadOnlyList<Trace?>)[Trace.Of(profile.Article, [profile.Article.Sentences[a.SentenceIndex]]), null, null, null, null])],
        };
    }

    private static TextTable AttributionRows(SourcingProfile profile, SourceKind? kind) => new(
        $"Attributions in article {profile.Article.Id}" + (kind is { } k ? $" ({k.Label()})" : ""),
        ["sentence #", "source", "kind", "cue", "what is attributed"],
        profile.Attributions.Where(a => kind is null || a.Kind == kind)
            .Select(a => (IReadOnlyList<string>)
            [
                a.SentenceIndex.ToString(CultureInfo.InvariantCulture),
                a.Speaker ?? a.SourceText ?? "(nobody named)",
                a.Kind.Label(),
                a.Cue,
                a.ContentText,
            ]).ToList());
}
