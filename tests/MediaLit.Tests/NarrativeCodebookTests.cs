using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>A codebook a student edited badly is an error naming the file, the line and the fix.</summary>
public sealed class NarrativeCodebookTests
{
    [Theory]
    [InlineData("""{"id": "x", "label": "X", "description": "d", "cues": [], "source": "s"}""", "line 1")]
    [InlineData("""{"id": "x", "label": "X", "description": "d", "cues": [["*"]], "source": "s"}""", "line 1")]
    [InlineData("not json", "line 1")]
    public void A_bad_claim_line_is_reported_with_its_line(string line, string where)
    {
        using var data = new TempDataFolder(copyRules: false);
        Directory.CreateDirectory(Path.Combine(data.Root, ClaimCodebook.FolderName));
        File.WriteAllText(Path.Combine(data.Root, ClaimCodebook.FolderName, ClaimCodebook.ClaimsFile), line + "\n");
        File.Copy(Path.Combine(TestPaths.DataDirectory, ClaimCodebook.FolderName, ClaimCodebook.StanceCuesFile),
            Path.Combine(data.Root, ClaimCodebook.FolderName, ClaimCodebook.StanceCuesFile));
        var error = Assert.Throws<MediaLit.Loading.CorpusException>(() => ClaimCodebook.Load(data.Root));
        Assert.Equal(MediaLit.Loading.CorpusProblem.MalformedRules, error.Problem);
        Assert.Contains(where, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(ClaimCodebook.ClaimsFile, error.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_claims_with_one_id_are_refused()
    {
        using var data = new TempDataFolder(copyRules: false);
        string folder = Path.Combine(data.Root, ClaimCodebook.FolderName);
        Directory.CreateDirectory(folder);
        string line = """{"id": "x", "label": "X", "description": "d", "cues": [["a"]], "source": "s"}""";
        File.WriteAllText(Path.Combine(folder, ClaimCodebook.ClaimsFile), line + "\n" + line + "\n");
        File.Copy(Path.Combine(TestPaths.DataDirectory, ClaimCodebook.FolderName, ClaimCodebook.StanceCuesFile), Path.Combine(folder, ClaimCodebook.StanceCuesFile));
        var error = Assert.Throws<MediaLit.Loading.CorpusException>(() => ClaimCodebook.Load(data.Root));
        Assert.Contains("\"x\"", error.Message, StringComparison.Ordinal);
    }
}
