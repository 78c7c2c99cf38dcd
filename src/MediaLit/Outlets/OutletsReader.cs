using System.Text.Json;
using MediaLit.Loading;

namespace MediaLit.Outlets;

/// <summary>
/// Reads <c>data/outlets.json</c>. Like the article manifest it insists on honest uncertainty:
/// every fact has a source, and a missing value must say why it is missing.
/// </summary>
internal static class OutletsReader
{
    public static OutletProfiles Read(string path)
    {
        if (!File.Exists(path))
            throw Malformed(path, "The file is missing.", $"Restore it with 'git checkout -- data/{OutletProfiles.FileName}'.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Malformed(path, $"It is not valid JSON (line {e.LineNumber + 1}: {e.Message})",
                "Repair the JSON at that line; the file must hold { \"outlets\": [ … ], \"articles\": [ … ] }.");
        }

        using (document)
        {
            var root = document.RootElement;
            var outlets = Array(root, "outlets", "The file", path).Select((e, i) => ReadOutlet(e, i, path)).ToList();
            if (outlets.GroupBy(o => o.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
                throw Malformed(path, $"The outlet id \"{duplicate.Key}\" is used more than once.", "Give each outlet its own id.");
            var links = Array(root, "articles", "The file", path).Select((e, i) => ReadLink(e, i, outlets, path)).ToList();
            if (links.Where(l => l.Role == OutletRole.PublishedOn).GroupBy(l => l.ArticleId).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw Malformed(path, $"Article \"{twice.Key}\" is \"published-on\" more than one outlet.",
                    "Keep one \"published-on\" entry per article; use \"says-first-published-on\" for where it says it came from.");
            return new OutletProfiles(outlets, links);
        }
    }

    private static OutletProfile ReadOutlet(JsonElement e, int position, string path)
    {
        string where = $"Outlet #{position + 1}";
        RequireObject(e, where, path);
        string id = Text(e, "id", where, path);
        where = $"Outlet \"{id}\"";
        bool identified = Bool(e, "identified", where, path);
        var name = Fact(e, "name", where, path);
        if (identified != name.IsKnown)
            throw Malformed(path, $"{where}: \"identified\" is {identified.ToString().ToLowerInvariant()} but its name is {(name.IsKnown ? "known" : "unknown")}.",
                "An identified outlet has a name; an unidentified one has \"name\": { \"value\": null, \"unknownBecause\": \"…\" }.");
        return new OutletProfile(id, identified, name,
            Array(e, "alsoKnownAs", where, path).Select((f, i) => ReadFact(f, $"{where}: alsoKnownAs #{i + 1}", path)).ToList(),
            Fact(e, "kind", where, path),
            Fact(e, "ownership", where, path),
            Fact(e, "funding", where, path),
            Array(e, "assessments", where, path).Select((a, i) => ReadAssessment(a, $"{where}: assessment #{i + 1}", path)).ToList(),
            Array(e, "notes", where, path).Select((f, i) => ReadFact(f, $"{where}: note #{i + 1}", path)).ToList());
    }

    private static SourcedFact Fact(JsonElement outlet, string name, string where, string path) =>
        outlet.TryGetProperty(name, out var fact)
            ? ReadFact(fact, $"{where}: \"{name}\"", path)
            : throw Malformed(path, $"{where} has no \"{name}\".", $"Add \"{name}\": {{ \"value\": …, \"source\": \"…\", \"verified\": true }} (value null with \"unknownBecause\" if unknown).");

    private static SourcedFact ReadFact(JsonElement e, string where, string path)
    {
        RequireObject(e, where, path);
        if (!e.TryGetProperty("value", out var value) || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            throw Malformed(path, $"{where} needs a \"value\": a string, or null when unknown.", "Write \"value\": \"…\" or \"value\": null.");
        string? text = value.GetString();
        string? because = e.TryGetProperty("unknownBecause", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        if (text is null && string.IsNullOrWhiteSpace(because))
            throw Malformed(path, $"{where} is unknown without a reason.", "Add \"unknownBecause\": \"…\" saying how we know it is unknown.");
        if (text is not null && because is not null)
            throw Malformed(path, $"{where} has both a value and \"unknownBecause\".", "Remove one of them.");
        return new SourcedFact(text, Text(e, "source", where, path), Bool(e, "verified", where, path), because);
    }

    private static Assessment ReadAssessment(JsonElement e, string where, string path)
    {
        RequireObject(e, where, path);
        return new Assessment(Text(e, "by", where, path), Text(e, "finding", where, path), Text(e, "source", where, path), Bool(e, "verified", where, path));
    }

    private static ArticleOutlet ReadLink(JsonElement e, int position, List<OutletProfile> outlets, string path)
    {
        string where = $"Article link #{position + 1}";
        RequireObject(e, where, path);
        string article = Text(e, "article", where, path);
        string outletId = Text(e, "outlet", where, path);
        var outlet = outlets.FirstOrDefault(o => o.Id == outletId)
            ?? throw Malformed(path, $"{where} (article \"{article}\") names the outlet \"{outletId}\", which has no profile.",
                $"Use one of: {string.Join(", ", outlets.Select(o => o.Id))}; or add that outlet's profile.");
        var role = Text(e, "role", where, path) switch
        {
            "published-on" => OutletRole.PublishedOn,
            "says-first-published-on" => OutletRole.SaysFirstPublishedOn,
            var other => throw Malformed(path, $"{where}: the role \"{other}\" is not known.", "Use \"published-on\" or \"says-first-published-on\"."),
        };
        return new ArticleOutlet(article, outlet, role, Text(e, "source", where, path), Bool(e, "verified", where, path));
    }

    private static List<JsonElement> Array(JsonElement e, string name, string where, string path) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().ToList()
            : throw Malformed(path, $"{where} has no \"{name}\" array.", $"Add \"{name}\": [ … ] (it may be empty).");

    private static string Text(JsonElement e, string name, string where, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Malformed(path, $"{where} has no \"{name}\".", $"Add \"{name}\": \"…\".");

    private static bool Bool(JsonElement e, string name, string where, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Malformed(path, $"{where} has no \"{name}\" (true or false).",
                $"Add \"{name}\": true, or false for what the fact-check could not confirm.");

    private static void RequireObject(JsonElement e, string where, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw Malformed(path, $"{where} is not an object.", "Write it as { … } like the other entries.");
    }

    private static CorpusException Malformed(string path, string detail, string fix) => new(CorpusProblem.MalformedOutlets, path, detail, fix);
}
