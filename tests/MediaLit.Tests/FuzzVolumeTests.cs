using MediaLit.Articles;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Every input path at volume: <see cref="FuzzVolume.PerPath"/> generated inputs each (2,000 by default so
/// <c>dotnet test</c> stays quick; MEDIALIT_FUZZ=heavy: a million), checked by the same properties as the FsCheck
/// tests (<see cref="FuzzProperties"/>). Each test prints its count and time ("fuzz volume: …"); run with
/// <c>--logger "console;verbosity=detailed"</c> to see them. The notebooks path is in MediaLit.Notebooks.Tests.
/// </summary>
public sealed class FuzzVolumeTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    private readonly FuzzProperties _properties = new(fixture.Corpus);

    private static readonly long Count = FuzzVolume.PerPath;

    private void Report(FuzzVolume.Outcome outcome)
    {
        output.WriteLine(outcome.ToString());
        Assert.Equal(Count, outcome.Inputs);
    }

    [Fact]
    public void Decoding() =>
        Report(FuzzVolume.Run("decoding", Count, FuzzVolumeInputs.FileBytes, (bytes, _) => FuzzProperties.Decoding(bytes), Convert.ToHexString));

    [Fact]
    public void Manifest()
    {
        // One file per worker, rewritten for each input: the reader takes a path, and a million files would
        // measure the file system instead of the reader.
        string folder = Directory.CreateTempSubdirectory("medialit-fuzz-manifest-").FullName;
        try
        {
            string[] files = Enumerable.Range(0, Environment.ProcessorCount).Select(w => Path.Combine(folder, $"articles{w}.json")).ToArray();
            Report(FuzzVolume.Run("manifest", Count, FuzzVolumeInputs.Manifest, (json, worker) =>
            {
                // Lone surrogates become U+FFFD, as any editor would save them.
                File.WriteAllBytes(files[worker], System.Text.Encoding.UTF8.GetBytes(json));
                FuzzProperties.Manifest(files[worker]);
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Cleaning() =>
        Report(FuzzVolume.Run("cleaning", Count, r => FuzzVolumeInputs.Text(r), (raw, _) => _properties.Cleaning(raw)));

    [Fact]
    public void Sentences() =>
        Report(FuzzVolume.Run("sentences", Count, FuzzVolumeInputs.Paragraph, (c, _) => _properties.Sentences(c.Text, c.Paragraph),
            c => $"{c.Paragraph} in {c.Text}"));

    [Fact]
    public void Dates() =>
        Report(FuzzVolume.Run("dates", Count, r => FuzzVolumeInputs.Text(r), (raw, _) => _properties.Dates(raw)));

    [Fact]
    public void Sources() =>
        Report(FuzzVolume.Run("sources", Count, r => FuzzVolumeInputs.Text(r), (raw, _) => _properties.Sources(raw)));

    [Fact]
    public void Reuse() =>
        Report(FuzzVolume.Run("reuse", Count, FuzzVolumeInputs.ReusePair, (pair, _) => _properties.Reuse(pair.A, pair.B), p => $"A: {p.A}\nB: {p.B}"));

    [Fact]
    public void HtmlPages() =>
        Report(FuzzVolume.Run("html", Count, FuzzVolumeInputs.Html, (html, _) => _properties.HtmlPage(html)));

    [Fact]
    public void The_generators_make_the_same_inputs_from_the_same_seed_and_different_ones_across_inputs()
    {
        string[] first = Enumerable.Range(0, 50).Select(i => FuzzVolumeInputs.Text(FuzzRandom.ForInput(FuzzVolume.Seed, i))).ToArray();
        string[] again = Enumerable.Range(0, 50).Select(i => FuzzVolumeInputs.Text(FuzzRandom.ForInput(FuzzVolume.Seed, i))).ToArray();
        Assert.Equal(first, again);
        Assert.True(first.Distinct().Count() > 40, "the inputs hardly differ");
    }

    [Fact]
    public void The_outcome_line_gives_the_count_time_rate_and_processor_time_per_input()
    {
        // .ci/fuzz-heavy reads these fields by position.
        var line = new FuzzVolume.Outcome("html", 500_000, TimeSpan.FromSeconds(125), TimeSpan.FromSeconds(230)).ToString();
        string[] fields = line["fuzz volume: ".Length..].Replace(",", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal)
            .Replace(")", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["html", "500000", "125.0", "4000/s", "460.0"], [fields[0], fields[1], fields[4], fields[6], fields[^2]]);
    }

    [Fact]
    public void A_failing_input_is_reported_with_its_number_seed_and_escaped_text()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FuzzVolume.Run("probe", 1000, r => r.Below(100),
            (n, _) => Assert.True(n != 42, "forty-two"), n => $"n=\u0001{n}"));
        Assert.Matches(@"^probe: input #\d+ \(seed 20261202\) failed: TrueException: forty-two", error.Message);
        Assert.Contains("Input: n=\\u000142", error.Message, StringComparison.Ordinal);
    }
}
