using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// What a page says about itself in meta tags and JSON-LD: title, byline, date, and the article body some sites give in full.
/// Read once per page: the meta tags are walked once and each JSON-LD script parsed once, not once per question
/// (a broken script threw its parse error for each of the seven questions asked of it).
/// </summary>
internal sealed partial class PageMetadata
{
    [GeneratedRegex(@"^By:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    private readonly IDocument _document;

    // The content of the first meta tag whose property or name is the key (null when that tag has no content).
    private readonly Dictionary<string, string?> _meta = new(StringComparer.Ordinal);

    // The root of each JSON-LD script that parses, in page order.
    private readonly List<JsonElement> _jsonLd = [];

    public PageMetadata(IDocument document)
    {
        _document = document;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            string? content = meta.GetAttribute("content");
            foreach (string? key in (ReadOnlySpan<string?>)[meta.GetAttribute("property"), meta.GetAttribute("name")])
                if (key is not null)
                    _meta.TryAdd(key, content);
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                _jsonLd.Add(json.RootElement.Clone());
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Broken JSON-LD is common on real pages: skip it, the other sources of metadata remain.
                // ArgumentException: pasted text can hold a lone surrogate, which JSON cannot transcode.
            }
        }
    }

    internal (string?, string?) Title() =>
        Meta("og:title") is { } og ? (og, "meta og:title")
        : Meta("twitter:title") is { } tw ? (tw, "meta twitter:title")
        : JsonLd("headline") is { } ld ? (ld, "JSON-LD headline")
        : _document.QuerySelector("h1")?.TextContent is { Length: > 0 } h1 ? (MainContentExtractor.Clean(h1), "first <h1>")
        : _document.Title is { Length: > 0 } t ? (MainContentExtractor.Clean(t), "<title>")
        : (null, null);

    internal (string?, string?) Byline()
    {
        if (Meta("author") is { } meta)
            return (meta, "meta author");
        if (JsonLd("author", "name") is { } ld)
            return (ld, "JSON-LD author");
        if (_document.QuerySelector("[rel=author], .byline, .author")?.TextContent is { Length: > 0 } text)
            return (ByPrefix().Replace(MainContentExtractor.Clean(text), ""), "byline element");
        return (null, null);
    }

    internal (DateOnly?, string?) Published()
    {
        foreach (var (value, from) in new[]
                 {
                     (Meta("article:published_time"), "meta article:published_time"),
                     (JsonLd("datePublished"), "JSON-LD datePublished"),
                     (Meta("date"), "meta date"),
                     (_document.QuerySelector("time[datetime]")?.GetAttribute("datetime"), "<time datetime>"),
                 })
        {
            if (value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return (DateOnly.FromDateTime(date.UtcDateTime), from);
        }
        return (null, null);
    }

    internal string? Meta(string name) =>
        _meta.GetValueOrDefault(name) is { Length: > 0 } content ? MainContentExtractor.Clean(content) : null;

    /// <summary>A string from the page's JSON-LD (first script that parses and has the property).</summary>
    internal string? JsonLd(string property, string? inner = null)
    {
        foreach (var root in _jsonLd)
        {
            foreach (var item in Items(root))
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(property, out var value))
                    continue;
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
                    value = value[0];
                if (inner is not null && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(inner, out var nested))
                    value = nested;
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                    return MainContentExtractor.Clean(s);
            }
        }
        return null;
    }

    // The objects of a JSON-LD block: the block itself or its array, and the members of any "@graph".
    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        var top = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        foreach (var item in top)
        {
            yield return item;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                foreach (var member in graph.EnumerateArray())
                    yield return member;
        }
    }
}
