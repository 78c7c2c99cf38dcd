using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Loading;
using MediaLit.Metadata;

namespace MediaLit.Html;

/// <summary>
/// Brings an article of your own into the pack: a .txt, .md or .html file, a pasted string or a URL.
/// HTML goes through <see cref="MainContentExtractor"/>; the title, byline and date it finds in the page's
/// metadata become the article's metadata, noted as coming from the page itself.
/// </summary>
public static class ArticleLoader
{
    /// <summary>Larger inputs are refused: a lesson cell must answer in well under a second.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <param name="id">The article's id (see <see cref="ArticleId"/>); by default made from the file name.</param>
    public static Article FromFile(string path, CleaningRules rules, string? id = null)
    {
        Required.NotNull(path, nameof(path), "the path of the article's file, e.g. \"../data/samples/russia-recognises-taliban.html\"");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        string name = id is null ? ArticleId.FromFileName(Path.GetFileNameWithoutExtension(path)) : ArticleId.Checked(id, path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".html" or ".htm" or ".txt" or ".md" or ".markdown" or ""))
            throw new CorpusException(CorpusProblem.UnsupportedSource, path, $"The pack reads .txt, .md and .html files, not {extension}.",
                "Save the article as text or as a web page (.html), or paste its text into a string.");
        string real = FollowLinks(path);
        if (Directory.Exists(real))
            throw new CorpusException(CorpusProblem.MissingArticleFile, path, "This is a folder, not a file.",
                "Give the path of the article's file inside it, e.g. Path.Combine(folder, \"article.txt\").");
        var file = new FileInfo(real);
        if (!file.Exists)
            throw new CorpusException(CorpusProblem.MissingArticleFile, path, "There is no such file.", "Check the path; in a notebook it is relative to the notebook's folder.");
        if (file.Length > MaxBytes)
            throw TooLarge(path, file.Length);
        byte[] bytes = ReadAtMost(real, path);
        return extension is ".html" or ".htm"
            ? FromHtml(PageEncoding.Decode(bytes, headerCharset: null, isHtml: true, path), rules, name, path)
            : FromText(TextDecoder.Decode(bytes, path), rules, name, path);
    }

    /// <summary>Text you paste into a cell.</summary>
    public static Article FromString(string text, CleaningRules rules, string id = "pasted")
    {
        Required.NotNull(text, nameof(text), "the article's text, in quotes");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        Required.NotNull(id, nameof(id), "an article id such as \"my-article\"");
        ArticleId.Checked(id, "(pasted text)");
        return FromText(text, rules, id, "(pasted text)");
    }

    /// <param name="origin">The file or address the text came from, named in any error ("(pasted text)" for a string).</param>
    private static Article FromText(string text, CleaningRules rules, string id, string origin)
    {
        if (text.Length > MaxBytes)
            throw TooLarge(origin, text.Length);
        if (string.IsNullOrWhiteSpace(text))
            throw new CorpusException(CorpusProblem.EmptyFile, origin, "The text is empty.", "Paste the article's text between the quotes.");
        return ArticleReader.Read(ManifestEntry.Unknown(id, origin), text, rules);
    }

    /// <param name="origin">Where the HTML came from (a path or URL), used as the address when the page names none.</param>
    public static Article FromHtml(string html, CleaningRules rules, string id = "page", string? origin = null)
    {
        Required.NotNull(html, nameof(html), "the page's HTML, as a string");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        Required.NotNull(id, nameof(id), "an article id such as \"my-article\"");
        ArticleId.Checked(id, origin ?? "(HTML)");
        if (html.Length > MaxBytes)
            throw TooLarge(origin ?? "(HTML)", html.Length);
        var page = MainContentExtractor.Extract(html);
        if (string.IsNullOrWhiteSpace(page.Text))
            throw new CorpusException(CorpusProblem.EmptyFile, origin ?? "(HTML)",
                "No article text was found in the page: once menus, scripts, hidden parts and page furniture are set aside, no paragraph "
                + "of running text is left. It may be a home page or list of links, or a page whose text is written by scripts (the pack runs none).",
                "Load the article's own page (its address, not the site's front page), or open it in a browser, copy the article's text "
                + "and load it with ArticleLoader.FromString(text, corpus.Rules).");
        return ArticleReader.Read(Entry(id, origin, page), page.Text, rules);
    }

    /// <summary>
    /// Downloads a page over http or https and reads it. <paramref name="timeout"/> (default
    /// <see cref="DefaultTimeout"/>) covers the whole download, body and redirects included; the body is cut at
    /// <see cref="MaxBytes"/>; redirects are followed only to http and https addresses. The page's encoding comes
    /// from the server's Content-Type or the page's &lt;meta charset&gt; (UTF-8 when neither says).
    /// </summary>
    public static async Task<Article> FromUrlAsync(string url, CleaningRules rules, string id = "web", TimeSpan? timeout = null,
        HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        Required.NotNull(url, nameof(url), "the page's address, e.g. \"https://example.org/news\"");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        Required.NotNull(id, nameof(id), "an article id such as \"my-article\"");
        ArticleId.Checked(id, url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new CorpusException(CorpusProblem.UnsupportedSource, url, "Only http:// and https:// addresses can be loaded.",
                "Give the full address, starting with https://, or save the page and load the file.");
        var page = await PageDownloader.GetAsync(uri, url, timeout ?? DefaultTimeout, handler, cancellationToken);
        bool isHtml = page.MediaType is null or "text/html" or "application/xhtml+xml";
        string body = PageEncoding.Decode(page.Body, page.CharSet, isHtml, url);
        return isHtml ? FromHtml(body, rules, id, page.Address.AbsoluteUri) : FromText(body, rules, id, url);
    }

    /// <summary>
    /// The real file behind <paramref name="path"/>. A link is followed only where it stays in the folder it is
    /// in (the notebook's folder for a relative path under it): a link named article.txt that leads to a
    /// system file is refused, and the student can still load any file by giving its real path.
    /// </summary>
    private static string FollowLinks(string path)
    {
        string full = Path.GetFullPath(path);
        string here = Path.GetFullPath(Directory.GetCurrentDirectory());
        string folder = RealPath.IsInside(full, here) ? here : Path.GetDirectoryName(full) ?? full;
        try
        {
            string real = RealPath.Of(full), realFolder = RealPath.Of(folder);
            return real == full || RealPath.IsInside(real, realFolder)
                ? real
                : throw new CorpusException(CorpusProblem.PathOutsideDataFolder, path,
                    $"It is a symbolic link (or lies in a linked folder) leading to \"{real}\", outside \"{folder}\"; links that leave their folder are not followed.",
                    $"If you mean to load that file, give its real path: \"{real}\".");
        }
        catch (IOException e)
        {
            throw new CorpusException(CorpusProblem.PathOutsideDataFolder, path, $"The path cannot be followed ({e.Message}).", "Give the real path of the file.");
        }
    }

    // Reads at most MaxBytes + 1: a device or special file can report a length of 0 and never end.
    private static byte[] ReadAtMost(string real, string path)
    {
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[81920];
        using var result = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (result.Length + read > MaxBytes)
                throw TooLarge(path, result.Length + read);
            result.Write(buffer, 0, read);
        }
        return result.ToArray();
    }

    private static ManifestEntry Entry(string id, string? origin, ExtractedPage page)
    {
        var unknown = ManifestEntry.Unknown(id, origin ?? "(HTML)");
        return unknown with
        {
            Title = page.Title is { } title ? new Attested<string>(title, Provenance.Text, $"The page's own metadata ({page.TitleFoundIn}).") : unknown.Title,
            Author = page.Byline is { } byline ? new Attested<string>(byline, Provenance.Text, $"The page's own metadata ({page.BylineFoundIn}).") : Attested.Unknown<string>("The page names no author."),
            Published = page.Published is { } date
                ? new Attested<PublicationDate>(new PublicationDate(date, DatePrecision.Day, DateKind.Published), Provenance.Text, $"The page's own metadata ({page.PublishedFoundIn}).")
                : Attested.Unknown<PublicationDate>("The page gives no publication date."),
            Outlet = page.Outlet is { } outlet ? new Attested<string>(outlet, Provenance.Text, "The page's own metadata (og:site_name or JSON-LD publisher).") : Attested.Unknown<string>("The page does not name its site in its metadata."),
            Url = (page.Url ?? (origin?.StartsWith("http", StringComparison.Ordinal) == true ? origin : null)) is { } url
                ? new Attested<string>(url, Provenance.Text, page.Url is null ? "The address it was downloaded from." : "The page's canonical address.")
                : Attested.Unknown<string>("The page gives no address."),
        };
    }

    internal static CorpusException TooLarge(string source, long size) =>
        new(CorpusProblem.TooLarge, source, $"It is {size / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB.",
            "Load only the article: save its text, or copy the article part of the page.");
}
