using System.Collections;
using System.Security.Cryptography;
using MediaLit.Cleaning;
using MediaLit.Loading;

namespace MediaLit.Articles;

/// <summary>The articles of the pack, in id order, read from a data folder.</summary>
/// <example><c>var corpus = Corpus.Load(); corpus["001"].Metadata.Author</c> ⇒ unknown, with why.</example>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed class Corpus : IReadOnlyList<Article>
{
    private readonly IReadOnlyList<Article> _articles;

    private Corpus(string dataDirectory, CleaningRules rules, IReadOnlyList<Article> articles, IReadOnlyList<UnreadFile>? problems = null)
    {
        DataDirectory = dataDirectory;
        Rules = rules;
        _articles = articles;
        Problems = problems ?? [];
    }

    /// <summary>The largest article file the corpus reads, the same limit as for an article a student loads.</summary>
    public const long MaxArticleBytes = 10 * 1024 * 1024;

    public string DataDirectory { get; }
    /// <summary>The rules the articles were cleaned with; use them for a text of your own.</summary>
    public CleaningRules Rules { get; }

    /// <summary>Files of a feed folder that could not be read, each with its reason; empty for the pack.</summary>
    public IReadOnlyList<UnreadFile> Problems { get; }

    /// <summary>
    /// A folder of .txt/.md files without a manifest (a feed a teacher brings), cleaned with the rules of
    /// <paramref name="dataDirectory"/> (the pack's data folder by default), whose word lists every lesson also uses.
    /// A file that cannot be read is listed in <see cref="Problems"/> and the rest still load. For .html files
    /// too, use MediaLit.Html's <c>FeedLoader.Load</c>, which passes its page reader as <paramref name="readPage"/>.
    /// </summary>
    /// <param name="readPage">Reads one web page: (path, rules, id) to article.</param>
    public static Corpus LoadFolder(string folder, string? dataDirectory = null, Func<string, CleaningRules, string, Article>? readPage = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new CorpusException(CorpusProblem.MissingDataFolder, root, "The feed folder does not exist.",
                "Pass the folder that holds the feed's .txt or .html files.");
        string data = Path.GetFullPath(dataDirectory ?? DataFolder.Find());
        var rules = CleaningRules.Load(data);
        var (read, problems) = FeedFolder.Read(root, rules, readPage);
        var articles = read.Select(r => r.Article).ToList();

        // Furniture by structure: paragraphs the feed repeats in many articles. The articles that hold one are
        // read again with those lines as furniture (reading is cheap; reading twice keeps cleaning one pass).
        var repeated = FeedFurniture.RepeatedLines(articles, rules.Feed.RepeatedLine);
        if (repeated.Count > 0)
        {
            rules = rules with { RepeatedLines = repeated };
            for (int i = 0; i < read.Count; i++)
                if (articles[i].Paragraphs.Any(p => repeated.Contains(FeedFurniture.Normalize(p.Text))))
                    articles[i] = Reread(read[i].Path, rules, articles[i].Id, readPage);
        }
        return new Corpus(data, rules, articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), problems);
    }

    private static Article Reread(string path, CleaningRules rules, string id, Func<string, CleaningRules, string, Article>? readPage) =>
        readPage is not null && Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm"
            ? readPage(path, rules, id)
            : FeedFolder.ReadText(path, rules, id);

    /// <summary>Loads from the data folder found by <see cref="DataFolder.Find"/>.</summary>
    public static Corpus Load() => Load(DataFolder.Find());

    public static Corpus Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string root = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(root))
            throw new CorpusException(CorpusProblem.MissingDataFolder, root, "The data folder does not exist.",
                "Pass the pack's data/ folder, or call Corpus.Load() from inside the repository.");
        string manifestPath = Path.Combine(root, ManifestReader.FileName);
        if (!File.Exists(manifestPath))
            throw new CorpusException(CorpusProblem.MissingDataFolder, manifestPath, "The folder has no manifest.",
                $"Check that this is the pack's data/ folder; it must contain {ManifestReader.FileName}.");

        // Every file is checked and read before the rules are built: a bad or oversized file is refused at once,
        // without first compiling the rules' patterns.
        var texts = ManifestReader.Read(manifestPath).Select(entry => (entry, ReadText(root, entry, manifestPath))).ToList();
        var rules = CleaningRules.Load(root);
        var articles = texts.Select(t => ArticleReader.Read(t.entry, t.Item2, rules)).ToList();
        // The same structural pass as for a feed folder: a no-op for the pack, whose five articles share no furniture.
        var repeated = FeedFurniture.RepeatedLines(articles, rules.Feed.RepeatedLine);
        if (repeated.Count > 0)
        {
            rules = rules with { RepeatedLines = repeated };
            articles = texts.Select(t => ArticleReader.Read(t.entry, t.Item2, rules)).ToList();
        }
        return new Corpus(root, rules, articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>A text of your own, cleaned with the pack's rules.</summary>
    public Article Read(string id, string rawText) => ArticleReader.FromText(id, rawText, Rules);

    public Article this[string id] => _articles.FirstOrDefault(a => a.Id == id)
        ?? throw new KeyNotFoundException($"No article \"{id}\". The ids are: {string.Join(", ", _articles.Select(a => a.Id))}.");

    private static string RealPathOf(string path, string manifestPath, ManifestEntry entry)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException e)
        {
            throw new CorpusException(CorpusProblem.PathOutsideDataFolder, manifestPath,
                $"Article \"{entry.Id}\": \"{entry.File}\" cannot be followed ({e.Message}).", "Replace the links by the article's file itself.");
        }
    }

    public Article this[int index] => _articles[index];
    public int Count => _articles.Count;
    public IEnumerator<Article> GetEnumerator() => _articles.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string ReadText(string root, ManifestEntry entry, string manifestPath)
    {
        string path = Path.GetFullPath(Path.Combine(root, entry.File));
        if (!RealPath.IsInside(path, root))
            throw new CorpusException(CorpusProblem.PathOutsideDataFolder, manifestPath,
                $"Article \"{entry.Id}\" points to \"{entry.File}\", outside the data folder.",
                "Keep article files inside data/ (e.g. \"articles/my-article.txt\").");
        // The text of a path says nothing about links: articles/x.txt may be a link to a system file, or
        // articles/ a link to another folder. Only the real path, links resolved, tells where the bytes come from.
        string real = RealPathOf(path, manifestPath, entry);
        if (!RealPath.IsInside(real, RealPathOf(root, manifestPath, entry)))
            throw new CorpusException(CorpusProblem.PathOutsideDataFolder, manifestPath,
                $"Article \"{entry.Id}\" points to \"{entry.File}\", a symbolic link (or a path through a linked folder) that leads to \"{real}\", outside the data folder.",
                "Copy the article's file into data/ instead of linking to it.");
        if (Directory.Exists(real))
            throw new CorpusException(CorpusProblem.MissingArticleFile, path,
                $"Article \"{entry.Id}\" is listed in {ManifestReader.FileName} with \"file\": \"{entry.File}\", which is a folder, not a file.",
                $"Set \"file\" in the entry for \"{entry.Id}\" to the article's text file inside that folder (e.g. \"{entry.File.TrimEnd('/', '\\')}/my-article.txt\").");
        if (!File.Exists(real))
            throw new CorpusException(CorpusProblem.MissingArticleFile, path,
                $"Article \"{entry.Id}\" is listed in {ManifestReader.FileName} but its file is missing.",
                $"Add the file, or correct \"file\" in the entry for \"{entry.Id}\".");
        long size = new FileInfo(real).Length;
        // Checked before reading: a 50 MB dump listed by mistake is refused at once instead of filling memory.
        if (size > MaxArticleBytes)
            throw new CorpusException(CorpusProblem.TooLarge, path,
                $"Article \"{entry.Id}\" is {size / 1024.0 / 1024.0:0.0} MB; the limit is {MaxArticleBytes / 1024 / 1024} MB.",
                "Keep only the article's own text in the file (a whole saved page or a dump is too much for a lesson).");
        byte[] bytes = File.ReadAllBytes(real);
        if (entry.Sha256 is { } expected && Convert.ToHexStringLower(SHA256.HashData(bytes)) is var actual && actual != expected)
            throw new CorpusException(CorpusProblem.ChangedFile, path,
                $"The file's SHA-256 is {actual}, but {ManifestReader.FileName} records {expected}: the text has changed.",
                $"The seed texts are kept byte for byte: restore it with 'git checkout -- {Path.GetRelativePath(Path.GetDirectoryName(root)!, path)}'. "
                + $"If you changed it on purpose, update \"sha256\" for \"{entry.Id}\".");
        return TextDecoder.Decode(bytes, path);
    }
}
