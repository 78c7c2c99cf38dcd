using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaLit.Tests;

/// <summary>
/// Every relative link in the pack's documents and lessons leads somewhere: the file exists and, for a link
/// into a markdown file, the heading it names exists (GitHub's anchor rules). A citation that cannot be
/// followed is no citation.
/// </summary>
public sealed partial class LinkTests
{
    private static readonly string[] TopLevelDocuments = ["README.md", "ARCHITECTURE.md"];

    public static TheoryData<string> Documents() => new(DocumentPaths());

    private static IEnumerable<string> DocumentPaths()
    {
        var root = TestPaths.RepositoryRoot;
        var files = TopLevelDocuments
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.GetFiles(Path.Combine(root, "data"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Select(f => Path.GetRelativePath(root, f)));
        return files.Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string document)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, document);
        string folder = Path.GetDirectoryName(path)!;
        var broken = new List<string>();
        foreach (Match link in MarkdownLink().Matches(Markdown(path)))
        {
            string target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                continue;
            string file = target.Split('#')[0], anchor = target.Contains('#', StringComparison.Ordinal) ? target[(target.IndexOf('#', StringComparison.Ordinal) + 1)..] : "";
            string resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(file)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
                broken.Add($"{target}: no such file");
            else if (anchor.Length > 0 && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(resolved)).Contains(anchor))
                broken.Add($"{target}: no heading with the anchor #{anchor}");
        }

        Assert.True(broken.Count == 0, $"{document}: {string.Join("; ", broken)}");
    }

    [Fact]
    public void Fact_check_citations_in_the_lessons_are_links()
    {
        foreach (string document in DocumentPaths())
        {
            if (!document.EndsWith(".ipynb", StringComparison.Ordinal))
                continue;
            string text = Markdown(Path.Combine(TestPaths.RepositoryRoot, document));
            Assert.DoesNotMatch(BareCitation(), text);
        }

        Assert.Contains("(reference/factcheck.md#2b-factual-errors-and-opinion-presented-as-fact-by-article)",
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "teacher-guide.md")), StringComparison.Ordinal);
    }

    /// <summary>A markdown file's text, or the markdown cells of a notebook.</summary>
    private static string Markdown(string path)
    {
        if (!path.EndsWith(".ipynb", StringComparison.Ordinal))
            return File.ReadAllText(path);
        using var notebook = JsonDocument.Parse(File.ReadAllText(path));
        return string.Join("\n", notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))));
    }

    /// <summary>GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string markdown) =>
        [.. Heading().Matches(markdown).Select(h => AnchorPunctuation().Replace(h.Groups[1].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))];

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex AnchorPunctuation();

    // "fact-check §2" or "(§2 and §2a)" written as plain text, not as a link.
    [GeneratedRegex(@"(?:fact-check|FC)[,:]? \(?§\d")]
    private static partial Regex BareCitation();
}
