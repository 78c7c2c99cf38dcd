using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>The real corpus, loaded once per test class that asks for it.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        DataDirectory = TestPaths.DataDirectory;
        Corpus = Corpus.Load(DataDirectory);
    }

    public string DataDirectory { get; }
    public Corpus Corpus { get; }
}

internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binaries holding MediaLit.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

    /// <summary>A new temporary data folder holding a copy of one of the pack's data subfolders (for tests that edit it).</summary>
    public static string CopyOfDataSubfolder(string name)
    {
        string data = Directory.CreateTempSubdirectory("medialit-data-").FullName;
        string folder = Path.Combine(data, name);
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(DataDirectory, name)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return data;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaLit.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"No MediaLit.slnx above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// A throw-away data folder under the temp directory: the pack's rules copied in, articles and
/// manifest written by the test. Deleted on dispose.
/// </summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder(bool copyRules = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "medialit-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        if (copyRules)
        {
            string rules = Path.Combine(Root, "rules");
            Directory.CreateDirectory(rules);
            foreach (string file in Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, "rules")))
                File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string ManifestPath => Path.Combine(Root, ManifestReader.FileName);

    public string WriteArticle(string fileName, byte[] bytes)
    {
        string path = Path.Combine(Root, "articles", fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteArticle(string fileName, string text) =>
        WriteArticle(fileName, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void WriteManifest(string json) => File.WriteAllText(ManifestPath, json);

    /// <summary>A manifest listing (id, file) pairs with no other fields.</summary>
    public void WriteMinimalManifest(params (string Id, string File)[] entries) =>
        WriteManifest("{ \"articles\": [" + string.Join(",", entries.Select(e => $"{{ \"id\": \"{e.Id}\", \"file\": \"{e.File}\" }}")) + "] }");

    public string CopySeed(string id, string asFileName)
    {
        string seed = Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, "articles"), id + "_*.txt").Single();
        return WriteArticle(asFileName, File.ReadAllBytes(seed));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Checks shared by the span tests and the property tests.</summary>
internal static class Accounting
{
    /// <summary>
    /// Null when every raw index is covered exactly once, by one removal or by one clean character
    /// with the same character; otherwise a description of the first fault.
    /// </summary>
    public static string? PartitionFault(Article article)
    {
        string raw = article.RawText;
        var cover = new int[raw.Length];
        foreach (var removal in article.Removals)
        {
            if (removal.RawSpan.End > raw.Length)
                return $"removal {removal.RuleId} {removal.RawSpan} runs past the raw text ({raw.Length})";
            if (removal.RawSpan.IsEmpty)
                return $"removal {removal.RuleId} at {removal.RawSpan} is empty";
            for (int i = removal.RawSpan.Start; i < removal.RawSpan.End; i++)
                cover[i]++;
        }
        int previous = -1;
        for (int c = 0; c < article.Text.Length; c++)
        {
            int r = article.ToRawPosition(c);
            if (r < 0 || r >= raw.Length)
                return $"clean {c} maps outside the raw text ({r})";
            if (r <= previous)
                return $"clean {c} maps to raw {r}, not after raw {previous}";
            if (raw[r] != article.Text[c])
                return $"clean {c} is '{article.Text[c]}' but raw {r} is '{raw[r]}'";
            cover[r]++;
            previous = r;
        }
        for (int i = 0; i < raw.Length; i++)
            if (cover[i] != 1)
                return $"raw {i} ('{raw[i]}') is covered {cover[i]} times";
        return null;
    }

    /// <summary>Raw positions claimed by some removal.</summary>
    public static bool[] RemovedMask(Article article)
    {
        var removed = new bool[article.RawText.Length];
        foreach (var removal in article.Removals)
            for (int i = removal.RawSpan.Start; i < removal.RawSpan.End; i++)
                removed[i] = true;
        return removed;
    }

    /// <summary>The raw text under <paramref name="rawSpan"/> without the removed characters.</summary>
    public static string KeptText(Article article, bool[] removed, TextSpan rawSpan)
    {
        var kept = new System.Text.StringBuilder();
        for (int i = rawSpan.Start; i < rawSpan.End; i++)
            if (!removed[i])
                kept.Append(article.RawText[i]);
        return kept.ToString();
    }
}
