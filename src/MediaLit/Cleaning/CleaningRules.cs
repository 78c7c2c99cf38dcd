using System.Collections.Concurrent;
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

    /// <summary>When text repeated across a feed counts as furniture (<c>data/rules/feed.jsonl</c>).</summary>
    public FeedRules Feed { get; init; } = new(
        new FeedRule(FeedRules.RepeatedLineId, 0.3, 5, "default"), new FeedRule(FeedRules.BoilerplateId, 0.5, 5, "default"));

    /// <summary>
    /// Paragraphs (normalised by <see cref="FeedFurniture.Normalize"/>) that the feed these rules were made for
    /// repeats in many articles; cleaning removes them. Empty for a single article or the pack.
    /// </summary>
    public IReadOnlySet<string> RepeatedLines { get; init; } = new HashSet<string>();

    /// <summary>
    /// Rules describe short lines (navigation, bylines, captions: the longest in the seed articles is 1,182
    /// characters), so a line longer than this is article text and no rule is tried on it. Besides being true,
    /// this bounds every match: a 10 MB one-line paste made the site-navigation pattern backtrack past its time-out,
    /// and an unanchored rule could claim a whole one-line article as furniture.
    /// </summary>
    public const int MaxRuleLineLength = 10_000;

    /// <summary>
    /// The rules of <c>rules/</c> in <paramref name="dataDirectory"/>. Read once per folder while its files stay
    /// the same (name, size and time of each): every <c>Corpus.Load()</c> of every lesson asks for them. An edited
    /// file is read again.
    /// </summary>
    public static CleaningRules Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string folder = Path.GetFullPath(Path.Combine(dataDirectory, FolderName));
        string stamp = Stamp(folder);
        if (Loaded.TryGetValue(folder, out var cached) && cached.Stamp == stamp)
            return cached.Rules;
        var rules = Read(folder);
        Loaded[folder] = (stamp, rules);
        return rules;
    }

    private static readonly ConcurrentDictionary<string, (string Stamp, CleaningRules Rules)> Loaded = new(StringComparer.Ordinal);

    private static string Stamp(string folder) => !Directory.Exists(folder) ? "" : string.Join("|",
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(path => new FileInfo(path)).Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));

    private static CleaningRules Read(string folder)
    {
        return new CleaningRules(
            JsonLines.Read(Path.Combine(folder, "furniture.jsonl"), ReadFurniture),
            JsonLines.Read(Path.Combine(folder, "metadata.jsonl"), ReadMetadata),
            JsonLines.Read(Path.Combine(folder, "captions.jsonl"), (e, p) => new CaptionRule(Str(e, "id", p), Pattern(e, p), Str(e, "source", p))),
            ReadAbbreviations(Path.Combine(folder, "abbreviations.txt")))
        {
            Feed = FeedRules.Read(Path.Combine(folder, "feed.jsonl")),
        };
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

    private static List<Abbreviation> ReadAbbreviations(string path) =>
        JsonLines.ReadList(path)
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new Abbreviation(parts[0], parts.Length > 1 && parts[1] == "before-number"))
            .ToList();

    private static string Str(JsonElement e, string name, string where) => JsonLines.Str(e, name, where);

    private static RulePattern Pattern(JsonElement e, string where)
    {
        string pattern = Str(e, "pattern", where);
        // Patterns come from files a teacher may edit, and must stay linear in the text whatever they are: a rule runs
        // on the backtracking engine until a match runs out of time, then on the non-backtracking one (RulePattern).
        // Constructs only the backtracking engine knows would leave it nowhere to go: refused when the rules load, not
        // discovered on some article later.
        if (LinearSyntax.Unsupported(pattern) is { } construct)
        {
            string id = e.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : "(no id)";
            throw new FormatException($"{where}: the rule \"{id}\" needs a feature of the backtracking regex engine ({construct}), "
                + "which can take unbounded time on a long line. Fix: rewrite its pattern without lookarounds ((?=, (?!, (?<=, (?<!), "
                + "backreferences (\\1, \\k<name>), atomic groups ((?>), conditionals and \\G; anchors (^, $) and \\b are fine.");
        }
        try
        {
            // Multi-line: on one line (rules never see a '\n') it matches as without, and it lets the cleaner search all of
            // an article's lines at once (ArticleCleaner.Candidates).
            return new RulePattern(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
        }
        catch (ArgumentException x)
        {
            throw new FormatException($"{where}: the pattern is not a valid regular expression ({x.Message}).");
        }
    }
}
