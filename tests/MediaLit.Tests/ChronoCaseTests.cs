using System.Globalization;
using System.Text.Json;
using MediaLit.Metadata;
using MediaLit.Timelines;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Date resolution measured on a peer's own cases: the date-level cases of chrono-node's English tests
/// (Data/chrono/en-date-cases.jsonl, extracted by Data/chrono/extract.py; attribution in Data/chrono/NOTICE).
/// A case passes when an expression we find where chrono finds its date names days that hold chrono's
/// expected date, counting relative words from chrono's reference date. The floor is the share reached
/// when it was set, so the test fails if date resolution gets worse; it is not fitted to single cases.
/// </summary>
public sealed class ChronoCaseTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    /// <summary>Share of cases passed when the floor was set (see docs/quality.md, "Dates").</summary>
    private const double Floor = 0.47; // 69 of 145 when set

    private sealed record ChronoCase(string File, int Line, string Text, string? Reference, string Expected, string? ChronoText);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static List<ChronoCase> Cases() =>
        System.IO.File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "chrono", "en-date-cases.jsonl"))
            .Select(line => JsonSerializer.Deserialize<ChronoCase>(line, Json)!)
            .ToList();

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Resolves_at_least_the_floor_of_chronos_own_english_date_cases()
    {
        var corpus = fixture.Corpus;
        var cases = Cases();
        Assert.True(cases.Count >= 100, $"Data/chrono/en-date-cases.jsonl holds {cases.Count} cases; regenerate it with extract.py.");
        var passed = new List<ChronoCase>();
        int exactDay = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var article = corpus.Read("chrono", c.Text);
            var asOf = c.Reference is null ? null : new PublicationDate(Day(c.Reference), DatePrecision.Day, DateKind.Published);
            // Where chrono finds the date; our expression must overlap it.
            int start = c.ChronoText is null ? 0 : Math.Max(0, article.Text.IndexOf(c.ChronoText, StringComparison.Ordinal));
            int end = c.ChronoText is null || start < 0 ? article.Text.Length : start + c.ChronoText.Length;
            var expected = Day(c.Expected);
            var hit = corpus.TemporalExpressions(article, asOf)
                .FirstOrDefault(e => e.Span.Start < end && e.Span.End > start && e.Interval is { } days && days.Contains(expected));
            if (hit is null)
            {
                misses.Add($"{c.File}:{c.Line} \"{c.Text}\" (ref {c.Reference ?? "none"}) expected {c.Expected}");
                continue;
            }
            passed.Add(c);
            if (hit.Interval!.Value.Days == 1)
                exactDay++;
        }

        double share = (double)passed.Count / cases.Count;
        output.WriteLine($"Passed {passed.Count}/{cases.Count} = {share:P1}; resolved to exactly the expected day: {exactDay}.");
        foreach (var file in cases.GroupBy(c => c.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {file.Key}: {file.Count(passed.Contains)}/{file.Count()}");
        foreach (string miss in misses)
            output.WriteLine("  miss: " + miss);
        Assert.True(share >= Floor, $"Only {share:P1} of chrono's English date cases passed, below the floor of {Floor:P1}.");
    }
}
