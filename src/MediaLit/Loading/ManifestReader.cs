using System.Text.Json;
using MediaLit.Metadata;

namespace MediaLit.Loading;

/// <summary>
/// Reads <c>data/articles.json</c>. Every value is an object
/// <c>{ "value": …, "source": "text" | "factcheck" | "unknown", "note": "how we know" }</c>;
/// dates add <c>"precision"</c> (implied by the value's format) and <c>"kind"</c>.
/// </summary>
public static class ManifestReader
{
    public const string FileName = "articles.json";

    public static IReadOnlyList<ManifestEntry> Read(string manifestPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(manifestPath),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Malformed(manifestPath, $"It is not valid JSON (line {e.LineNumber + 1}: {e.Message})",
                "Repair the JSON at that line; the file must hold { \"articles\": [ … ] }.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("articles", out var articles)
                || articles.ValueKind != JsonValueKind.Array)
                throw Malformed(manifestPath, "It has no \"articles\" array.", "Put the entries in { \"articles\": [ … ] }.");

            var entries = new List<ManifestEntry>();
            foreach (var element in articles.EnumerateArray())
            {
                try
                {
                    entries.Add(ReadEntry(element, entries.Count, manifestPath));
                }
                catch (InvalidOperationException e) when (e.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
                {
                    // JSON allows an escape such as "\uD800" that is half a character; .NET strings refuse to read it.
                    throw Malformed(manifestPath, $"Entry {entries.Count + 1} has a string with half a character (a lone \\uD800–\\uDFFF escape).",
                        "Remove that \\u escape or write the whole character (both halves of the pair, or the character itself).");
                }
            }

            var duplicate = entries.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new CorpusException(CorpusProblem.DuplicateArticleId, manifestPath,
                    $"The id \"{duplicate.Key}\" is used by more than one article.", "Give each article its own id.");
            return entries;
        }
    }

    private static ManifestEntry ReadEntry(JsonElement entry, int position, string path)
    {
        string where = $"Article #{position + 1}";
        if (entry.ValueKind != JsonValueKind.Object)
            throw Malformed(path, $"{where} is not an object.", "Write each article as { \"id\": …, \"file\": … }.");
        string id = RequiredString(entry, "id", where, path);
        if (!ArticleId.IsValid(id))
            throw new CorpusException(CorpusProblem.InvalidArticleId, path,
                $"{where} has the id \"{id}\", which is not allowed: an id is 1 to 64 letters A-Z or a-z, digits, '_' or '-', starting with a letter or digit (no spaces).",
                "Write the id without spaces or other characters, e.g. \"005\" (see data/README.md, \"Article ids\").");
        where = $"Article \"{id}\"";
        string file = RequiredString(entry, "file", where, path);
        return new ManifestEntry(
            id,
            file,
            ReadText(entry, "title", where, path),
            ReadText(entry, "author", where, path),
            ReadText(entry, "outlet", where, path),
            ReadText(entry, "outletKind", where, path),
            ReadDate(entry, "published", where, path),
            ReadText(entry, "url", where, path),
            ReadStrings(entry, "captions", where, path),
            ReadSha256(entry, where, path));
    }

    private static string? ReadSha256(JsonElement entry, string where, string path)
    {
        if (!entry.TryGetProperty("sha256", out var value))
            return null;
        string? hex = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit)
            ? hex.ToLowerInvariant()
            : throw Malformed(path, $"{where}: \"sha256\" must be 64 hexadecimal digits.", "Write the file's SHA-256 (sha256sum FILE), or remove the field.");
    }

    private static Attested<string> ReadText(JsonElement entry, string name, string where, string path)
    {
        if (!TryReadAttested(entry, name, where, path, out var value, out var provenance, out string note))
            return Attested.Unknown<string>($"No \"{name}\" in the manifest.");
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw Malformed(path, $"{where}: \"{name}.value\" must be a string or null.", $"Write \"{name}\": {{ \"value\": \"…\" }}."),
        };
        return Checked(new Attested<string>(text, provenance, note), name, where, path);
    }

    private static Attested<PublicationDate> ReadDate(JsonElement entry, string name, string where, string path)
    {
        if (!TryReadAttested(entry, name, where, path, out var value, out var provenance, out string note))
            return Attested.Unknown<PublicationDate>($"No \"{name}\" in the manifest.");
        if (value.ValueKind == JsonValueKind.Null)
            return Checked(new Attested<PublicationDate>(null, provenance, note), name, where, path);

        var kind = entry.GetProperty(name).TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
            && Enum.TryParse<DateKind>(k.GetString(), ignoreCase: true, out var parsedKind)
                ? parsedKind
                : throw Malformed(path, $"{where}: \"{name}.kind\" must be \"published\", \"updated\" or \"inferred\".", "Add the kind of date.");
        if (value.ValueKind != JsonValueKind.String || !PublicationDate.TryParseIso(value.GetString()!, kind, out var date))
            throw Malformed(path, $"{where}: \"{name}.value\" must be a date written yyyy-MM-dd, yyyy-MM or yyyy.",
                "Write the date in ISO 8601, only as precise as it is known (e.g. \"2021-07\").");

        string? precision = OptionalString(entry.GetProperty(name), name, "precision", where, path);
        if (precision is not null && !string.Equals(precision, date!.Precision.ToString(), StringComparison.OrdinalIgnoreCase))
            throw Malformed(path, $"{where}: \"{name}.precision\" is \"{precision}\" but the value \"{value.GetString()}\" has {date!.Precision.ToString().ToLowerInvariant()} precision.",
                "Make the precision match the date's format.");
        return Checked(new Attested<PublicationDate>(date, provenance, note), name, where, path);
    }

    private static bool TryReadAttested(JsonElement entry, string name, string where, string path,
        out JsonElement value, out Provenance provenance, out string note)
    {
        value = default;
        provenance = Provenance.Unknown;
        note = "";
        if (!entry.TryGetProperty(name, out var field))
            return false;
        if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("value", out value))
            throw Malformed(path, $"{where}: \"{name}\" must be an object with a \"value\".",
                $"Write \"{name}\": {{ \"value\": …, \"source\": \"text\", \"note\": \"…\" }}.");
        string source = OptionalString(field, name, "source", where, path) ?? "";
        provenance = source switch
        {
            "text" => Provenance.Text,
            "factcheck" => Provenance.FactCheck,
            "unknown" => Provenance.Unknown,
            _ => throw Malformed(path, $"{where}: \"{name}.source\" is \"{source}\".",
                "Say where the value comes from: \"text\", \"factcheck\" or \"unknown\"."),
        };
        note = OptionalString(field, name, "note", where, path) ?? "";
        return true;
    }

    /// <summary>
    /// A text part of a value ("source", "note", "precision"): absent or null is null; a number, array or
    /// object is an error naming the entry and the field (JsonElement.GetString would throw a bare InvalidOperationException).
    /// </summary>
    private static string? OptionalString(JsonElement field, string name, string part, string where, string path)
    {
        if (!field.TryGetProperty(part, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Malformed(path, $"{where}: \"{name}.{part}\" is {Describe(value)}, not a string.",
                $"Write \"{part}\" as text in quotes, e.g. \"{part}\": \"{(part == "source" ? "text" : part == "precision" ? "day" : "how we know")}\".");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the value {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    /// <summary>Honest uncertainty works both ways: a value must have a source, and "unknown" must have no value.</summary>
    private static Attested<T> Checked<T>(Attested<T> attested, string name, string where, string path) where T : class
    {
        if (attested.Value is null && attested.Provenance != Provenance.Unknown)
            throw Malformed(path, $"{where}: \"{name}\" has no value but its source is \"{attested.Provenance}\".",
                "Use \"source\": \"unknown\" with a note on why, or give the value.");
        if (attested.Value is not null && attested.Provenance == Provenance.Unknown)
            throw Malformed(path, $"{where}: \"{name}\" has a value but its source is \"unknown\".",
                "Say where the value comes from (\"text\" or \"factcheck\"), or set the value to null.");
        if (attested.Provenance == Provenance.Unknown && string.IsNullOrWhiteSpace(attested.Note))
            throw Malformed(path, $"{where}: \"{name}\" is unknown without a note.", "Add a note saying how we know it is unknown.");
        return attested;
    }

    private static string[] ReadStrings(JsonElement entry, string name, string where, string path)
    {
        if (!entry.TryGetProperty(name, out var array))
            return [];
        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw Malformed(path, $"{where}: \"{name}\" must be an array of strings.", $"Write \"{name}\": [\"…\", \"…\"].");
        return array.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    private static string RequiredString(JsonElement entry, string name, string where, string path) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Malformed(path, $"{where} has no \"{name}\".", $"Add \"{name}\": \"…\" to the entry.");

    private static CorpusException Malformed(string path, string detail, string fix) =>
        new(CorpusProblem.MalformedManifest, path, detail, fix);
}
