using System.Globalization;
using MediaLit.Timelines;

namespace MediaLit.Display;

/// <summary>
/// A timeline chart's data: one point (or bar) per mention, and one per record event on the row
/// "record". Plain arrays, in the same order; <see cref="End"/> is the last day (included).
/// </summary>
/// <param name="Row">"000" … "004" or "record": the chart row.</param>
/// <param name="Label">The words that date it ("December last year"), or the record id.</param>
/// <param name="Hover">The sentence (or the record's description) and the resolution.</param>
/// <param name="Verdict">"agrees", "disagrees", "contradicted", "unverified", "not in the record" or "record".</param>
public sealed record TimelineChartData(string[] Row, DateTime[] Start, DateTime[] End, string[] Label, string[] Hover, string[] Verdict)
{
    /// <summary>
    /// The points split by verdict, one chart trace each: the legend then names every verdict in words,
    /// so colour is never the only carrier of meaning.
    /// </summary>
    public IReadOnlyList<TimelineTrace> ByVerdict() =>
        Verdict.Distinct().Select((v, n) =>
        {
            int[] at = Enumerable.Range(0, Verdict.Length).Where(i => Verdict[i] == v).ToArray();
            return new TimelineTrace(v, at.Select(i => Start[i]).ToArray(), at.Select(i => Row[i]).ToArray(), at.Select(i => Hover[i]).ToArray(), Palette.At(n));
        }).ToList();
}

/// <summary>One trace of the timeline chart: dates across, rows (articles and the record) down, hover text per point.</summary>
/// <param name="Color">A colour-blind-safe colour (hex) from <see cref="Palette"/>.</param>
public sealed record TimelineTrace(string Name, DateTime[] When, string[] Row, string[] Hover, string Color);

/// <summary>
/// Every article's account of an event beside the record: the side-by-side view of a disagreement.
/// <see cref="Record"/> holds the event's record row and close record rows that judge the same articles
/// (for 2001: the strikes of 7-9 October and Putin's statement of 24 September).
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record RecordComparison(TimelineEvent Event, IReadOnlyList<ReferenceEvent> Record) : IView
{
    public TextTable ToTable() => new(
        $"{Event.Id}: what the articles say, and what the record says",
        ["source", "date as told", "words that date it", "sentence", "verdict", "why"],
        [
            .. Event.Mentions.Select(m => (IReadOnlyList<string>)
            [
                $"article {m.ArticleId}",
                m.When?.ToString() ?? "(no date in the text)",
                m.CueText,
                m.SentenceText,
                m.Check?.Verdict.Label() ?? "not in the record",
                m.Check?.Note ?? "",
            ]),
            .. Record.Select(r => (IReadOnlyList<string>)
                ["record", r.When.ToString(), r.Id, r.Event, "", string.Join("; ", r.Sources.Select(s => s.ToString()))]),
        ]);

    public void WriteHtml(TextWriter writer)
    {
        var table = ToTable();
        Html.Table(writer, table);
    }

    public void WritePlainText(TextWriter writer) => writer.Write(ToTable().ToPlainText());
}

/// <summary>Tables and chart data for the timelines lesson.</summary>
public static class TimelineViews
{
    public static string Label(this RecordVerdict verdict) => verdict switch
    {
        RecordVerdict.Agrees => "agrees",
        RecordVerdict.Disagrees => "disagrees",
        RecordVerdict.Contradicted => "contradicted",
        _ => "unverified",
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every temporal expression: original wording, what it resolves to, and how.</summary>
    public static TextTable ExpressionTable(this Timeline timeline, string? articleId = null) =>
        (articleId is null ? timeline.Expressions.Values.SelectMany(e => e) : timeline.ExpressionsOf(articleId)).ExpressionTable(
            articleId is null ? "Temporal expressions in every article" : $"Temporal expressions in article {articleId}");

    public static TextTable ExpressionTable(this IEnumerable<TemporalExpression> expressions, string caption = "Temporal expressions")
    {
        var list = expressions.ToList();
        // The sentence number and the wording lead to the words in the article.
        return ExpressionRows(list, caption).Traced((row, column) => column is 1 or 2 ? new Trace([new TracedSpan(list[row].ArticleId, list[row].Span)]) : null);
    }

    private static TextTable ExpressionRows(IEnumerable<TemporalExpression> expressions, string caption) => new(
        caption,
        ["article", "sentence #", "wording", "kind", "precision", "resolves to", "how"],
        expressions.Select(e => (IReadOnlyList<string>)
        [
            e.ArticleId,
            Number(e.SentenceIndex),
            e.Text,
            e.Form.ToString().ToLowerInvariant(),
            e.Precision.ToString(),
            e.Interval?.ToString() ?? (e.Duration is { } d ? $"({d})" : "(unresolved)"),
            e.Resolution,
        ]).ToList());

    /// <summary>Each dated claim with the record event it matched and the verdict.</summary>
    public static TextTable MentionTable(this Timeline timeline, string? articleId = null)
    {
        var mentions = timeline.Mentions.Where(m => articleId is null || m.ArticleId == articleId).ToList();
        return MentionRows(timeline, articleId).Traced((row, column) => column switch
        {
            1 => new Trace([new TracedSpan(mentions[row].ArticleId, mentions[row].Sentence)]),
            2 => new Trace([new TracedSpan(mentions[row].ArticleId, mentions[row].Cue)]),
            _ => null,
        });
    }

    private static TextTable MentionRows(Timeline timeline, string? articleId) => new(
        articleId is null ? "Dated claims held against the record" : $"Dated claims in article {articleId} held against the record",
        ["article", "sentence #", "words that date it", "date as told", "record event", "record date", "verdict", "why"],
        timeline.Mentions.Where(m => articleId is null || m.ArticleId == articleId).Select(m => (IReadOnlyList<string>)
        [
            m.ArticleId,
            Number(m.SentenceIndex),
            m.CueText,
            m.When?.ToString() ?? "(no date in the text)",
            m.Check is { } c ? $"{c.Event.Id}: {c.Event.Event}" : "(not in the record)",
            m.Check?.Event.When.ToString() ?? "",
            m.Check?.Verdict.Label() ?? "",
            m.Check?.Note ?? "",
        ]).ToList());

    /// <summary>Events told by more than one article, with each article's verdict.</summary>
    public static TextTable SharedEventTable(this Timeline timeline)
    {
        var events = timeline.SharedEvents.ToList();
        // An article's cell leads to the sentences in which it tells the event.
        return SharedEventRows(timeline).Traced((row, column) => column < 3 ? null
            : new Trace([.. events[row].Mentions.Where(m => m.ArticleId == timeline.Articles[column - 3].Id).Select(m => new TracedSpan(m.ArticleId, m.Sentence))]));
    }

    private static TextTable SharedEventRows(Timeline timeline) => new(
        "Events told by more than one article",
        ["event", "when (record)", "what happened", .. timeline.Articles.Select(a => $"article {a.Id}")],
        timeline.SharedEvents.Select(e => (IReadOnlyList<string>)
        [
            e.Id,
            e.When.ToString(),
            e.Label,
            .. timeline.Articles.Select(a => !e.Articles.Contains(a.Id) ? ""
                : e.Verdicts.TryGetValue(a.Id, out var v) ? v.Label() : "mentions"),
        ]).ToList());

    /// <summary>The side-by-side view of one record event ("r07": the 2001 invasion).</summary>
    public static RecordComparison Compare(this Timeline timeline, string referenceId)
    {
        var ev = timeline.EventFor(referenceId) ?? throw new KeyNotFoundException($"No article mentions record event \"{referenceId}\".");
        var related = timeline.Reference
            .Where(r => r == ev.Reference || r.When.GapDays(ev.When) <= 31 && r.JudgedArticles.Intersect(ev.Articles).Any())
            .ToList();
        return new RecordComparison(ev, related);
    }

    /// <summary>The earliest each article can have been written, and the sentence that shows it.</summary>
    public static TextTable BoundTable(this Timeline timeline) => new(
        "The earliest date each article can have been written (the latest recorded event it refers to)",
        ["article", "its own date", "earliest possible", "record event", "evidence"],
        timeline.Articles.Select(a => timeline.BoundOf(a.Id)).Select(b => (IReadOnlyList<string>)
        [
            b.ArticleId,
            timeline.Articles.First(a => a.Id == b.ArticleId).Metadata.Published.Value?.ToString() ?? "unknown",
            b.EarliestPossible is { } d ? DateInterval.Day(d).ToString() : "(cannot tell)",
            b.Evidence?.Check is { } c ? $"{c.Event.Id}: {c.Event.Event}" : "",
            b.EvidenceSentence ?? "",
        ]).ToList());

    /// <summary>The record itself, with its sources.</summary>
    public static TextTable RecordTable(this ReferenceTimeline reference, DateOnly? after = null) => new(
        after is { } day ? $"The record after {DateInterval.Day(day)}" : "The verified record",
        ["id", "when", "event", "sources"],
        reference.Where(r => after is null || r.When.Start > after).Select(r => (IReadOnlyList<string>)
        [
            r.Id, r.When.ToString(), r.Event, string.Join("; ", r.Sources.Select(s => s.ToString())),
        ]).ToList());

    /// <summary>The timeline chart: a row per article (its dated claims) and a row for the record.</summary>
    public static TimelineChartData Chart(this Timeline timeline)
    {
        var points = timeline.Mentions.Where(m => m.PlottedWhen is not null).Select(m =>
        (
            Row: m.ArticleId,
            When: m.PlottedWhen!.Value,
            Label: m.CueText,
            Hover: $"{m.SentenceText} [{(m.Expression?.Resolution ?? "dated by the record: the text names the event")}]",
            Verdict: m.Check?.Verdict.Label() ?? "not in the record"
        )).Concat(timeline.Reference.Select(r => (Row: "record", When: r.When, Label: r.Id, Hover: r.Event, Verdict: "record")))
        .ToList();
        return new TimelineChartData(
            points.Select(p => p.Row).ToArray(),
            points.Select(p => p.When.Start.ToDateTime(TimeOnly.MinValue)).ToArray(),
            points.Select(p => p.When.End.ToDateTime(TimeOnly.MinValue)).ToArray(),
            points.Select(p => p.Label).ToArray(),
            points.Select(p => p.Hover).ToArray(),
            points.Select(p => p.Verdict).ToArray());
    }

    /// <summary>The timeline drawn: each article's dated claims and the record, one colour and shape per verdict.</summary>
    public static MediaLit.Display.Chart PlotDates(this Timeline timeline)
    {
        var data = timeline.Chart();
        return MediaLit.Display.Chart.Dates("Dated claims in each article, and the verified record", "article, or the record", data.ByVerdict(), data.Row);
    }
}
