using System.Net.Http.Headers;
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

    public static Article FromFile(string path, CleaningRules rules, string? id = null)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            throw new CorpusException(CorpusProblem.MissingArticleFile, path, "There is no such file.", "Check the path; in a notebook it is relative to the notebook's folder.");
        if (file.Length > MaxBytes)
            throw TooLarge(path, file.Length);
        string text = TextDecoder.Decode(File.ReadAllBytes(path), path);
        string name = id ?? Path.GetFileNameWithoutExtension(path);
        return file.Extension.ToLowerInvariant() switch
        {
            ".html" or ".htm" => FromHtml(text, rules, name, path),
            ".txt" or ".md" or ".markdown" or "" => FromString(text, rules, name),
            _ => throw new CorpusException(CorpusProblem.UnsupportedSource, path, $"The pack reads .txt, .md and .html files, not {file.Extension}.",
                "Save the article as text or as a web page (.html), or paste its text into a string."),
        };
    }

    /// <summary>Text you paste into a cell.</summary>
    public static Article FromString(string text, CleaningRules rules, string id = "pasted")
    {
        if (text.Length > MaxBytes)
            throw TooLarge("(pasted text)", text.Length);
        if (string.IsNullOrWhiteSpace(text))
            throw new CorpusException(CorpusProblem.EmptyFile, "(pasted text)", "The text is empty.", "Paste the article's text between the quotes.");
        return ArticleReader.FromText(id, text, rules);
    }

    /// <param name="origin">Where the HTML came from (a path or URL), used as the address when the page names none.</param>
    public static Article FromHtml(string html, CleaningRules rules, string id = "page", string? origin = null)
    {
        if (html.Length > MaxBytes)
            throw TooLarge(origin ?? "(HTML)", html.Length);
        var page = MainContentExtractor.Extract(html);
        if (string.IsNullOrWhiteSpace(page.Text))
            throw new CorpusException(CorpusProblem.EmptyFile, origin ?? "(HTML)", "No article text was found in the page.",
                "Open the page in a browser, copy the article's text and paste it as a string instead.");
        return ArticleReader.Read(Entry(id, origin, page), page.Text, rules);
    }

    /// <summary>Downloads a page over http or https, with a time limit and a size limit.</summary>
    public static async Task<Article> FromUrlAsync(string url, CleaningRules rules, string id = "web", TimeSpan? timeout = null,
        HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new CorpusException(CorpusProblem.UnsupportedSource, url, "Only http:// and https:// addresses can be loaded.",
                "Give the full address, starting with https://, or save the page and load the file.");
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = timeout ?? DefaultTimeout;
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("MediaLit", "1.0"));
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.",
                    "Check the address in a browser; if it needs a login, save the page and load the file.");
            if (response.Content.Headers.ContentLength > MaxBytes)
                throw TooLarge(url, response.Content.Headers.ContentLength.Value);
            string body = await ReadLimited(response.Content, url, cancellationToken);
            bool isHtml = response.Content.Headers.ContentType?.MediaType is null or "text/html" or "application/xhtml+xml";
            return isHtml ? FromHtml(body, rules, id, url) : FromString(body, rules, id);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The page could not be downloaded ({e.Message}).",
                $"Check the address and your connection (the limit is {client.Timeout.TotalSeconds:0} seconds), or save the page and load the file.");
        }
    }

    private static async Task<string> ReadLimited(HttpContent content, string url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                throw TooLarge(url, buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        return TextDecoder.Decode(buffer.ToArray(), url);
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

    private static CorpusException TooLarge(string source, long size) =>
        new(CorpusProblem.TooLarge, source, $"It is {size / 1024.0 / 1024.0:0.0} MB; the limit is {MaxBytes / 1024 / 1024} MB.",
            "Load only the article: save its text, or copy the article part of the page.");
}
