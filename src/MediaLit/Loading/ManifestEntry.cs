using MediaLit.Metadata;

namespace MediaLit.Loading;

/// <summary>
/// One article as described in <c>data/articles.json</c>: what the editors know about it and how.
/// </summary>
/// <param name="File">Path of the article text, relative to the data folder.</param>
/// <param name="CaptionStarts">Opening words of paragraphs that are photo captions on the page.</param>
/// <param name="Sha256">The file's expected SHA-256 (hex), if recorded: loading fails if the text changed.</param>
public sealed record ManifestEntry(
    string Id,
    string File,
    Attested<string> Title,
    Attested<string> Author,
    Attested<string> Outlet,
    Attested<string> OutletKind,
    Attested<PublicationDate> Published,
    Attested<string> Url,
    IReadOnlyList<string> CaptionStarts,
    string? Sha256 = null)
{
    /// <summary>An entry that knows nothing, for an article brought in without a manifest.</summary>
    public static ManifestEntry Unknown(string id, string file) => Unknown(id, file, "Not in the manifest (data/articles.json).");

    /// <summary>An entry that knows nothing, with the reason nothing is known.</summary>
    public static ManifestEntry Unknown(string id, string file, string why)
    {
        // One unknown value for every field (it never changes), and the same pair for the next entry with the same
        // reason: a feed of 100,000 articles makes 100,000 entries, and each article's metadata keeps the values.
        var last = _lastUnknown;
        if (last is null || !string.Equals(last.Why, why, StringComparison.Ordinal))
            _lastUnknown = last = new UnknownValues(why, Attested.Unknown<string>(why), Attested.Unknown<PublicationDate>(why));
        return new(id, file, last.Text, last.Text, last.Text, last.Text, last.Date, last.Text, []);
    }

    // Written whole as one reference: threads reading a feed in parallel each see one complete set.
    private sealed record UnknownValues(string Why, Attested<string> Text, Attested<PublicationDate> Date);
    private static volatile UnknownValues? _lastUnknown;
}
