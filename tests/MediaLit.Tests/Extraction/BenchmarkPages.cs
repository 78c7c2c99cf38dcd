using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MediaLit.Tests.Extraction;

/// <summary>A saved page and the article text a person expects from it.</summary>
internal sealed record BenchmarkPage(string Name, string Html, string ExpectedText);

/// <summary>
/// The two extraction benchmarks in Data/webpages (see NOTICE.md there): Mozilla Readability's test pages, split
/// into a development half and a held-out half by a hash of the page name, and the ScrapingHub
/// article-extraction benchmark, held out whole.
/// </summary>
internal static class BenchmarkPages
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "webpages");

    private static readonly Lazy<IReadOnlyList<BenchmarkPage>> ReadabilityPages = new(LoadReadability);

    /// <summary>Readability test pages whose name hashes to the development half (tuned on).</summary>
    public static IReadOnlyList<BenchmarkPage> ReadabilityDevelopment => ReadabilityPages.Value.Where(p => !IsHeldOut(p.Name)).ToList();

    /// <summary>Readability test pages whose name hashes to the held-out half (never looked at while tuning).</summary>
    public static IReadOnlyList<BenchmarkPage> ReadabilityHeldOut => ReadabilityPages.Value.Where(p => IsHeldOut(p.Name)).ToList();

    /// <summary>The split was fixed before any result was seen: the low bit of the first SHA-256 byte of the page name.</summary>
    public static bool IsHeldOut(string name) => (SHA256.HashData(Encoding.UTF8.GetBytes(name))[0] & 1) == 1;

    public static IReadOnlyList<BenchmarkPage> ScrapingHub() => LoadScrapingHub();

    private static List<BenchmarkPage> LoadReadability()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, "readability-test-pages.zip"));
        var files = zip.Entries.Where(e => e.Length > 0).ToDictionary(e => e.FullName.TrimStart('.', '/'), Read, StringComparer.Ordinal);
        return files.Keys.Where(k => k.EndsWith("/source.html", StringComparison.Ordinal))
            .Select(k => k[..k.IndexOf('/', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal)
            .Select(name => new BenchmarkPage(name, files[name + "/source.html"], TextOf(files[name + "/expected.html"])))
            .ToList();
    }

    private static List<BenchmarkPage> LoadScrapingHub()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, "article-extraction-benchmark.zip"));
        using var truth = JsonDocument.Parse(Read(zip.GetEntry("ground-truth.json")!));
        return truth.RootElement.EnumerateObject()
            .Select(item => new BenchmarkPage(item.Name, Read(zip.GetEntry(item.Name + ".html")!),
                item.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : ""))
            .ToList();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote", "pre", "figcaption",
        "section", "article", "ul", "ol", "dl", "dt", "dd", "table", "figure", "header", "footer", "hr",
    };

    /// <summary>
    /// The text of Readability's expected.html: every text node, with a line break around each block so words
    /// from two blocks are never glued into one token. Independent of the extractor under test.
    /// </summary>
    internal static string TextOf(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((document.Body ?? (INode)document, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            bool block = node is IElement e && Blocks.Contains(e.LocalName);
            if (closing || node is IText)
            {
                text.Append(node is IText t ? t.Data : "\n");
                continue;
            }
            if (node is IElement { LocalName: "script" or "style" })
                continue;
            if (block)
            {
                text.Append('\n');
                stack.Push((node, true));
            }
            for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                stack.Push((node.ChildNodes[i], false));
        }
        return text.ToString();
    }
}
