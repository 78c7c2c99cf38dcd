using System.Net;
using System.Net.Sockets;
using System.Text;
using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: downloading a page. One deadline for the whole response (a body that drips or stalls is cut
/// off), the size cap enforced while reading, redirects only to http and https, and the page's declared
/// encoding. Stub handlers need no network; the one server is on 127.0.0.1 and stops by itself.
/// </summary>
public sealed class UrlLoadingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private const string Page = "<html><body><article><h1>Headline here</h1><p>Officials said it rained.</p></article></body></html>";

    private static readonly Encoding Latin1 = Encoding.Latin1;

    // ---- 1. One deadline for the whole response, a size cap while reading ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_that_stalls_after_the_headers_hits_the_time_limit(bool streamHonoursCancellation)
    {
        // Headers and the first bytes at once, then nothing for 20 s (bounded: the stream then ends by itself).
        var stream = new StallingStream(Encoding.UTF8.GetBytes(Page[..40]), TimeSpan.FromSeconds(20), streamHonoursCancellation);
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = Html(new StreamContent(stream)) });
        var error = await Assert.ThrowsAsync<CorpusException>(() =>
            ArticleLoader.FromUrlAsync("https://example.org/stall", _corpus.Rules, timeout: TimeSpan.FromMilliseconds(300), handler: handler));
        Assert.Equal(CorpusProblem.DownloadFailed, error.Problem);
        Assert.Contains("time limit of 0.3 seconds", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("https://example.org/stall: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_server_that_drips_its_body_hits_the_time_limit()
    {
        using var server = new DripServer();
        var error = await Assert.ThrowsAsync<CorpusException>(() =>
            ArticleLoader.FromUrlAsync(server.Url, _corpus.Rules, timeout: TimeSpan.FromMilliseconds(500)));
        Assert.Equal(CorpusProblem.DownloadFailed, error.Problem);
        Assert.Contains("time limit", error.Message, StringComparison.Ordinal);
        // The server was still dripping when the loader gave up: well under the 200 bytes it would send.
        Assert.True(server.BytesSent < 200, $"{server.BytesSent} bytes were read");
    }

    [Fact]
    public async Task An_endless_body_is_cut_at_the_size_limit_while_reading()
    {
        var stream = new EndlessStream(maxBytes: 64 * 1024 * 1024);
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = Html(new StreamContent(stream)) });
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync("https://example.org/endless", _corpus.Rules, handler: handler));
        Assert.Equal(CorpusProblem.TooLarge, error.Problem);
        Assert.True(stream.Served <= ArticleLoader.MaxBytes + (1024 * 1024), $"{stream.Served} bytes were read before refusing");
    }

    // ---- 7. Only http and https, after every redirect ----

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a.html")]
    [InlineData("javascript:alert(1)")]
    public async Task A_redirect_to_another_scheme_is_refused_clearly(string location)
    {
        using var handler = new StubHandler(_ => Redirect(HttpStatusCode.Found, location));
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync("https://example.org/go", _corpus.Rules, handler: handler));
        Assert.Equal(CorpusProblem.UnsupportedSource, error.Problem);
        Assert.Contains("redirects to", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an http:// or https:// address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_redirect_to_a_file_address_is_refused_clearly()
    {
        using var server = new DripServer(redirectTo: "file:///etc/passwd");
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync(server.Url, _corpus.Rules, timeout: TimeSpan.FromSeconds(10)));
        Assert.Equal(CorpusProblem.UnsupportedSource, error.Problem);
        Assert.Contains("file:///etc/passwd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_redirects_are_followed_and_the_final_address_is_kept()
    {
        using var handler = new StubHandler(request => request.RequestUri!.AbsolutePath switch
        {
            "/start" => Redirect(HttpStatusCode.MovedPermanently, "/middle"),
            "/middle" => Redirect(HttpStatusCode.TemporaryRedirect, "https://example.org/final"),
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Page, Encoding.UTF8, "text/html") },
        });
        var article = await ArticleLoader.FromUrlAsync("https://example.org/start", _corpus.Rules, handler: handler);
        Assert.Equal("https://example.org/final", article.Metadata.Url.Value);
        Assert.Contains("Officials said it rained.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_stop_after_a_bounded_count()
    {
        int requests = 0;
        using var handler = new StubHandler(_ => { requests++; return Redirect(HttpStatusCode.Found, "/again"); });
        var error = await Assert.ThrowsAsync<CorpusException>(() => ArticleLoader.FromUrlAsync("https://example.org/loop", _corpus.Rules, handler: handler));
        Assert.Equal(CorpusProblem.DownloadFailed, error.Problem);
        Assert.Contains("redirects more than", error.Message, StringComparison.Ordinal);
        Assert.True(requests <= 11, $"{requests} requests");
    }

    // ---- 6. The page's encoding ----

    [Fact]
    public async Task A_page_served_as_iso_8859_1_is_decoded_as_such()
    {
        byte[] bytes = Latin1.GetBytes("<html><body><article><h1>Café au lait</h1><p>Le président a dit « non » à Kaboul.</p></article></body></html>");
        var article = await Load(bytes, "text/html; charset=iso-8859-1");
        Assert.Equal("Café au lait", article.Metadata.Title.Value);
        Assert.Contains("Le président a dit « non » à Kaboul.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=iso-8859-1>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public async Task A_page_that_declares_its_charset_in_a_meta_tag_is_decoded_with_it(string meta)
    {
        // 0x93 and 0x94 are curly quotes in Windows-1252, which browsers use for ISO-8859-1 labels too.
        var bytes = new List<byte>(Latin1.GetBytes($"<html><head>{meta}<title>T</title></head><body><article><h1>Café</h1><p>"));
        bytes.AddRange([0x93, .. Latin1.GetBytes("Officials"), 0x94]);
        bytes.AddRange(Latin1.GetBytes(" said it rained.</p></article></body></html>"));
        var article = await Load([.. bytes], "text/html");
        Assert.Contains("\u201COfficials\u201D said it rained.", article.Text, StringComparison.Ordinal);
        Assert.Equal("Café", article.Metadata.Title.Value); // the title is metadata, no longer the text's first line
    }

    [Fact]
    public async Task The_header_wins_over_the_meta_tag_and_a_byte_order_mark_over_both()
    {
        byte[] page = Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><article><h1>Café</h1><p>Officials said it rained.</p></article></body></html>");
        Assert.Equal("Café", (await Load(page, "text/html; charset=utf-8")).Metadata.Title.Value);
        Assert.Equal("Café", (await Load([0xEF, 0xBB, 0xBF, .. page], "text/html; charset=iso-8859-1")).Metadata.Title.Value);
    }

    [Fact]
    public async Task Plain_text_served_as_iso_8859_1_is_decoded_as_such()
    {
        var article = await Load(Latin1.GetBytes("Un titre\n\nLe président a parlé."), "text/plain; charset=ISO-8859-1");
        Assert.Contains("Le président a parlé.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_charset_is_refused_naming_it()
    {
        var error = await Assert.ThrowsAsync<CorpusException>(() => Load(Latin1.GetBytes(Page), "text/html; charset=x-klingon"));
        Assert.Equal(CorpusProblem.UndecodableText, error.Problem);
        Assert.Contains("\"x-klingon\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_page_file_with_a_meta_charset_loads()
    {
        string path = Path.Combine(Path.GetTempPath(), "medialit-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllBytes(path, Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><article><h1>Café</h1><p>Le président a parlé.</p></article></body></html>"));
        try
        {
            Assert.Contains("Le président a parlé.", ArticleLoader.FromFile(path, _corpus.Rules).Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<Article> Load(byte[] bytes, string contentType)
    {
        using var handler = new StubHandler(_ =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValueParse(contentType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        return await ArticleLoader.FromUrlAsync("https://example.org/page", _corpus.Rules, handler: handler);
    }

    private static System.Net.Http.Headers.MediaTypeHeaderValue MediaTypeHeaderValueParse(string value) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.Parse(value);

    private static HttpContent Html(HttpContent content)
    {
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");
        return content;
    }

    private static HttpResponseMessage Redirect(HttpStatusCode status, string location)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.TryAddWithoutValidation("Location", location);
        return response;
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }

    /// <summary>What a response body stream is besides its reads: forward-only and read-only.</summary>
    private abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Gives its first bytes at once, then waits (honouring cancellation, or not), then ends.</summary>
    private sealed class StallingStream(byte[] first, TimeSpan stall, bool honoursCancellation) : ReadOnlyStream
    {
        private bool _sent;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                first.CopyTo(buffer);
                return first.Length;
            }
            await Task.Delay(stall, honoursCancellation ? cancellationToken : CancellationToken.None);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Letters without end (up to <c>maxBytes</c>, so a broken loader still stops); counts what it served.</summary>
    private sealed class EndlessStream(long maxBytes) : ReadOnlyStream
    {
        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, maxBytes - Served);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            Served += n;
            return n;
        }

    }

    /// <summary>
    /// An HTTP server on 127.0.0.1 for one connection: either a redirect, or headers then one byte every 50 ms,
    /// at most 200 bytes (10 s), so it stops by itself even if the client never gives up.
    /// </summary>
    private sealed class DripServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
        private readonly Task _serving;
        private int _bytesSent;

        public DripServer(string? redirectTo = null)
        {
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/page";
            _serving = Serve(redirectTo);
        }

        public string Url { get; }
        public int BytesSent => Volatile.Read(ref _bytesSent);

        private async Task Serve(string? redirectTo)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                var request = new byte[8192];
                int total = 0;
                while (total < request.Length && !Encoding.ASCII.GetString(request, 0, total).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int n = await stream.ReadAsync(request.AsMemory(total), _stop.Token);
                    if (n == 0)
                        return;
                    total += n;
                }
                string head = redirectTo is null
                    ? "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"
                    : $"HTTP/1.1 302 Found\r\nLocation: {redirectTo}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                if (redirectTo is not null)
                    return;
                for (int i = 0; i < 200; i++)
                {
                    await stream.WriteAsync("<"u8.ToArray(), _stop.Token);
                    Interlocked.Increment(ref _bytesSent);
                    await Task.Delay(50, _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The client hung up (as it should, at its deadline) or the test ended.
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                _serving.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
            _stop.Dispose();
        }
    }
}
