using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Loading;
using MediaLit.Metadata;

namespace MediaLit.Cleaning;

/// <summary>
/// The readable rules in <c>data/rules/</c>: page furniture, metadata lines, caption signs and
/// abbreviations. Changing what the pack cleans means editing those files, not this code.
/// </summary>
public sealed record CleaningRules(
    IReadOnlyList<FurnitureRule> Furniture,
    IReadOnlyList<MetadataRule> Metadata,
    IReadOnlyList<CaptionRule> Captions,
    IReadOnlyList<Abbreviation> Abbreviations)
{
    public const string FolderName = "rules";

    // Patterns come from files a teacher may edit: bound their running time so a bad one cannot hang a lesson.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static CleaningRules Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, FolderName);
        return new CleaningRules(
            ReadJsonLines(Path.Combine(folder, "furniture.jsonl"), ReadFurniture),
            ReadJsonLines(Path.Combine(folder, "metadata.jsonl"), ReadMetadata),
            ReadJsonLines(Path.Combine(folder, "captions.jsonl"), (e, p) => new CaptionRule(Str(e, "id", p), Pattern(e, p), Str(e, "source", p))),
            ReadAbbreviations(Path.Combine(folder, "abbreviations.txt")));
    }

    private static FurnitureRule ReadFurniture(JsonElement e, string where)
    {
        string scope = Str(e, "scope", where);
        var parsed = scope switch
        {
            "line" => RuleScope.Line,
            "line-and-next" => RuleScope.LineAndNext,
            "header" => RuleScope.Header,
            "comments-follow" => RuleScope.CommentsFollow,
            _ => throw new FormatException($"{where}: scope \"{scope}\" is not one of line, line-and-next, header, comments-follow."),
        };
        return new FurnitureRule(Str(e, "id", where), Str(e, "reason", where), parsed, Pattern(e, where), Str(e, "source", where));
    }

    private static MetadataRule ReadMetadata(JsonElement e, string where)
    {
        string field = Str(e, "field", where);
        if (field is not ("author" or "date" or "outlet" or "republishedFrom"))
            throw new FormatException($"{where}: field \"{field}\" is not one of author, date, outlet, republishedFrom.");
        var kind = DateKind.Published;
        string[] formats = [];
        if (field == "date")
        {
            string kindText = Str(e, "kind", where);
            if (!Enum.TryParse(kindText, ignoreCase: true, out kind))
                throw new FormatException($"{where}: kind \"{kindText}\" is not published, updated or inferred.");
            formats = e.TryGetProperty("formats", out var f) && f.ValueKind == JsonValueKind.Array
                ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
                : throw new FormatException($"{where}: a date rule needs \"formats\", e.g. [\"MMMM d, yyyy\"].");
        }
        bool remove = e.TryGetProperty("remove", out var r) && r.ValueKind == JsonValueKind.True;
        return new MetadataRule(Str(e, "id", where), field, remove, Pattern(e, where), kind, formats, Str(e, "source", where));
    }

    private static List<T> ReadJsonLines<T>(string path, Func<JsonElement, string, T> read)
    {
        string[] lines = ReadLines(path);
        var rules = new List<T>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                rules.Add(read(document.RootElement, $"line {i + 1}"));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CorpusException(CorpusProblem.MalformedRules, path, $"Line {i + 1} is not a valid rule ({e.Message}).",
                    "Each line must be one JSON object with id, pattern and source, as in the other lines of the file.");
            }
        }
        return rules;
    }

    private static List<Abbreviation> ReadAbbreviations(string path) =>
        ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new Abbreviation(parts[0], parts.Length > 1 && parts[1] == "before-number"))
            .ToList();

    private static string[] ReadLines(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path)
            : throw new CorpusException(CorpusProblem.MalformedRules, path, "The rule file is missing.",
                "Restore it from the repository (git checkout -- data/rules).");

    private static string Str(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"{where}: missing \"{name}\".");

    private static Regex Pattern(JsonElement e, string where)
    {
        string pattern = Str(e, "pattern", where);
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException x)
        {
            throw new FormatException($"{where}: the pattern is not a valid regular expression ({x.Message}).");
        }
    }
}
