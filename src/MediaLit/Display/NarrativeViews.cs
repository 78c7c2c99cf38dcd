using System.Globalization;
using MediaLit.Narratives;

namespace MediaLit.Display;

/// <summary>
/// A heatmap of claims × articles coloured by stance. <see cref="Z"/> holds each cell's index into
/// <see cref="Categories"/> (<c>Z[claim][article]</c>), so a chart can use a discrete colour scale;
/// <see cref="Text"/> is the hover text and the table alternative.
/// </summary>
public sealed record StanceHeatmapData(string[] X, string[] Y, double[][] Z, string[][] Text, string[] Categories);

/// <summary>Tables and chart data for the narratives lesson. Every table is the text alternative of a chart.</summary>
public static class NarrativeViews
{
    /// <summary>The heatmap's colour categories, in the order of their codes.</summary>
    public static readonly IReadOnlyList<string> StanceCategories =
        ["not mentioned", "asserts", "attributes to a source", "reports a denial", "denies", "contradicts itself"];

    /// <summary>One cell's category: "contradicts itself" when flagged, else its overall stance.</summary>
    public static string Category(this ClaimStance cell) => cell.ContradictsItself ? "contradicts itself" : cell.Overall.Label();

    /// <summary>Every stance of a cell with its sources: "attributes to a source (The New York Times) + reports a denial (Zamir Kabulov)".</summary>
    public static string Describe(this ClaimStance cell)
    {
        string text = string.Join(" + ", cell.Stances.Select(s =>
        {
            var names = cell.EvidenceFor(s).SelectMany(e => e.SourceNames).Distinct().ToList();
            return names.Count > 0 ? $"{s.Label()} ({string.Join(", ", names)})" : s.Label();
        }));
        return cell.ContradictsItself ? text + " — contradicts itself" : text;
    }

    public static StanceHeatmapData StanceHeatmap(this ClaimMatrix matrix)
    {
        var articles = matrix.Articles.Select(a => a.Id).ToArray();
        var claims = matrix.Claims;
        return new StanceHeatmapData(
            articles,
            claims.Select(c => c.Label).ToArray(),
            claims.Select(c => articles.Select(a => (double)StanceCategories.ToList().IndexOf(matrix[a, c.Id].Category())).ToArray()).ToArray(),
            claims.Select(c => articles.Select(a => matrix[a, c.Id].Describe()).ToArray()).ToArray(),
            [.. StanceCategories]);
    }

    /// <summary>The stance heatmap drawn: one flat colour per stance, hover naming the sources.</summary>
    public static Chart PlotStances(this ClaimMatrix matrix)
    {
        var data = matrix.StanceHeatmap();
        return Chart.Heatmap("Each article's stance on each claim", "article", "claim",
            new HeatmapData(data.X, data.Y, data.Z) { Categories = data.Categories, Hover = data.Text, ValueName = "stance" });
    }

    /// <summary>The matrix as a table: one row per claim, one column per article.</summary>
    public static TextTable MatrixTable(this ClaimMatrix matrix) => new(
        "Each article's stance on each claim (sources in brackets)",
        ["claim", .. matrix.Articles.Select(a => a.Id)],
        matrix.Claims.Select(c => (IReadOnlyList<string>)[c.Label, .. matrix.Articles.Select(a => matrix[a.Id, c.Id].Describe())]).ToList());

    /// <summary>One claim told by each article, in the articles' own sentences, with the rule that decided each stance.</summary>
    public static TextTable EvidenceTable(this ClaimMatrix matrix, string claimId)
    {
        var claim = matrix.Claims.FirstOrDefault(c => c.Id == claimId)
            ?? throw new KeyNotFoundException($"No claim \"{claimId}\". The claims are: {string.Join(", ", matrix.Claims.Select(c => c.Id))}.");
        return new TextTable(
            $"{claim.Label}: each article's own sentences",
            ["article", "sentence #", "stance", "source", "shared with", "sentence", "why"],
            matrix.ForClaim(claimId).SelectMany(cell => cell.Mentions
                ? cell.Evidence.Select(e => Row(cell.Article.Id, e))
                : [(IReadOnlyList<string>)[cell.Article.Id, "", Stance.NotMentioned.Label(), "", "", "", "No sentence matches the claim's cue words."]]).ToList());

        static IReadOnlyList<string> Row(string id, ClaimEvidence e) =>
        [
            id,
            e.SentenceIndex.ToString(CultureInfo.InvariantCulture),
            e.Stance.Label(),
            string.Join("; ", e.SourceNames),
            string.Join(", ", e.SharedWith),
            e.SentenceText,
            e.Why,
        ];
    }

    /// <summary>Articles that take opposite sides on one claim, with the sentences on each side.</summary>
    public static TextTable ContradictionsTable(this ClaimMatrix matrix) => new(
        "Articles that both deny a claim and state it (or pass it on without distance)",
        ["article", "claim", "denies in sentence(s)", "states or passes on in sentence(s)"],
        matrix.SelfContradictions.Select(c => (IReadOnlyList<string>)
        [
            c.Article.Id,
            c.Claim.Label,
            Numbers(c.EvidenceFor(Stance.Denies)),
            Numbers(c.Endorsements),
        ]).ToList());

    /// <summary>The codebook itself: what each claim means and the words that find it.</summary>
    public static TextTable CodebookTable(this ClaimCodebook codebook) => new(
        "The claims codebook (data/claims/claims.jsonl): a sentence mentions a claim when all the terms of one set occur in it",
        ["id", "claim", "cue sets", "own denial words", "source"],
        codebook.Claims.Select(c => (IReadOnlyList<string>)
        [
            c.Id,
            c.Label,
            string.Join("  OR  ", c.Cues.Select(set => "[" + string.Join(" + ", set) + "]")),
            string.Join(", ", c.DenialCues) + (c.UsesCommonDenialCues ? "" : " (common denial words switched off)"),
            c.Source,
        ]).ToList());

    /// <summary>Loaded language per 1,000 words, one row per article and one column per propaganda technique.</summary>
    public static TextTable LoadedLanguageTable(this IEnumerable<FramingProfile> profiles)
    {
        var list = profiles.ToList();
        var techniques = Techniques(list);
        return new TextTable(
            "Possible loaded language per 1,000 words, by SemEval-2020 technique (counts in brackets); suggestions to confirm or reject",
            ["article", "words", .. techniques, "all"],
            list.Select(p => (IReadOnlyList<string>)
            [
                p.Article.Id,
                p.Words.ToString(CultureInfo.InvariantCulture),
                .. techniques.Select(t => Rate(p, p.LoadedLanguage.Count(h => h.Term.Technique == t))),
                Rate(p, p.LoadedLanguage.Count),
            ]).ToList()).Traced((row, column) => column < 2 ? null
                : Hits(list[row], list[row].LoadedLanguage.Where(h => column - 2 >= techniques.Count || h.Term.Technique == techniques[column - 2])));
    }

    /// <summary>Frame cues per 1,000 words, one row per article and one column per Media Frames Corpus frame.</summary>
    public static TextTable FramesTable(this IEnumerable<FramingProfile> profiles)
    {
        var list = profiles.ToList();
        var frames = Frames(list);
        return new TextTable(
            "Frame cue words per 1,000 words, by Media Frames Corpus frame (counts in brackets); suggestions to confirm or reject",
            ["article", "words", .. frames],
            list.Select(p => (IReadOnlyList<string>)
            [
                p.Article.Id,
                p.Words.ToString(CultureInfo.InvariantCulture),
                .. frames.Select(f => Rate(p, p.FrameCues.Count(h => h.Term.Frame == f))),
            ]).ToList()).Traced((row, column) => column < 2 ? null : Hits(list[row], list[row].FrameCues.Where(h => h.Term.Frame == frames[column - 2])));
    }

    /// <summary>A grouped bar chart's data: one series per technique, one bar per article, per 1,000 words.</summary>
    public static IReadOnlyList<ChartSeries> LoadedLanguageChart(this IEnumerable<FramingProfile> profiles)
    {
        var list = profiles.ToList();
        return Techniques(list).Select(t => new ChartSeries(t, list.Select(p => p.Article.Id).ToArray(),
            list.Select(p => Math.Round(p.PerThousandWords(p.LoadedLanguage.Count(h => h.Term.Technique == t)), 2)).ToArray())).Coloured();
    }

    /// <summary>The loaded-language chart drawn: hovering a bar shows the words and their sentences.</summary>
    public static Chart PlotLoadedLanguage(this IEnumerable<FramingProfile> profiles)
    {
        var list = profiles.ToList();
        var series = list.LoadedLanguageChart().Select(s => s with
        {
            Traces = [.. list.Select(p => Hits(p, p.LoadedLanguage.Where(h => h.Term.Technique == s.Name)))],
            Hover = list.Select(p =>
            {
                var hits = p.LoadedLanguage.Where(h => h.Term.Technique == s.Name).ToList();
                return ChartText.Behind($"{p.Article.Id} · {s.Name}: {p.PerThousandWords(hits.Count):0.0} per 1,000 words ({hits.Count}: {string.Join(", ", hits.Select(h => h.MatchText).Distinct())})",
                    hits.Select(h => h.SentenceText).Distinct());
            }).ToArray(),
        }).ToList();
        return Chart.Bars("Loaded-language suggestions per 1,000 words, by technique", "article", "suggestions per 1,000 words", series);
    }

    /// <summary>A grouped bar chart's data: one series per frame, one bar per article, per 1,000 words.</summary>
    public static IReadOnlyList<ChartSeries> FramesChart(this IEnumerable<FramingProfile> profiles)
    {
        var list = profiles.ToList();
        return Frames(list).Select(f => new ChartSeries(f, list.Select(p => p.Article.Id).ToArray(),
            list.Select(p => Math.Round(p.PerThousandWords(p.FrameCues.Count(h => h.Term.Frame == f)), 2)).ToArray())).Coloured();
    }

    /// <summary>
    /// Keyword in context: every loaded-language hit (or every frame cue, or only one technique or frame)
    /// with the words around it, so a student can confirm or reject each one.
    /// </summary>
    public static TextTable KeywordsInContext(this FramingProfile profile, string? techniqueOrFrame = null, bool frameCues = false, int contextWords = 8)
    {
        var hits = (frameCues ? profile.FrameCues : profile.LoadedLanguage)
            .Where(h => techniqueOrFrame is null || h.Term.Technique == techniqueOrFrame || h.Term.Frame == techniqueOrFrame)
            .ToList();
        return new TextTable(
            $"Article {profile.Article.Id}: {(frameCues ? "frame cues" : "possible loaded language")} in context"
                + (techniqueOrFrame is null ? "" : $" ({techniqueOrFrame})") + " — does each one fit?",
            ["sentence #", "left context", "term", "right context", frameCues ? "frame" : "technique"],
            hits.Select(h => (IReadOnlyList<string>)
            [
                h.SentenceIndex.ToString(CultureInfo.InvariantCulture),
                h.LeftContext(contextWords),
                h.MatchText,
                h.RightContext(contextWords),
                (frameCues ? h.Term.Frame : h.Term.Technique) ?? "",
            ]).ToList());
    }

    /// <summary>An article's most distinctive words with the numbers behind each z-score.</summary>
    public static TextTable DistinctiveWordsTable(this DistinctiveWords words, int count = 15, int minimumCount = 2) => new(
        $"Article {words.Article.Id}: words used more than in the other articles (weighted log-odds, Monroe et al. 2008)",
        ["word", "here", "of words here", "in the others", "of words there", "δ (log-odds ratio)", "z"],
        words.Top(count, minimumCount).Select(w => (IReadOnlyList<string>)
        [
            w.Word,
            w.Score.CountHere.ToString(CultureInfo.InvariantCulture),
            w.Score.TotalHere.ToString(CultureInfo.InvariantCulture),
            w.Score.CountElsewhere.ToString(CultureInfo.InvariantCulture),
            w.Score.TotalElsewhere.ToString(CultureInfo.InvariantCulture),
            w.Score.Delta.ToString("0.00", CultureInfo.InvariantCulture),
            w.Score.Z.ToString("0.00", CultureInfo.InvariantCulture),
        ]).ToList());

    /// <summary>A horizontal bar chart's data: the top words and their z-scores.</summary>
    public static ChartSeries DistinctiveWordsChart(this DistinctiveWords words, int count = 15, int minimumCount = 2)
    {
        var top = words.Top(count, minimumCount);
        return new ChartSeries($"Article {words.Article.Id}", top.Select(w => w.Word).ToArray(), top.Select(w => Math.Round(w.Z, 2)).ToArray());
    }

    /// <summary>The distinctive words drawn as horizontal bars, the most distinctive on top.</summary>
    public static Chart PlotDistinctiveWords(this DistinctiveWords words, int count = 15, int minimumCount = 2)
    {
        var top = words.Top(count, minimumCount);
        var series = words.DistinctiveWordsChart(count, minimumCount) with
        {
            Hover = top.Select(w => $"{w.Word}: z = {w.Z:0.00}; {w.Score.CountHere} times here, {w.Score.CountElsewhere} times in the other articles").ToArray(),
        };
        return Chart.Bars($"Words most distinctive of article {words.Article.Id} (z-score of the weighted log-odds)", "z-score", "word", [series], BarLayout.Horizontal);
    }

    /// <summary>One claim compared across the articles, with the claim's words and the deciding words highlighted.</summary>
    public static ClaimComparison Compare(this ClaimMatrix matrix, string claimId) =>
        new(matrix.Claims.FirstOrDefault(c => c.Id == claimId)
                ?? throw new KeyNotFoundException($"No claim \"{claimId}\". The claims are: {string.Join(", ", matrix.Claims.Select(c => c.Id))}."),
            matrix.ForClaim(claimId));

    private static List<string> Techniques(List<FramingProfile> list) =>
        list.SelectMany(p => p.LoadedLanguage).Select(h => h.Term.Technique ?? "").Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> Frames(List<FramingProfile> list) =>
        list.SelectMany(p => p.FrameCues).Select(h => h.Term.Frame ?? "").Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The words behind a count of cues: one item per hit, on the words that matched.</summary>
    private static Trace Hits(FramingProfile p, IEnumerable<FramingHit> hits) => Trace.Of(p.Article, hits.Select(h => h.Span));

    private static string Rate(FramingProfile p, int count) =>
        $"{p.PerThousandWords(count).ToString("0.0", CultureInfo.InvariantCulture)} ({count})";

    private static string Numbers(IEnumerable<ClaimEvidence> evidence) =>
        string.Join(", ", evidence.Select(e => e.SentenceIndex.ToString(CultureInfo.InvariantCulture)
            + (e.SharedWith.Count > 0 ? $" (shared with {string.Join(", ", e.SharedWith)})" : "")));
}
