using System.Security.Cryptography;
using System.Text.Json;
using MediaLit.Articles;
using MediaLit.Loading;
using MediaLit.Metadata;

namespace MediaLit.Tests;

/// <summary>The data folder keeps its promises: seeds unchanged, every rule and value sourced.</summary>
public sealed class DataIntegrityTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void Every_seed_is_guarded_by_the_sha256_recorded_in_the_manifest()
    {
        var entries = ManifestReader.Read(Path.Combine(TestPaths.DataDirectory, ManifestReader.FileName));
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(TestPaths.DataDirectory, entry.File));
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public void A_changed_seed_is_refused_with_the_command_that_restores_it()
    {
        using var data = new TempDataFolder();
        data.WriteArticle("a.txt", "Edited text.\n");
        data.WriteManifest($$"""{ "articles": [ { "id": "a", "file": "articles/a.txt", "sha256": "{{new string('0', 64)}}" } ] }""");
        var error = Assert.Throws<CorpusException>(() => Corpus.Load(data.Root));
        Assert.Equal(CorpusProblem.ChangedFile, error.Problem);
        Assert.Contains("a.txt", error.Message);
        Assert.Contains("git checkout", error.Fix);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("42")]
    public void A_malformed_sha256_is_a_manifest_error(string value)
    {
        using var data = new TempDataFolder();
        data.WriteArticle("a.txt", "Text.\n");
        data.WriteManifest($$"""{ "articles": [ { "id": "a", "file": "articles/a.txt", "sha256": {{value}} } ] }""");
        Assert.Equal(CorpusProblem.MalformedManifest, Assert.Throws<CorpusException>(() => Corpus.Load(data.Root)).Problem);
    }

    [Theory]
    [InlineData("furniture.jsonl")]
    [InlineData("metadata.jsonl")]
    [InlineData("captions.jsonl")]
    public void Every_rule_cites_where_its_pattern_comes_from(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.DataDirectory, "rules", file)).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            using var rule = JsonDocument.Parse(line);
            Assert.True(rule.RootElement.GetProperty("source").GetString()!.Length > 10, $"{file}: a rule without a source: {line}");
        }
    }

    [Fact]
    public void Every_manifest_value_says_how_we_know_it()
    {
        foreach (var article in _corpus)
        {
            var m = article.Metadata;
            foreach (var (name, value) in new (string, Attested<string>)[]
                     { ("title", m.Title.FromManifest), ("author", m.Author.FromManifest), ("outlet", m.Outlet.FromManifest), ("outletKind", m.OutletKind), ("url", m.Url) })
            {
                Assert.False(string.IsNullOrWhiteSpace(value.Note), $"{article.Id}.{name} has no note");
                if (value.Provenance == Provenance.FactCheck)
                    Assert.Contains("fact-check", value.Note, StringComparison.OrdinalIgnoreCase);
            }
            Assert.False(string.IsNullOrWhiteSpace(m.Published.FromManifest.Note), $"{article.Id}.published has no note");
        }
    }
}
