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
