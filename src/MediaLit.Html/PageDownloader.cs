using System.Net;
using System.Net.Http.Headers;
using MediaLit.Loading;

namespace MediaLit.Html;

/// <summary>A downloaded page: the address it finally came from, its bytes and what the server said they are.</summary>
internal sealed record DownloadedPage(Uri Address, byte[] Body, string? MediaType, string? CharSet);

/// <summary>
/// Downloads one page for <see cref="ArticleLoader.FromUrlAsync"/>. One deadline covers the whole exchange
/// (connecting, every redirect, the headers and the last byte of the body): HttpClient.Timeout alone stops
/// at the headers when the body is streamed, so a server that drips or stalls the body would run on.
/// The size limit is enforced while reading. Redirects are followed here, at most <see cref="MaxRedirects"/>,
/// and each new address must again be http or https.
/// </summary>
internal static class PageDownloader
{
    public const int MaxRedirects = 10;

    private const int ChunkBytes = 81920;

    public static async Task<DownloadedPage> GetAsync(Uri start, string url, TimeSpan limit, HttpMessageHandler? handler, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        using var client = handler is null
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = limit })
            : new HttpClient(handler, disposeHandler: false);
        client.Timeout = Timeout.InfiniteTimeSpan; // the deadline covers everything, body included
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("MediaLit", "1.0"));
        try
        {
            var address = start;
            for (int redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                // WaitAsync: the deadline holds even against a handler or stream that ignores its token.
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).WaitAsync(deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects == MaxRedirects)
                        throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The address redirects more than {MaxRedirects} times.",
                            "Open it in a browser; if it loads there, save the page and load the file.");
                    address = NextAddress(address, response, url);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.",
                        "Check the address in a browser; if it needs a login, save the page and load the file.");
                if (response.Content.Headers.ContentLength > ArticleLoader.MaxBytes)
                    throw ArticleLoader.TooLarge(url, response.Content.Headers.ContentLength.Value);
                byte[] body = await ReadLimited(response.Content, url, deadline.Token);
                var type = response.Content.Headers.ContentType;
                return new DownloadedPage(address, body, type?.MediaType, type?.CharSet);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CorpusException(CorpusProblem.DownloadFailed, url,
                $"The page did not arrive in full within the time limit of {limit.TotalSeconds:0.#} seconds.",
                "Check the address and your connection, or save the page in a browser and load the file.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The page could not be downloaded ({e.Message}).",
                "Check the address and your connection, or save the page and load the file.");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Uri NextAddress(Uri current, HttpResponseMessage response, string url)
    {
        string? written = response.Headers.Location?.OriginalString
            ?? (response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.FirstOrDefault() : null);
        if (string.IsNullOrWhiteSpace(written))
            throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The server answered {(int)response.StatusCode} (a redirect) without saying where to.",
                "Open the address in a browser; if it loads there, save the page and load the file.");
        // Relative to the current address ("/news/1"), or absolute ("https://…", "file:///…", checked below).
        if (!Uri.TryCreate(current, written.Trim(), out var next))
            throw new CorpusException(CorpusProblem.DownloadFailed, url, $"The server redirects to \"{written}\", which is not a valid address.",
                "Open the address in a browser; if it loads there, save the page and load the file.");
        return next.Scheme is "http" or "https"
            ? next
            : throw new CorpusException(CorpusProblem.UnsupportedSource, url,
                $"The server redirects to \"{next}\", which is not an http:// or https:// address; only web pages are followed.",
                "Load a web address that does not redirect elsewhere, or save the page in a browser and load the file.");
    }

    private static async Task<byte[]> ReadLimited(HttpContent content, string url, CancellationToken token)
    {
        await using var stream = await content.ReadAsStreamAsync(token).WaitAsync(token);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).AsTask().WaitAsync(token)) > 0)
        {
            // Checked as the bytes arrive: an endless body is cut at the limit, never held whole.
            if (buffer.Length + read > ArticleLoader.MaxBytes)
                throw ArticleLoader.TooLarge(url, buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
