using System.Text;
using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>Each problem a student can make in the data folder gets its own CorpusProblem, names the file and says how to fix it.</summary>
public class BadInputTests
{
    private static CorpusException LoadFails(TempDataFolder folder, CorpusProblem problem, string fileNamed)
    {
        var error = Assert.Throws<CorpusException>(() => Corpus.Load(folder.Root));
        Assert.Equal(problem, error.Problem);
        Assert.Contains(fileNamed, error.FilePath, StringComparison.Ordinal);
        Assert.Contains(fileNamed, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
        Assert.Contains("Fix: " + error.Fix, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void A_missing_data_folder_is_MissingDataFolder()
    {
        string missing = Path.Combine(Path.GetTempPath(), "medialit-tests-missing-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CorpusException>(() => Corpus.Load(missing));
        Assert.Equal(CorpusProblem.MissingDataFolder, error.Problem);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void A_folder_without_a_manifest_is_MissingDataFolder_naming_articles_json()
    {
        using var folder = new TempDataFolder();
        LoadFails(folder, CorpusProblem.MissingDataFolder, "articles.json");
    }

    [Fact]
    public void A_manifest_entry_without_its_file_is_MissingArticleFile()
    {
        using var folder = new TempDataFolder();
        folder.WriteMinimalManifest(("000", "articles/not-there.txt"));
        var error = LoadFails(folder, CorpusProblem.MissingArticleFile, "not-there.txt");
        Assert.Contains("\"000\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_manifest_json_is_MalformedManifest_with_the_line_number()
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteManifest("""
            {
              "articles": [
                { "id": "000", "file": "articles/a.txt" },
                { "id": "001" "file": "articles/b.txt" }
              ]
            }
            """);
        var error = LoadFails(folder, CorpusProblem.MalformedManifest, "articles.json");
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "articles": [ { "file": "articles/a.txt" } ] }""", "\"id\"")]
    [InlineData("""{ "articles": [ { "id": "  ", "file": "articles/a.txt" } ] }""", "\"id\"")]
    [InlineData("""{ "articles": [ { "id": "000" } ] }""", "\"file\"")]
    [InlineData("""{ "articles": [ "000" ] }""", "not an object")]
    [InlineData("""{ "entries": [] }""", "\"articles\" array")]
    [InlineData("""[]""", "\"articles\" array")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "author": "Jane Doe" } ] }""", "\"author\"")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "author": { "value": null, "source": "text", "note": "n" } } ] }""", "no value")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "author": { "value": "Jane Doe", "source": "unknown", "note": "n" } } ] }""", "has a value")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "author": { "value": null, "source": "unknown" } } ] }""", "without a note")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "author": { "value": "Jane Doe", "source": "rumour" } } ] }""", "rumour")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "published": { "value": "July 2021", "kind": "published", "source": "text" } } ] }""", "yyyy-MM-dd")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "published": { "value": "2021-07", "precision": "day", "kind": "inferred", "source": "factcheck" } } ] }""", "precision")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "published": { "value": "2021-07", "source": "factcheck" } } ] }""", "kind")]
    [InlineData("""{ "articles": [ { "id": "000", "file": "articles/a.txt", "captions": "Photo" } ] }""", "captions")]
    public void A_manifest_entry_that_breaks_the_format_is_MalformedManifest(string manifest, string said)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteManifest(manifest);
        var error = LoadFails(folder, CorpusProblem.MalformedManifest, "articles.json");
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("articles/../../secret.txt")]
    [InlineData("/etc/hostname")]
    public void A_manifest_path_that_escapes_the_data_folder_is_PathOutsideDataFolder(string path)
    {
        using var folder = new TempDataFolder();
        folder.WriteMinimalManifest(("000", path));
        var error = LoadFails(folder, CorpusProblem.PathOutsideDataFolder, "articles.json");
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_DuplicateArticleId()
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteArticle("b.txt", "Other text.");
        folder.WriteMinimalManifest(("000", "articles/a.txt"), ("000", "articles/b.txt"));
        var error = LoadFails(folder, CorpusProblem.DuplicateArticleId, "articles.json");
        Assert.Contains("\"000\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void An_empty_file_is_EmptyFile(byte[] bytes)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("empty.txt", bytes);
        folder.WriteMinimalManifest(("000", "articles/empty.txt"));
        LoadFails(folder, CorpusProblem.EmptyFile, "empty.txt");
    }

    [Theory]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })] // a PNG header
    [InlineData(new byte[] { 0x48, 0x00, 0x69, 0x00 })] // UTF-16 without a byte-order mark
    public void A_file_with_NUL_bytes_is_BinaryFile(byte[] bytes)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("picture.txt", bytes);
        folder.WriteMinimalManifest(("000", "articles/picture.txt"));
        LoadFails(folder, CorpusProblem.BinaryFile, "picture.txt");
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62, 0xC3, 0x28 })] // a broken two-byte sequence
    [InlineData(new byte[] { 0x41, 0xE9, 0x74, 0xE9 })] // Latin-1 "Été"-like bytes
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xFF })] // a BOM, then a byte UTF-8 never uses
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 })] // UTF-16 LE: a lone high surrogate
    [InlineData(new byte[] { 0xFE, 0xFF, 0xDC, 0x00 })] // UTF-16 BE: a lone low surrogate
    public void Undecodable_text_is_UndecodableText(byte[] bytes)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("latin1.txt", bytes);
        folder.WriteMinimalManifest(("000", "articles/latin1.txt"));
        LoadFails(folder, CorpusProblem.UndecodableText, "latin1.txt");
    }

    [Theory]
    [InlineData("furniture.jsonl", "{ \"id\": \"broken\", ")]
    [InlineData("furniture.jsonl", "{ \"id\": \"x\", \"reason\": \"r\", \"scope\": \"page\", \"pattern\": \"^x$\", \"source\": \"s\" }")]
    [InlineData("furniture.jsonl", "{ \"id\": \"x\", \"reason\": \"r\", \"scope\": \"line\", \"pattern\": \"(\", \"source\": \"s\" }")]
    [InlineData("furniture.jsonl", "{ \"id\": \"x\", \"reason\": \"r\", \"scope\": \"line\", \"source\": \"s\" }")]
    [InlineData("metadata.jsonl", "{ \"id\": \"x\", \"field\": \"colour\", \"pattern\": \"x\", \"source\": \"s\" }")]
    [InlineData("metadata.jsonl", "{ \"id\": \"x\", \"field\": \"date\", \"kind\": \"published\", \"pattern\": \"x\", \"source\": \"s\" }")]
    [InlineData("captions.jsonl", "[1, 2]")]
    public void A_malformed_rule_line_is_MalformedRules_with_its_line_number(string file, string badLine)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteMinimalManifest(("000", "articles/a.txt"));
        string path = Path.Combine(folder.Root, "rules", file);
        int lineNumber = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, badLine + "\n");
        var error = LoadFails(folder, CorpusProblem.MalformedRules, file);
        Assert.Contains($"Line {lineNumber}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rule_file_is_MalformedRules()
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteMinimalManifest(("000", "articles/a.txt"));
        File.Delete(Path.Combine(folder.Root, "rules", "abbreviations.txt"));
        LoadFails(folder, CorpusProblem.MalformedRules, "abbreviations.txt");
    }
}

/// <summary>Encodings the pack accepts: the same article, whatever the bytes, gives the same clean text.</summary>
public class EncodingTests
{
    private static readonly string Seed = File.ReadAllText(
        Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, "articles"), "004_*.txt").Single());

    private static Article Load(byte[] bytes)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("004.txt", bytes);
        folder.WriteMinimalManifest(("004", "articles/004.txt"));
        return Corpus.Load(folder.Root)["004"];
    }

    private static readonly Article Plain = Load(new UTF8Encoding(false).GetBytes(Seed));

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "UTF-8 with BOM", [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(Seed)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Seed)] },
    };

    [Fact]
    public void The_seed_is_LF_UTF8_without_BOM_and_loads_as_stored()
    {
        Assert.DoesNotContain('\r', Seed);
        Assert.Equal(Seed, Plain.RawText);
        Assert.StartsWith("Russia's dangerous cooperation with the Taliban", Plain.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Byte_order_marked_files_give_the_same_article(string encoding, byte[] bytes)
    {
        var article = Load(bytes);
        Assert.True(Seed == article.RawText, $"{encoding}: the raw text should be the decoded text without its byte-order mark");
        Assert.Equal(Plain.Text, article.Text);
        Assert.Equal(Plain.Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        Assert.Equal(Plain.Metadata.Author.FromText.Value, article.Metadata.Author.FromText.Value);
    }

    [Fact]
    public void CRLF_line_endings_give_the_same_clean_text_and_the_carriage_returns_are_removals()
    {
        string crlf = Seed.Replace("\n", "\r\n", StringComparison.Ordinal);
        var article = Load(new UTF8Encoding(false).GetBytes(crlf));
        Assert.Equal(crlf, article.RawText);
        Assert.Equal(Plain.Text, article.Text);
        Assert.Equal(Plain.Paragraphs.Select(p => (p.Text, p.Kind)), article.Paragraphs.Select(p => (p.Text, p.Kind)));
        Assert.Equal(Plain.Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        Assert.Equal(Plain.Metadata.Published.FromText.Value, article.Metadata.Published.FromText.Value);
        Assert.Equal("Published : 05 April 2017", article.Metadata.Published.FromText.Evidence!.Value.Of(article.RawText));
        Assert.Null(Accounting.PartitionFault(article));

        var removed = Accounting.RemovedMask(article);
        for (int i = 0; i < crlf.Length; i++)
            if (crlf[i] == '\r')
                Assert.True(removed[i], $"the '\\r' at {i} should be removed");
        Assert.All(article.Removals.Where(r => r.Text.Contains('\r', StringComparison.Ordinal) && r.Text.Trim().Length == 0),
            r => Assert.Equal(CleaningRuleIds.Whitespace, r.RuleId));
    }

    [Fact]
    public void TextDecoder_strips_only_the_byte_order_mark()
    {
        Assert.Equal("é\uFEFF", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF], "x.txt"));
        Assert.Equal("é", TextDecoder.Decode([0xC3, 0xA9], "x.txt"));
        Assert.Equal("Hi", TextDecoder.Decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], "x.txt"));
    }
}
