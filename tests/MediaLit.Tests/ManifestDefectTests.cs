using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17, manifest and file defects: links out of the data folder, folders listed as files, ids, and
/// fields of the wrong JSON type. Each is a CorpusException naming the file, the problem and the fix.
/// </summary>
public sealed class ManifestDefectTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static CorpusException LoadFails(TempDataFolder folder, CorpusProblem problem, string fileNamed)
    {
        var error = Assert.Throws<CorpusException>(() => Corpus.Load(folder.Root));
        Assert.Equal(problem, error.Problem);
        Assert.Contains(fileNamed, error.FilePath, StringComparison.Ordinal);
        Assert.Contains(fileNamed, error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: " + error.Fix, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>A file outside the data folder with text that would load, so only the link check can stop it.</summary>
    private static string SecretOutside(TempDataFolder folder)
    {
        string outside = Path.Combine(Path.GetDirectoryName(folder.Root)!, Path.GetFileName(folder.Root) + "-outside");
        Directory.CreateDirectory(outside);
        string secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "Secret text that must not become an article.");
        return secret;
    }

    [Fact]
    public void A_file_link_in_the_data_folder_to_a_file_outside_is_PathOutsideDataFolder()
    {
        using var folder = new TempDataFolder();
        string secret = SecretOutside(folder);
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.Root, "articles", "link.txt"), secret);
            folder.WriteMinimalManifest(("000", "articles/link.txt"));
            var error = LoadFails(folder, CorpusProblem.PathOutsideDataFolder, "articles.json");
            Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
            Assert.Contains(secret, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(secret)!, recursive: true);
        }
    }

    [Fact]
    public void A_folder_link_in_the_data_folder_to_a_folder_outside_is_PathOutsideDataFolder()
    {
        using var folder = new TempDataFolder();
        string secret = SecretOutside(folder);
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(folder.Root, "linked"), Path.GetDirectoryName(secret)!);
            folder.WriteMinimalManifest(("000", "linked/secret.txt"));
            LoadFails(folder, CorpusProblem.PathOutsideDataFolder, "articles.json");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(secret)!, recursive: true);
        }
    }

    [Fact]
    public void A_link_to_a_system_file_is_refused_too()
    {
        using var folder = new TempDataFolder();
        string system = File.Exists("/etc/hostname") ? "/etc/hostname" : typeof(object).Assembly.Location;
        File.CreateSymbolicLink(Path.Combine(folder.Root, "articles", "hostname.txt"), system);
        folder.WriteMinimalManifest(("000", "articles/hostname.txt"));
        LoadFails(folder, CorpusProblem.PathOutsideDataFolder, "articles.json");
    }

    [Fact]
    public void A_link_that_stays_in_the_data_folder_still_loads()
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("real.txt", "A headline\n\nOfficials said it rained in Kabul.");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "articles", "alias.txt"), Path.Combine(folder.Root, "articles", "real.txt"));
        folder.WriteMinimalManifest(("000", "articles/alias.txt"));
        Assert.Contains("Officials said it rained", Corpus.Load(folder.Root)["000"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleLoader_FromFile_refuses_a_link_that_leaves_its_folder_and_loads_the_real_path()
    {
        using var folder = new TempDataFolder();
        string secret = SecretOutside(folder);
        try
        {
            string link = Path.Combine(folder.Root, "articles", "article.txt");
            File.CreateSymbolicLink(link, secret);
            var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(link, _corpus.Rules));
            Assert.Equal(CorpusProblem.PathOutsideDataFolder, error.Problem);
            Assert.StartsWith(link + ": ", error.Message, StringComparison.Ordinal);
            Assert.Contains(secret, error.Fix, StringComparison.Ordinal);
            // The student can still load the file itself, by naming it.
            Assert.Contains("Secret text", ArticleLoader.FromFile(secret, _corpus.Rules).Text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(secret)!, recursive: true);
        }
    }

    [Fact]
    public void A_manifest_file_that_is_a_folder_says_so()
    {
        using var folder = new TempDataFolder();
        folder.WriteMinimalManifest(("000", "articles"));
        var error = LoadFails(folder, CorpusProblem.MissingArticleFile, "articles");
        Assert.Contains("is a folder, not a file", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleLoader_FromFile_on_a_folder_says_so()
    {
        using var folder = new TempDataFolder();
        string path = Path.Combine(folder.Root, "articles");
        var error = Assert.Throws<CorpusException>(() => ArticleLoader.FromFile(path, _corpus.Rules));
        Assert.Contains("folder, not a file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source", "3")]
    [InlineData("source", "[\"text\"]")]
    [InlineData("note", "{ \"a\": 1 }")]
    [InlineData("note", "true")]
    public void A_source_or_note_that_is_not_a_string_is_MalformedManifest_naming_the_entry_and_field(string field, string json)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        string author = field == "source"
            ? $"{{ \"value\": \"Jane Doe\", \"source\": {json}, \"note\": \"n\" }}"
            : $"{{ \"value\": \"Jane Doe\", \"source\": \"text\", \"note\": {json} }}";
        folder.WriteManifest($"{{ \"articles\": [ {{ \"id\": \"000\", \"file\": \"articles/a.txt\", \"author\": {author} }} ] }}");
        var error = LoadFails(folder, CorpusProblem.MalformedManifest, "articles.json");
        Assert.Contains("Article \"000\"", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"author.{field}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_precision_that_is_not_a_string_is_MalformedManifest_naming_the_entry_and_field()
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteManifest("""
            { "articles": [ { "id": "000", "file": "articles/a.txt",
              "published": { "value": "2021-07", "precision": 7, "kind": "inferred", "source": "factcheck", "note": "n" } } ] }
            """);
        var error = LoadFails(folder, CorpusProblem.MalformedManifest, "articles.json");
        Assert.Contains("Article \"000\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"published.precision\" is the number 7", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("file")]
    public void Half_a_character_in_a_string_is_MalformedManifest_naming_the_entry(string field)
    {
        // Found by the manifest fuzz: JSON may hold a lone "\uD800" escape, which .NET refuses to read as a string.
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        var entry = new Dictionary<string, string> { ["id"] = "000", ["file"] = "articles/a.txt", [field] = "x\\uD800y" };
        folder.WriteManifest("{ \"articles\": [ { " + string.Join(", ", entry.Select(p => $"\"{p.Key}\": \"{p.Value}\"")) + " } ] }");
        var error = LoadFails(folder, CorpusProblem.MalformedManifest, "articles.json");
        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("half a character", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000 ")]
    [InlineData(" 000")]
    [InlineData("../<b>x")]
    [InlineData("a b")]
    [InlineData("-lead")]
    [InlineData("00\u00A00")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij12345")] // 65 characters
    public void A_manifest_id_outside_the_pattern_is_InvalidArticleId(string id)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("a.txt", "Some text.");
        folder.WriteArticle("b.txt", "Other text.");
        folder.WriteManifest($$"""{ "articles": [ { "id": "000", "file": "articles/a.txt" }, { "id": {{System.Text.Json.JsonSerializer.Serialize(id)}}, "file": "articles/b.txt" } ] }""");
        var error = LoadFails(folder, CorpusProblem.InvalidArticleId, "articles.json");
        Assert.Contains("Article #2", error.Message, StringComparison.Ordinal);
        Assert.Contains("data/README.md", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("my-article_2")]
    [InlineData("A")]
    public void Ids_inside_the_pattern_are_accepted(string id)
    {
        Assert.True(ArticleId.IsValid(id));
        Assert.Equal(id, ArticleLoader.FromString("Officials said it rained.", _corpus.Rules, id).Id);
    }

    [Theory]
    [InlineData("000 ")]
    [InlineData("../<b>x")]
    [InlineData("")]
    public void A_student_id_outside_the_pattern_is_InvalidArticleId(string id)
    {
        var pasted = Assert.Throws<CorpusException>(() => ArticleLoader.FromString("Officials said it rained.", _corpus.Rules, id));
        Assert.Equal(CorpusProblem.InvalidArticleId, pasted.Problem);
        Assert.Contains("Fix: ", pasted.Message, StringComparison.Ordinal);
        Assert.Equal(CorpusProblem.InvalidArticleId, Assert.Throws<CorpusException>(() => _corpus.Read(id, "Officials said it rained.")).Problem);
        Assert.Equal(CorpusProblem.InvalidArticleId,
            Assert.Throws<CorpusException>(() => ArticleLoader.FromHtml("<p>Officials said it rained.</p>", _corpus.Rules, id)).Problem);
    }

    [Theory]
    [InlineData("My article (draft)", "My-article--draft-")]
    [InlineData("_notes", "file_notes")]
    [InlineData("été", "file-t-")]
    public void A_file_name_becomes_a_valid_id(string name, string expected)
    {
        string id = ArticleId.FromFileName(name);
        Assert.True(ArticleId.IsValid(id), id);
        Assert.Equal(expected, id);
    }
}
