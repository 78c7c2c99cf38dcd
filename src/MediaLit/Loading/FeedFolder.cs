using MediaLit.Articles;
using MediaLit.Cleaning;

namespace MediaLit.Loading;

/// <summary>
/// Reads a folder of articles that has no <c>articles.json</c>: a teacher's feed. Each .txt or .md file is one
/// article (an .html file too, given a reader for web pages, such as MediaLit.Html's). Metadata comes only from
/// what each text states; a file that cannot be read is listed with its reason and the rest still load.
/// </summary>
internal static class FeedFolder
{
    public const string UnknownWhy = "Read from a feed folder, which has no manifest: only what the text itself states is known.";

    private static readonly string[] TextExtensions = [".txt", ".md", ".markdown"];
    private static readonly string[] PageExtensions = [".html", ".htm"];

    public static (List<(Article Article, string Path)> Articles, List<UnreadFile> Problems) Read(
        string folder, CleaningRules rules, Func<string, CleaningRules, string, Article>? readPage)
    {
        var articles = new List<(Article, string)>();
        var problems = new List<UnreadFile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            // Hidden files and the folder's own README describe the feed; they are not articles.
            if (name.StartsWith('.') || Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase))
                continue;
            string extension = Path.GetExtension(path).ToLowerInvariant();
            bool isPage = PageExtensions.Contains(extension);
            if (!isPage && !TextExtensions.Contains(extension))
            {
                problems.Add(new UnreadFile(name, CorpusProblem.UnsupportedSource, $"{name} is not a .txt, .md or .html file, so it was not read.",
                    "Save the article as text (.txt) or as a web page (.html), or move the file out of the folder."));
                continue;
            }
            string id = ArticleId.FromFileName(Path.GetFileNameWithoutExtension(path));
            if (ids.TryGetValue(id, out string? first))
            {
                problems.Add(new UnreadFile(name, CorpusProblem.DuplicateArticleId, $"{name} would have the id \"{id}\", which {first} already has.",
                    $"Rename one of the two files (ids come from file names)."));
                continue;
            }
            try
            {
                var article = isPage
                    ? readPage is null
                        ? throw new CorpusException(CorpusProblem.UnsupportedSource, path, "Web pages need the pack's page reader.",
                            "Load the folder with MediaLit.Html's FeedLoader.Load(folder), which reads .html files too.")
                        : readPage(path, rules, id)
                    : ReadText(path, rules, id);
                ids[id] = name;
                articles.Add((article, path));
            }
            catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException or FormatException)
            {
                // One bad file must not cost the teacher the whole feed: note it, read the rest.
                string fix = e is CorpusException c ? c.Fix : "Check that the file can be opened and is plain text or a web page.";
                string message = e is CorpusException ce ? ce.Message[..Math.Max(0, ce.Message.LastIndexOf(" Fix: ", StringComparison.Ordinal))] : $"{path}: {e.Message}";
                problems.Add(new UnreadFile(name, e is CorpusException p ? p.Problem : CorpusProblem.UndecodableText, message, fix));
            }
        }
        return (articles, problems);
    }

    /// <summary>A plain-text article: its size checked before reading, decoded as the pack decodes its own files.</summary>
    public static Article ReadText(string path, CleaningRules rules, string id)
    {
        long size = new FileInfo(path).Length;
        if (size > Corpus.MaxArticleBytes)
            throw new CorpusException(CorpusProblem.TooLarge, path, $"The file is {size / 1024.0 / 1024.0:0.0} MB; the limit is {Corpus.MaxArticleBytes / 1024 / 1024} MB.",
                "Keep only the article's own text in the file.");
        string text = TextDecoder.Decode(File.ReadAllBytes(path), path);
        if (string.IsNullOrWhiteSpace(text))
            throw new CorpusException(CorpusProblem.EmptyFile, path, "The file is empty.", "Put the article's text in it, or remove it from the folder.");
        return ArticleReader.Read(ManifestEntry.Unknown(id, Path.GetFileName(path), UnknownWhy), text, rules);
    }
}
