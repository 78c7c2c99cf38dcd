using System.Collections;
using System.Globalization;
using MediaLit.Loading;
using MediaLit.Metadata;

namespace MediaLit.Timelines;

/// <summary>
/// The verified record, <c>data/reference-timeline.csv</c>, in date order. Built from the pack's
/// fact-check (§2 timeline and §2a on 2001); <c>data/reference-timeline.md</c> describes the columns.
/// Verdicts are data: changing a judgement means editing the CSV, not code.
/// </summary>
public sealed class ReferenceTimeline : IReadOnlyList<ReferenceEvent>
{
    public const string FileName = "reference-timeline.csv";
    private static readonly string[] Columns = ["id", "start", "end", "precision", "event", "key_terms", "named_by", "verdicts", "sources", "note"];

    private readonly IReadOnlyList<ReferenceEvent> _events;

    private ReferenceTimeline(string path, IReadOnlyList<ReferenceEvent> events)
    {
        FilePath = path;
        _events = events;
    }

    public string FilePath { get; }

    public static ReferenceTimeline Load(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, FileName);
        var records = CsvRecords.Read(path);
        if (records.Count == 0 || !records[0].Fields.SequenceEqual(Columns))
            throw Bad(path, 1, $"the header is not \"{string.Join(',', Columns)}\"");
        var events = records.Skip(1).Select(r => Parse(path, r.Line, r.Fields)).OrderBy(e => e.When.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (events.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new CorpusException(CorpusProblem.MalformedRules, path, $"The id \"{duplicate.Key}\" is used twice.", "Give every row its own id.");
        return new ReferenceTimeline(path, events);
    }

    public ReferenceEvent this[string id] => _events.FirstOrDefault(e => e.Id == id)
        ?? throw new KeyNotFoundException($"No reference event \"{id}\" in {FileName}.");

    public ReferenceEvent this[int index] => _events[index];
    public int Count => _events.Count;
    public IEnumerator<ReferenceEvent> GetEnumerator() => _events.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ReferenceEvent Parse(string path, int line, string[] f)
    {
        if (f.Length != Columns.Length)
            throw Bad(path, line, $"it has {f.Length} fields, not {Columns.Length}");
        var start = Day(path, line, f[1]);
        var end = Day(path, line, f[2]);
        if (end < start)
            throw Bad(path, line, $"it ends ({f[2]}) before it starts ({f[1]})");
        var precision = f[3] switch
        {
            "day" => DatePrecision.Day,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            _ => throw Bad(path, line, $"precision \"{f[3]}\" is not day, month or year"),
        };
        var keyTerms = Split(f[5], '|');
        var namedBy = Split(f[6], ';').Select(alt => (IReadOnlyList<string>)Split(alt, '+')).ToList();
        var verdicts = Split(f[7], '|').Select(v => Verdict(path, line, v)).ToList();
        var sources = Split(f[8], '|').Select(s => Source(path, line, s)).ToList();
        if (sources.Count == 0)
            throw Bad(path, line, "it cites no source");
        return new ReferenceEvent(f[0].Trim(), new DateInterval(start, end), precision, f[4].Trim(), keyTerms, namedBy, verdicts, sources, f[9].Trim())
        {
            KeyTermPatterns = keyTerms.Select(t => (t, ReferenceEvent.TermPattern(t))).ToList(),
        };
    }

    private static List<string> Split(string field, char separator) =>
        field.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static DateOnly Day(string path, int line, string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw Bad(path, line, $"\"{text}\" is not a date in yyyy-MM-dd form");

    // "003=contradicted: 'hesitant …' vs Putin's 24 Sep 2001 support (BBC, CNN)"
    private static ArticleVerdict Verdict(string path, int line, string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 1)
            throw Bad(path, line, $"the verdict \"{text}\" is not \"NNN=verdict: note\"");
        string rest = text[(equals + 1)..];
        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        string word = (colon < 0 ? rest : rest[..colon]).Trim();
        var verdict = word switch
        {
            "agree" => RecordVerdict.Agrees,
            "disagree" => RecordVerdict.Disagrees,
            "contradicted" => RecordVerdict.Contradicted,
            "unverified" => RecordVerdict.Unverified,
            _ => throw Bad(path, line, $"verdict \"{word}\" is not agree, disagree, contradicted or unverified"),
        };
        return new ArticleVerdict(text[..equals].Trim(), verdict, colon < 0 ? "" : rest[(colon + 1)..].Trim());
    }

    // "BBC News <http://news.bbc.co.uk/…>"
    private static ReferenceSource Source(string path, int line, string text)
    {
        int open = text.LastIndexOf('<');
        if (open < 1 || !text.EndsWith('>'))
            throw Bad(path, line, $"the source \"{text}\" is not \"Outlet <url>\"");
        return new ReferenceSource(text[..open].Trim(), text[(open + 1)..^1]);
    }

    private static CorpusException Bad(string path, int line, string problem) =>
        new(CorpusProblem.MalformedRules, path, $"Line {line}: {problem}.",
            $"Each row needs: {string.Join(", ", Columns)} (see data/reference-timeline.md).");
}
