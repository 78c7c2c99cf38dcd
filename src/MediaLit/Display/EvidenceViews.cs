using System.Globalization;
using MediaLit.Evidence;

namespace MediaLit.Display;

/// <summary>Tables, chart data and cards for the evidence lesson.</summary>
public static class EvidenceViews
{
    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Every signal per 1,000 words (count in brackets), one row per article: the table beside the chart.</summary>
    public static TextTable SignalsTable(this IEnumerable<EvidenceProfile> profiles)
    {
        var list = profiles.ToList();
        var signals = list.Count == 0 ? [] : list[0].Signals.Select(s => (s.Id, s.Label)).ToList();
        return new TextTable(
            "Evidence signals per 1,000 words of running text (counts in brackets); disclosure: byline, date, outlet named on the page",
            ["article", .. signals.Select(s => s.Label), "disclosure"],
            list.Select(p => (IReadOnlyList<string>)
            [
                p.Article.Id,
                .. signals.Select(s => $"{N(p[s.Id].PerThousandWords)} ({p[s.Id].Count})"),
                $"{(p.Disclosure.Byline ? "byline " : "")}{(p.Disclosure.Date ? "date " : "")}{(p.Disclosure.Outlet ? "outlet" : "")}".Trim() is { Length: > 0 } d ? d : "none",
            ]).ToList()).Traced((row, column) => column >= 1 && column <= signals.Count ? list[row].TraceOf(signals[column - 1].Id) : null);
    }

    /// <summary>The hits behind a signal's count: one item per hit, on the words that matched.</summary>
    public static Trace TraceOf(this EvidenceProfile profile, string signalId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Trace.Of(profile.Article, profile[signalId].Hits.Select(h => h.Span));
    }

    /// <summary>Chart data: one series per chosen signal, one bar per article (rates per 1,000 words).</summary>
    public static IReadOnlyList<ChartSeries> SignalsChart(this IEnumerable<EvidenceProfile> profiles, params string[] signalIds)
    {
        var list = profiles.ToList();
        return signalIds.Select(id => new ChartSeries(
            list.Count > 0 ? list[0][id].Label : id,
            list.Select(p => p.Article.Id).ToArray(),
            list.Select(p => Math.Round(p[id].PerThousandWords, 2)).ToArray())).Coloured();
    }

    /// <summary>The signals chart drawn: hovering a bar shows the sentences with that signal.</summary>
    public static Chart PlotSignals(this IEnumerable<EvidenceProfile> profiles, params string[] signalIds)
    {
        var list = profiles.ToList();
        var series = list.SignalsChart(signalIds).Zip(signalIds, (s, id) => s with
        {
            Traces = [.. list.Select(p => p.TraceOf(id))],
            Hover = list.Select(p => ChartText.Behind($"{p.Article.Id} · {p[id].Label}: {p[id].PerThousandWords:0.0} per 1,000 words ({p[id].Count})",
                p.SentencesFor(id).Select(x => x.Text))).ToArray(),
        }).ToList();
        return Chart.Bars("Evidence signals per 1,000 words", "article", "signals per 1,000 words", series);
    }

    /// <summary>Keyword in context: every hit of one signal with the words around it, for the student to confirm or reject.</summary>
    public static TextTable InContext(this EvidenceProfile profile, string signalId, int width = 60)
    {
        var signal = profile[signalId];
        string text = profile.Article.Text;
        return new TextTable(
            $"{signal.Label} in article {profile.Article.Id}: {signal.Count} hits. Is each one really a {signal.Label.Split(' ')[0].TrimEnd('s')}?",
            ["sentence #", "before", signal.Label.Split(' ')[0], "after"],
            signal.Hits.Select(h =>
            {
                var sentence = profile.Article.Sentences[h.SentenceIndex].Span;
                int from = Math.Max(sentence.Start, h.Span.Start - width), to = Math.Min(sentence.End, h.Span.End + width);
                return (IReadOnlyList<string>)[h.SentenceIndex.ToString(CultureInfo.InvariantCulture), text[from..h.Span.Start].TrimStart(), h.Span.Of(text), text[h.Span.End..to].TrimEnd()];
            }).ToList());
    }

    /// <summary>An article's rubric card: each criterion's score and the arithmetic behind it.</summary>
    public static RubricCard Card(this RubricScore score) => new(score);

    /// <summary>Overall and per-criterion scores, one row per article.</summary>
    public static TextTable ScoresTable(this IEnumerable<RubricScore> scores)
    {
        var list = scores.ToList();
        var criteria = list.Count == 0 ? [] : list[0].Criteria.Select(c => c.Criterion).ToList();
        return new TextTable(
            "Rubric scores (0–100) from data/rubric.json: how each article shows its evidence, not whether it is true",
            ["article", .. criteria.Select(c => c.Question), "overall"],
            list.Select(s => (IReadOnlyList<string>)[s.Profile.Article.Id, .. s.Criteria.Select(c => N(c.Score)), N(s.Overall)]).ToList());
    }

    /// <summary>The ACH matrix as a table: ratings, each item's diagnosticity, and the inconsistency totals.</summary>
    public static TextTable AchTable(this AchMatrix matrix) => new(
        matrix.Question,
        ["id", "evidence", .. matrix.Hypotheses.Select(h => $"{h.Id}: {h.Label}"), "diagnosticity"],
        [
            .. matrix.Evidence.Select(e => (IReadOnlyList<string>)
            [
                e.Id, e.Text, .. matrix.Hypotheses.Select(h => AchMatrix.Code(matrix[e.Id, h.Id])),
                matrix.Diagnosticity(e.Id).ToString(CultureInfo.InvariantCulture),
            ]),
            ["", "inconsistency (I = 1, II = 2; lower is better)", .. matrix.Hypotheses.Select(h => matrix.Inconsistency(h.Id).ToString(CultureInfo.InvariantCulture)), ""],
        ]);

    /// <summary>Heatmap data: hypotheses across, evidence down, ratings from −2 (II) to +2 (CC).</summary>
    public static HeatmapData AchHeatmap(this AchMatrix matrix) => new(
        matrix.Hypotheses.Select(h => h.Id).ToArray(),
        matrix.Evidence.Select(e => e.Id).ToArray(),
        matrix.Evidence.Select(e => matrix.Hypotheses.Select(h => (double)(int)matrix[e.Id, h.Id]).ToArray()).ToArray());

    /// <summary>The ACH matrix drawn: ratings from −2 (very inconsistent) to +2 (very consistent), evidence text on hover.</summary>
    public static Chart PlotRatings(this AchMatrix matrix) =>
        Chart.Heatmap("ACH ratings: −2 very inconsistent … +2 very consistent", "hypothesis", "evidence",
            matrix.AchHeatmap() with
            {
                ValueName = "rating",
                Range = (-2, 2),
                Hover = matrix.Evidence.Select(e => matrix.Hypotheses.Select(h => $"{e.Text}\n{h.Id}: {h.Text}").ToArray()).ToArray(),
            });

    /// <summary>What happens to the leading hypotheses when each item is dropped.</summary>
    public static TextTable SensitivityTable(this AchMatrix matrix) => new(
        $"Sensitivity: leading now {string.Join(" and ", matrix.Leaders.Select(h => h.Id))}. Does dropping one item change that?",
        ["dropped", "evidence", "leading without it", "changes the lead?"],
        matrix.Sensitivity().Select(s => (IReadOnlyList<string>)
            [s.Dropped.Id, s.Dropped.Text, string.Join(", ", s.Leaders.Select(h => h.Id)), s.ChangesLeaders ? "yes" : "no"]).ToList());

    /// <summary>One row per Admiralty grade, with both justifications.</summary>
    public static TextTable AdmiraltyTable(this IEnumerable<AdmiraltyGrade> grades) => new(
        "Admiralty grades: source reliability (A–F, your judgement) and information credibility (1–6, suggested from independent corroboration)",
        ["article", "claim", "grade", "reliability: why", "credibility: why"],
        grades.Select(g => (IReadOnlyList<string>)[g.ArticleId, g.Claim, g.Code, g.ReliabilityJustification, g.CredibilityReason]).ToList());
}
