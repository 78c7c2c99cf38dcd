using System.Globalization;
using MediaLit.Articles;
using MediaLit.Reuse;

namespace MediaLit.Display;

/// <summary>
/// Two articles side by side with the passages they share highlighted and dangling back-references
/// marked. Get one with <c>report.Compare(first, second)</c>.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record ReuseComparison(ReuseReport Report, Article First, Article Second)
{
    /// <summary>The passages of this pair, numbered from 1 in this order in every view.</summary>
    public IReadOnlyList<SharedPassage> Passages => Report.Between(First, Second);

    public IReadOnlyList<DanglingReference> DanglingReferences =>
        Report.DanglingReferences.Where(d => Passages.Contains(d.Passage)).ToList();

    /// <summary>
    /// <paramref name="article"/>'s text cut into runs: outside any passage (number 0), inside passage
    /// <c>Passage</c> (1-based), and whether the run is a dangling cue.
    /// </summary>
    public IReadOnlyList<(string Text, int Passage, DanglingReference? Cue)> Runs(Article article)
    {
        string text = article.Text;
        var passageAt = new int[text.Length];
        var cueAt = new DanglingReference?[text.Length];
        var passages = Passages;
        for (int p = passages.Count - 1; p >= 0; p--)
        {
            // Filled from the last passage back, so where passages overlap the first one shows.
            var span = passages[p].SpanIn(article);
            Array.Fill(passageAt, p + 1, span.Start, span.Length);
        }
        foreach (var cue in DanglingReferences.Where(d => ReferenceEquals(d.Article, article)))
            Array.Fill(cueAt, cue, cue.Cue.Start, cue.Cue.Length);

        var runs = new List<(string, int, DanglingReference?)>();
        for (int start = 0; start < text.Length;)
        {
            int end = start + 1;
            while (end < text.Length && passageAt[end] == passageAt[start] && ReferenceEquals(cueAt[end], cueAt[start]))
                end++;
            runs.Add((text[start..end], passageAt[start], cueAt[start]));
            start = end;
        }
        return runs;
    }
}

/// <summary>Entry points for text-reuse views and tables.</summary>
public static class ReuseViews
{
    /// <summary>The two articles side by side, shared passages highlighted.</summary>
    public static ReuseComparison Compare(this ReuseReport report, Article first, Article second)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Articles.Contains(first) || !report.Articles.Contains(second))
            throw new ArgumentException("Both articles must be among those the report compared.");
        return new ReuseComparison(report, first, second);
    }

    /// <summary>One row per passage: which pair, how many words, and how it starts and ends in each text.</summary>
    public static TextTable PassagesTable(this IEnumerable<SharedPassage> passages) => new(
        "Shared passages (the same words in both articles, allowing small edits; this does not say who copied whom)",
        ["#", "articles", "words", "dates", "in the first: from … to", "in the second: from … to"],
        passages.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            $"{p.A.Id} and {p.B.Id}",
            p.WordsInA == p.WordsInB ? Number(p.WordsInA) : $"{Number(p.WordsInA)} / {Number(p.WordsInB)}",
            $"{Date(p.A)} / {Date(p.B)}",
            Ends(p.TextA),
            Ends(p.TextB),
        ]).ToList())
    {
        // Each side's "from … to" leads to the passage in that article.
        Traces = [.. passages.Select(p => (IReadOnlyList<Trace?>)[null, null, null, null, Trace.Of(p.A, [p.SpanInA]), Trace.Of(p.B, [p.SpanInB])])],
    };

    public static TextTable PassagesTable(this ReuseReport report) => report.Passages.PassagesTable();

    /// <summary>One row per article: how many of its words lie in a shared passage.</summary>
    public static TextTable SharesTable(this ReuseReport report) => new(
        "How much of each article is shared with another article of the set",
        ["id", "shared words", "all words", "share"],
        report.Shares.Select(s => (IReadOnlyList<string>)
        [
            s.Article.Id, Number(s.SharedWords), Number(s.TotalWords),
            s.Fraction.ToString("P0", CultureInfo.InvariantCulture),
        ]).ToList())
    {
        Traces = [.. report.Shares.Select(s => (IReadOnlyList<Trace?>)[null, new Trace([.. report.Passages.SelectMany(p =>
            (ReferenceEquals(p.A, s.Article) ? [new TracedSpan(s.Article.Id, p.SpanInA)] : Array.Empty<TracedSpan>())
            .Concat(ReferenceEquals(p.B, s.Article) ? [new TracedSpan(s.Article.Id, p.SpanInB)] : []))]), null, null])],
    };

    /// <summary>The overlap matrix as a table: what a heatmap of it shows, readable without the chart.</summary>
    public static TextTable ToTable(this OverlapMatrix matrix) => new TextTable(
        "Words of the row's article inside passages shared with the column's article",
        ["article", .. matrix.Articles.Select(a => a.Id)],
        matrix.Articles.Select((row, i) => (IReadOnlyList<string>)
        [
            row.Id, .. matrix.Articles.Select((_, j) => i == j ? "—" : Number(matrix.SharedWords[i][j])),
        ]).ToList()).Traced((row, column) => column == 0 || column - 1 == row ? null : matrix.TraceOf(row, column - 1));

    /// <summary>
    /// The passages behind a cell: the row article's side of every passage it shares with the column article
    /// (the words counted are the words of these spans).
    /// </summary>
    public static Trace TraceOf(this OverlapMatrix matrix, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var (a, b) = (matrix.Articles[row], matrix.Articles[column]);
        return new Trace([.. matrix.Passages.SelectMany(p =>
            ReferenceEquals(p.A, a) && ReferenceEquals(p.B, b) ? [new TracedSpan(a.Id, p.SpanInA)]
            : ReferenceEquals(p.B, a) && ReferenceEquals(p.A, b) ? [new TracedSpan(a.Id, p.SpanInB)]
            : Array.Empty<TracedSpan>())]);
    }

    /// <summary>The heatmap's data: article ids on both axes and shared words in each cell.</summary>
    public static HeatmapData Heatmap(this OverlapMatrix matrix) => new(
        matrix.Articles.Select(a => a.Id).ToArray(),
        matrix.Articles.Select(a => a.Id).ToArray(),
        matrix.SharedWords.Select(row => row.Select(w => (double)w).ToArray()).ToArray())
    {
        Traces = [.. matrix.Articles.Select((_, i) => matrix.Articles.Select((_, j) => i == j ? null : matrix.TraceOf(i, j)).ToArray())],
    };

    /// <summary>The overlap heatmap drawn: each cell is the number of the row article's words found in the column article.</summary>
    public static Chart PlotOverlap(this OverlapMatrix matrix) =>
        Chart.Heatmap("Words shared between articles (counted in the row article)", "shared with article", "article",
            matrix.Heatmap() with { ValueName = "words shared" });

    /// <summary>One row per dangling back-reference.</summary>
    public static TextTable DanglingTable(this ReuseReport report) => new(
        "Back-references that may have lost what they refer to",
        ["article", "cue", "the other article has, just before the passage", "why"],
        report.DanglingReferences.Select(d => (IReadOnlyList<string>)[d.Article.Id, d.CueText, d.ReferentContext, d.Reason]).ToList());

    internal static string Date(Article article) => article.Metadata.Published.Value?.Iso ?? "undated";

    /// <summary>The first and last few words: enough to find the passage, short enough for a table.</summary>
    internal static string Ends(string text, int words = 5)
    {
        string[] all = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return all.Length <= 2 * words ? string.Join(' ', all) : $"{string.Join(' ', all[..words])} … {string.Join(' ', all[^words..])}";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
