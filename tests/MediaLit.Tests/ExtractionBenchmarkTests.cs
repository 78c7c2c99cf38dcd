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
    [Fact]
    public void Readability_development_half_scores_at_least_its_floor() =>
        AtLeast(BenchmarkPages.ReadabilityDevelopment, floor: 0.0, showPages: true);

    [Fact]
    public void Readability_held_out_half_scores_at_least_its_floor() =>
        AtLeast(BenchmarkPages.ReadabilityHeldOut, floor: 0.0, showPages: false);

    [Fact]
    public void ScrapingHub_news_benchmark_scores_at_least_its_floor() =>
        AtLeast(BenchmarkPages.ScrapingHub(), floor: 0.0, showPages: false);

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
