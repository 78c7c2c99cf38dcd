using System.Text;
using System.Text.RegularExpressions;
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
    /// <summary>Participles whose passive with no agent passes a claim on without a source: "Tornadoes were reported in Ohio".</summary>
    public IReadOnlySet<string> HearsayPassives { get; init; } = new HashSet<string>();

    /// <summary>Nouns of a report nobody owns: "there have been reports that", "rumours surfaced that".</summary>
    public IReadOnlyList<string> ReportNouns { get; init; } = [];

    /// <summary>Verbs by which an unowned report comes up: "rumours surfaced that", "reports emerged of".</summary>
    public IReadOnlyList<string> EmergingVerbs { get; init; } = [];

    /// <summary>Words that deny a report exists: "there were no reports of injuries" passes nothing on.</summary>
    public IReadOnlySet<string> Negators { get; init; } = new HashSet<string>();

    /// <summary>Nouns of something said, whose passive agent said it: "This statement was made by the deputy minister".</summary>
    public IReadOnlyList<string> StatementNouns { get; init; } = [];

    /// <summary>Verbs of making a statement in that passive: made, issued, given.</summary>
    public IReadOnlyList<string> MakingVerbs { get; init; } = [];

    /// <summary>Capitalised words of time that never belong to a name: "Nicolas Sarkozy Monday stated".</summary>
    public IReadOnlySet<string> TimeWords { get; init; } = new HashSet<string>();

    /// <summary>Nouns that describe an outlet before its name: "the online magazine AlterNet".</summary>
    public IReadOnlySet<string> OutletNouns { get; init; } = new HashSet<string>();

    /// <summary>
    /// Adjectives and participles that follow a source's head noun and take a preposition, describing who the source is:
    /// "sources close to the team", "officials familiar with the talks". The head is the word before them.
    /// </summary>
    public IReadOnlySet<string> SourcePostModifiers { get; init; } = new HashSet<string>();

    public const string FileName = "attribution-grammar.jsonl";

    // Every list the finder reads, so a line missing or misspelt is refused when the file is read, not skipped.
    private static readonly string[] Names =
    [
        "auxiliaries", "noun-markers", "lower-case-noun-markers", "introducers", "clause-words",
        "not-made-markers", "not-made-fillers", "intent-before-to", "made-before-to",
        "hearsay-passives", "report-nouns", "emerging-verbs", "negators", "statement-nouns", "making-verbs", "time-words", "outlet-nouns",
        "source-post-modifiers",
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
            lists["clause-words"].Words, Set("not-made-markers"), Set("not-made-fillers"), Set("intent-before-to"), Set("made-before-to"))
        {
            HearsayPassives = Set("hearsay-passives"),
            ReportNouns = lists["report-nouns"].Words,
            EmergingVerbs = lists["emerging-verbs"].Words,
            Negators = Set("negators"),
            StatementNouns = lists["statement-nouns"].Words,
            MakingVerbs = lists["making-verbs"].Words,
            TimeWords = Set("time-words"),
            OutletNouns = Set("outlet-nouns"),
            SourcePostModifiers = Set("source-post-modifiers"),
        };
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

    private Regex? _unownedReport;
    private Regex? _statementMadeBy;
    private HashSet<string>? _patternNouns;
    private bool _patternNounsAllAscii;

    /// <summary>
    /// Whether <paramref name="text"/> may hold a match of <see cref="UnownedReport"/>, <see cref="StatementMadeBy"/> or
    /// <see cref="StatementNamedMade"/>. Each holds a report or statement noun as a whole word (a run of letters after a
    /// non-word character or a space, and before a space), so a sentence whose runs of letters are none of them is not
    /// tried: most sentences, and the patterns ran on every one (over a third of finding attributions, CPU profile of
    /// the five articles). A run with a letter outside ASCII is always tried, because the patterns' case-insensitive
    /// match knows equivalences the list look-up does not ('K' and the Kelvin sign).
    /// </summary>
    internal bool MayHoldPatternNoun(ReadOnlySpan<char> text)
    {
        var set = _patternNouns;
        if (set is null)
        {
            // The flag is set before the list is published: another thread sees either no list or both.
            var built = new HashSet<string>(ReportNouns.Concat(StatementNouns), StringComparer.OrdinalIgnoreCase);
            _patternNounsAllAscii = built.All(n => Ascii.IsValid(n));
            _patternNouns = set = built;
        }
        if (!_patternNounsAllAscii)
            return true;
        var nouns = set.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            bool ascii = true;
            for (; i < text.Length && char.IsLetter(text[i]); i++)
                ascii &= char.IsAscii(text[i]);
            if (!ascii || nouns.Contains(text[start..i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A report nobody owns: "there have (also|now|already) been [up to three words] reports that|of", "rumours (have) surfaced that".
    /// The words between are returned as "fill", so a caller can refuse "there were no reports of injuries".
    /// </summary>
    // Linear: it starts only at "there" or a report noun, and what follows is at most seven words, each a run of
    // letters or of spaces that ends where the next must start.
    internal Regex UnownedReport => _unownedReport ??= SharedPatterns.Get(UnownedReportPattern(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private string UnownedReportPattern() =>
        $@"\bthere\s+(?:is|are|was|were|(?:have|has|had)\s+(?:also\s+|now\s+|already\s+)?been)\s+(?<fill>(?:[\p{{L}}\d,.’'-]+\s+){{0,3}}?)(?:{Alternation(ReportNouns)})\s+(?:that|of)\b"
        + $@"|\b(?:{Alternation(ReportNouns)})\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:{Alternation(EmergingVerbs)})\s+(?:that|of)\b";

    /// <summary>"statement was made by", "remarks were given by": the group "by" is where the agent phrase starts.</summary>
    // Linear: it starts only at a statement noun, then fixed words, each run of spaces ending where a word must start.
    internal Regex StatementMadeBy => _statementMadeBy ??= SharedPatterns.Get(StatementMadeByPattern(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private string StatementMadeByPattern() =>
        $@"\b(?:{Alternation(StatementNouns)})\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:{Alternation(MakingVerbs)})\s+(?<by>by)\s";

    private Regex? _statementNamedMade;

    /// <summary>"a statement Winfrey made", "Remarks that Mia Holt gave": the words named "who" are the speaker's name (case kept, so it starts with a capital).</summary>
    // Linear: it starts only at a statement noun, then at most four capitalised words, each word and run of spaces
    // ending where the next must start.
    internal Regex StatementNamedMade => _statementNamedMade ??= SharedPatterns.Get(StatementNamedMadePattern(),
        RegexOptions.CultureInvariant);

    private string StatementNamedMadePattern() =>
        $@"\b(?i:{Alternation(StatementNouns)})\s+(?:that\s+|which\s+)?(?<who>\p{{Lu}}[\p{{L}}’'.-]*(?:\s+\p{{Lu}}[\p{{L}}’'.-]*){{0,3}})\s+(?:{Alternation(MakingVerbs)})\b";

    private static string Alternation(IEnumerable<string> words) => string.Join('|', words.Select(Regex.Escape));

    private static CorpusException Refused(string path, string detail, string fix) =>
        new(CorpusProblem.MalformedRules, path, detail, fix);
}
