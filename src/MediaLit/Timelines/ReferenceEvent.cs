using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MediaLit.Metadata;

namespace MediaLit.Timelines;

/// <summary>How an article's account of an event stands against the verified record.</summary>
public enum RecordVerdict
{
    /// <summary>Dates overlap and the record finds the account accurate (or does not assess its wording).</summary>
    Agrees,
    /// <summary>The date is off (by days, months …) or the record calls the account imprecise or partly wrong.</summary>
    Disagrees,
    /// <summary>The record contradicts what the article says happened.</summary>
    Contradicted,
    /// <summary>The record could not confirm the account, or the matter is disputed.</summary>
    Unverified,
}

/// <summary>A source the record cites: the outlet as named, and the address it was read at.</summary>
public sealed record ReferenceSource(string Outlet, string Url)
{
    public override string ToString() => $"{Outlet} <{Url}>";
}

/// <summary>What the record says about one article's account of an event (the "verdicts" column).</summary>
public sealed record ArticleVerdict(string ArticleId, RecordVerdict Verdict, string Note);

/// <summary>
/// One row of <c>data/reference-timeline.csv</c>: a verified event, the words that identify it in an
/// article, what the fact-check says about each article's account, and the sources.
/// </summary>
/// <param name="Id">"r01" … "r47": the row number of the fact-check's §2 table.</param>
/// <param name="KeyTerms">Words that tie a sentence to this event; "invad*" matches any word starting "invad".</param>
/// <param name="NamedBy">Term sets that name the event on their own, so a sentence without a date still refers to it ("New York Times" + "GRU").</param>
public sealed record ReferenceEvent(
    string Id,
    DateInterval When,
    DatePrecision Precision,
    string Event,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<IReadOnlyList<string>> NamedBy,
    IReadOnlyList<ArticleVerdict> Verdicts,
    IReadOnlyList<ReferenceSource> Sources,
    string Note)
{
    internal IReadOnlyList<(string Term, Regex Pattern)> KeyTermPatterns { get; init; } = [];

    public ArticleVerdict? VerdictFor(string articleId) => Verdicts.FirstOrDefault(v => v.ArticleId == articleId);

    /// <summary>The articles the record judges, and so says this event is mentioned in.</summary>
    public IEnumerable<string> JudgedArticles => Verdicts.Select(v => v.ArticleId);

    public override string ToString() => $"{Id} {When}: {Event}";

    // Matching events sentence by sentence asks for the same few hundred terms thousands of times (lesson 02's
    // first cell took 20 s before this cache, when each pattern cost about a millisecond to build).
    private static readonly ConcurrentDictionary<string, Regex> TermPatterns = new(StringComparer.Ordinal);

    /// <summary>A term as a pattern: whole words, any case, "*" at the end for any ending, any spacing (built once per term).</summary>
    internal static Regex TermPattern(string term) => TermPatterns.GetOrAdd(term, BuildTermPattern);

    private static Regex BuildTermPattern(string term)
    {
        bool stem = term.EndsWith('*');
        string words = stem ? term[..^1] : term;
        // Any run of white space between two words is one \s+ (two in a row would compete for the same spaces).
        string body = string.Join(@"\s+", words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        // Linear by construction, so the backtracking interpreter needs no time-out: literal words, one \s+ between
        // two of them and at most one run of letters at the end, so no two repetitions compete for the same
        // characters. Whole words: \b at each end that is a letter or digit.
        string before = char.IsLetterOrDigit(term[0]) ? @"\b" : "", after = stem || char.IsLetterOrDigit(term[^1]) ? @"\b" : "";
        return new Regex($@"{before}{body}{(stem ? @"[\p{L}]*" : "")}{after}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
