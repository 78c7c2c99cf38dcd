using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>What a page says about itself in meta tags and JSON-LD: title, byline, date, and the article body some sites give in full.</summary>
internal static partial class PageMetadata
{
    [GeneratedRegex(@"^By:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    internal static (string?, string?) Title(IDocument d) =>
        Meta(d, "og:title") is { } og ? (og, "meta og:title")
        : Meta(d, "twitter:title") is { } tw ? (tw, "meta twitter:title")
        : JsonLd(d, "headline") is { } ld ? (ld, "JSON-LD headline")
        : d.QuerySelector("h1")?.TextContent is { Length: > 0 } h1 ? (MainContentExtractor.Clean(h1), "first <h1>")
        : d.Title is { Length: > 0 } t ? (MainContentExtractor.Clean(t), "<title>")
        : (null, null);

    internal static (string?, string?) Byline(IDocument d)
    {
        if (Meta(d, "author") is { } meta)
            return (meta, "meta author");
        if (JsonLd(d, "author", "name") is { } ld)
            return (ld, "JSON-LD author");
        if (d.QuerySelector("[rel=author], .byline, .author")?.TextContent is { Length: > 0 } text)
            return (ByPrefix().Replace(MainContentExtractor.Clean(text), ""), "byline element");
        return (null, null);
    }

    internal static (DateOnly?, string?) Published(IDocument d)
    {
        foreach (var (value, from) in new[]
                 {
                     (Meta(d, "article:published_time"), "meta article:published_time"),
                     (JsonLd(d, "datePublished"), "JSON-LD datePublished"),
                     (Meta(d, "date"), "meta date"),
                     (d.QuerySelector("time[datetime]")?.GetAttribute("datetime"), "<time datetime>"),
                 })
        {
            if (value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return (DateOnly.FromDateTime(date.UtcDateTime), from);
        }
        return (null, null);
    }

    internal static string? Meta(IDocument d, string name) =>
        d.QuerySelectorAll("meta").FirstOrDefault(m => m.GetAttribute("property") == name || m.GetAttribute("name") == name)
            ?.GetAttribute("content") is { Length: > 0 } content ? MainContentExtractor.Clean(content) : null;

    /// <summary>A string from the page's JSON-LD (first script that parses and has the property).</summary>
    internal static string? JsonLd(IDocument d, string property, string? inner = null)
    {
        foreach (var script in d.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var item in Items(json.RootElement))
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
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Broken JSON-LD is common on real pages: skip it, the other sources of metadata remain.
                // ArgumentException: pasted text can hold a lone surrogate, which JSON cannot transcode.
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
