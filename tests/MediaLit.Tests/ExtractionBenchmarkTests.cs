using MediaLit.Html;
using MediaLit.Tests.Extraction;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Main-content extraction measured with the shingle metric on pages the extractor was not written for
/// (Data/webpages/NOTICE.md gives their sources and licences; docs/quality.md, "Web pages", the figures).
/// </summary>
public sealed class ExtractionBenchmarkTests(ITestOutputHelper output)
{
    // Floors a little under the figures reached (docs/quality.md): a change that loses ground fails here.

    [Fact]
    public void Readability_development_half_scores_at_least_0_98() =>
        AtLeast(BenchmarkPages.ReadabilityDevelopment, floor: 0.98, showPages: true);

    [Fact]
    public void Readability_held_out_half_scores_at_least_0_95() =>
        AtLeast(BenchmarkPages.ReadabilityHeldOut, floor: 0.95, showPages: false);

    [Fact]
    public void ScrapingHub_news_benchmark_held_out_scores_at_least_0_95() =>
        AtLeast(BenchmarkPages.ScrapingHub(), floor: 0.95, showPages: false);

    [Fact]
    public void The_split_is_fixed_by_name_and_keeps_both_halves()
    {
        Assert.Equal(55, BenchmarkPages.ReadabilityDevelopment.Count);
        Assert.Equal(75, BenchmarkPages.ReadabilityHeldOut.Count);
        Assert.Empty(BenchmarkPages.ReadabilityDevelopment.Select(p => p.Name).Intersect(BenchmarkPages.ReadabilityHeldOut.Select(p => p.Name)));
        Assert.All(BenchmarkPages.ReadabilityHeldOut, p => Assert.False(string.IsNullOrWhiteSpace(p.ExpectedText), p.Name));
    }

    private void AtLeast(IReadOnlyList<BenchmarkPage> pages, double floor, bool showPages)
    {
        var matches = new List<ShingleMatch>();
        foreach (var page in pages)
        {
            var match = ShingleScorer.Match(page.ExpectedText, MainContentExtractor.Extract(page.Html).Text);
            matches.Add(match);
            if (showPages)
                output.WriteLine($"{page.Name,-45} P {match.Precision:0.000} R {match.Recall:0.000}");
        }
        var score = ShingleScorer.Average(matches);
        output.WriteLine(score.ToString());
        Assert.True(score.F1 >= floor, $"{score}; the floor is {floor:0.000}");
    }
}
