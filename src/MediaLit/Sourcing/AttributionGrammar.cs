using MediaLit.Loading;

namespace MediaLit.Sourcing;

/// <summary>
/// The small closed word lists the attribution finder reads grammar by (<c>data/lexicons/attribution-grammar.jsonl</c>),
/// one line a list with its words, why it is there and where it comes from: which words sit between a subject and its
/// verb, which make a cue a noun, which tell that a statement was not made.
/// </summary>
public sealed record AttributionGrammar(
    IReadOnlySet<string> Auxiliaries,
    IReadOnlySet<string> NounMarkers,
    IReadOnlySet<string> LowerCaseNounMarkers,
    IReadOnlySet<string> Introducers,
    IReadOnlyList<string> ClauseWords,
    IReadOnlySet<string> NotMadeMarkers,
    IReadOnlySet<string> NotMadeFillers,
    IReadOnlySet<string> IntentBeforeTo,
    IReadOnlySet<string> MadeBeforeTo)
{
    public const string FileName = "attribution-grammar.jsonl";

    // Every list the finder reads, so a line missing or misspelt is refused when the file is read, not skipped.
    private static readonly string[] Names =
    [
        "auxiliaries", "noun-markers", "lower-case-noun-markers", "introducers", "clause-words",
        "not-made-markers", "not-made-fillers", "intent-before-to", "made-before-to",
    ];

    public static AttributionGrammar Load(string path)
    {
        var lists = new Dictionary<string, (string[] Words, StringComparer Case)>(StringComparer.Ordinal);
        foreach (var (name, words, comparer) in JsonLines.Read(path, Line))
            if (!lists.TryAdd(name, (words, comparer)))
                throw Refused(path, $"The list \"{name}\" is given twice.", "Keep one line per list and merge their words.");
        if (Names.FirstOrDefault(n => !lists.ContainsKey(n)) is { } missing)
            throw Refused(path, $"The list \"{missing}\" is missing.",
                $"Add a line {{\"list\": \"{missing}\", \"case\": …, \"words\": […], \"why\": …, \"source\": …}} (git checkout -- data/lexicons/{FileName} restores the pack's).");
        HashSet<string> Set(string name) => new(lists[name].Words, lists[name].Case);
        return new AttributionGrammar(Set("auxiliaries"), Set("noun-markers"), Set("lower-case-noun-markers"), Set("introducers"),
            lists["clause-words"].Words, Set("not-made-markers"), Set("not-made-fillers"), Set("intent-before-to"), Set("made-before-to"));
    }

    private static (string Name, string[] Words, StringComparer Case) Line(System.Text.Json.JsonElement e, string at)
    {
        string name = JsonLines.Str(e, "list", at);
        if (!Names.Contains(name))
            throw new FormatException($"{at}: \"{name}\" is not a list the finder reads ({string.Join(", ", Names)}).");
        // The why and the source are for the reader, but a list without them is not accepted.
        JsonLines.Str(e, "why", at);
        JsonLines.Str(e, "source", at);
        var comparer = JsonLines.Str(e, "case", at) switch
        {
            "any" => StringComparer.OrdinalIgnoreCase,
            "exact" => StringComparer.Ordinal,
            var other => throw new FormatException($"{at}: case \"{other}\" is not \"any\" or \"exact\"."),
        };
        var words = e.GetProperty("words").EnumerateArray().Select(w => w.GetString() ?? "").ToArray();
        // The finder compares one word at a time: a space or a stop inside an entry could never match.
        if (words.FirstOrDefault(w => w.Length == 0 || !w.All(char.IsLetter)) is { } bad)
            throw new FormatException($"{at}: \"{bad}\" in the list \"{name}\" is not one word of letters; write one word per entry.");
        return (name, words, comparer);
    }

    private static CorpusException Refused(string path, string detail, string fix) =>
        new(CorpusProblem.MalformedRules, path, detail, fix);
}
