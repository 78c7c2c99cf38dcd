using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Loading;

namespace MediaLit.Html;

/// <summary>
/// Decodes a web page's bytes in the encoding the page declares: the server's Content-Type charset first,
/// then a &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type"&gt; near the top of the page, else UTF-8.
/// A byte-order mark wins over both, as in browsers. Old pages are often ISO-8859-1 or Windows-1252; the
/// labels are read as the WHATWG Encoding Standard says (so "iso-8859-1" means Windows-1252, a superset).
/// Windows-1252 and the other legacy code pages come from CodePagesEncodingProvider, which is part of the
/// .NET shared framework (no package), used directly so that no process-wide provider is registered.
/// </summary>
internal static partial class PageEncoding
{
    // Browsers look for the meta declaration in the first 1024 bytes; real pages sometimes put it a little
    // later (after long comments), so read a few times that. Bounded, so the scan costs nothing on a 10 MB page.
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta\s[^>]{0,1000}?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9._:+-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    // WHATWG "windows-1252" labels: ISO-8859-1 and ASCII pages are decoded as Windows-1252 by every browser.
    private static readonly HashSet<string> Windows1252Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    };

    private static readonly HashSet<string> Utf8Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
    };

    /// <param name="headerCharset">The charset parameter of the HTTP Content-Type header, if any.</param>
    /// <param name="isHtml">Whether to look for a &lt;meta&gt; declaration (not in plain text).</param>
    public static string Decode(byte[] bytes, string? headerCharset, bool isHtml, string source)
    {
        if (TextDecoder.HasByteOrderMark(bytes))
            return TextDecoder.Decode(bytes, source);
        bool fromHeader = headerCharset is { Length: > 0 };
        string? label = fromHeader ? Clean(headerCharset!) : isHtml ? MetaLabel(bytes) : null;
        if (label is null)
            return TextDecoder.Decode(bytes, source);
        // A <meta> read as ASCII cannot truly say UTF-16: the HTML standard reads such a page as UTF-8.
        if (!fromHeader && label.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase))
            return TextDecoder.Decode(bytes, source);
        string declaredBy = fromHeader ? "the server's Content-Type header" : "the page's <meta> charset";
        var encoding = Resolve(label)
            ?? throw new CorpusException(CorpusProblem.UndecodableText, source,
                $"The page says its text is in \"{label}\" ({declaredBy}), an encoding the pack cannot read.",
                "Open the page in a browser, save it as a web page (which saves UTF-8 in most browsers) or copy its text, and load that instead.");
        return TextDecoder.Decode(bytes, source, encoding, $"{label} ({declaredBy})");
    }

    /// <summary>The strict encoding for a label (invalid bytes throw), or null when .NET has none by that name.</summary>
    internal static Encoding? Resolve(string label)
    {
        if (Utf8Labels.Contains(label))
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        switch (label.ToLowerInvariant())
        {
            case "utf-16" or "utf-16le" or "unicode" or "ucs-2":
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            case "utf-16be" or "unicodefffe":
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        string name = Windows1252Labels.Contains(label) ? "windows-1252" : label;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // Without the code-page tables ISO-8859-1 is still built in; Windows-1252 differs only in 0x80-0x9F.
            return Windows1252Labels.Contains(label) ? Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback) : null;
        }
    }

    private static string? MetaLabel(byte[] bytes)
    {
        // Latin-1 maps each byte to one char, so the declaration (ASCII in every encoding the pack reads) is found whatever the page's encoding.
        string head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? Clean(match.Groups["charset"].Value) : null;
    }

    private static string Clean(string label) => label.Trim().Trim('"', '\'').Trim();
}
