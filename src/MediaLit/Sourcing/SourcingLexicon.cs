using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Loading;

namespace MediaLit.Sourcing;

/// <summary>What kind of marker an attribution cue is.</summary>
public enum CueType
{
    /// <summary>A reporting verb: said, told, claimed, denied.</summary>
    Speech,
    /// <summary>A verb of belief: believe, consider. Counted for people, not for countries.</summary>
    Cognition,
    /// <summary>A phrase followed by its source: according to.</summary>
    AccordingTo,
    /// <summary>A claim passed on without a source: reportedly.</summary>
    Hearsay,
    /// <summary>A verb of evidence: shows. Counted only when a document is its subject.</summary>
    Evidence,
}

/// <summary>What must follow a cue for it to count: "described … as", "called … “…”".</summary>
public enum CueNeeds
{
    /// <summary>The cue counts wherever it stands.</summary>
    Nothing,
    /// <summary>An "as" later in the same clause: "criticized Hong Kong as not being a democracy".</summary>
    As,
    /// <summary>A quotation opening within a few words: "called the death “unexplained”".</summary>
    Quotation,
    /// <summary>Before "to", something said after it: "responded to the charge, saying …", never "responded to requests for an interview".</summary>
    Content,
    /// <summary>A "that" clause right after, or after a parenthetical in dashes or commas: "the court found — again — that …", never "police found the car".</summary>
    That,
}

/// <summary>One line of <c>data/lexicons/attribution-cues.jsonl</c>.</summary>
/// <param name="Needs">The optional "needs" field: "as", "quotation", "content" or "that".</param>
public sealed record AttributionCue(string Text, CueType Type, string Source, CueNeeds Needs = CueNeeds.Nothing);

/// <summary>One line of <c>data/lexicons/source-words.jsonl</c>: what a word in a source's description tells.</summary>
/// <param name="Means">official, expert, journalist, group, institution, document or pronoun.</param>
public sealed record SourceWord(string Word, string Means, string Source);

/// <summary>One line of <c>data/lexicons/people.jsonl</c>: a person the articles quote, with the role they give.</summary>
public sealed record KnownPerson(string Name, IReadOnlyList<string> Aliases, SourceKind Kind, string Role, string Source);

/// <summary>The word lists behind attribution finding, all in <c>data/lexicons/</c> with their sources.</summary>
/// <param name="NotAttributions">Set phrases such as "to say nothing of": a cue inside one credits nobody.</param>
public sealed record SourcingLexicon(
    IReadOnlyList<AttributionCue> Cues,
    IReadOnlyDictionary<string, SourceWord> Words,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<KnownPerson> People,
    IReadOnlyList<string> NotAttributions)
{
    public const string FolderName = "lexicons";

    public static SourcingLexicon Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, FolderName);
        var cues = JsonLines.Read(Path.Combine(folder, "attribution-cues.jsonl"), (e, at) =>
            new AttributionCue(CueText(JsonLines.Str(e, "cue", at), at), ParseType(JsonLines.Str(e, "type", at), at), JsonLines.Str(e, "source", at),
                e.TryGetProperty("needs", out var needs) ? ParseNeeds(needs.GetString(), at) : CueNeeds.Nothing));
        cues.AddRange(VerbForms(Path.Combine(folder, VerbFormsFile), cues));
        var words = JsonLines.Read(Path.Combine(folder, "source-words.jsonl"), (e, at) =>
            new SourceWord(JsonLines.Str(e, "word", at).ToLowerInvariant(), JsonLines.Str(e, "means", at), JsonLines.Str(e, "source", at)));
        var people = JsonLines.Read(Path.Combine(folder, "people.jsonl"), (e, at) => new KnownPerson(
            JsonLines.Str(e, "name", at),
            e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [],
            ParseKind(JsonLines.Str(e, "kind", at), at),
            JsonLines.Str(e, "role", at),
            JsonLines.Str(e, "source", at)));
        return new SourcingLexicon(
            // Longest cues first, so "are also apprehensive" wins over a shorter cue inside it.
            cues.OrderByDescending(c => c.Text.Length).ToList(),
            words.ToDictionary(w => w.Word, StringComparer.Ordinal),
            JsonLines.ReadList(Path.Combine(folder, "outlets-and-agencies.txt")).OrderByDescending(o => o.Length).ToList(),
            people,
            JsonLines.ReadList(Path.Combine(folder, "not-attributions.txt")))
        {
            BaseForms = BaseFormsIn(Path.Combine(folder, VerbFormsFile)),
            PersonNouns = new HashSet<string>(JsonLines.ReadList(Path.Combine(folder, PersonNounsFile)), StringComparer.Ordinal),
            Grammar = AttributionGrammar.Load(Path.Combine(folder, AttributionGrammar.FileName)),
        };
    }

    /// <summary>The lemma table: every form of each listed reporting verb, with the forms left out and why.</summary>
    public const string VerbFormsFile = "reporting-verb-forms.jsonl";

    /// <summary>
    /// The forms of the lemma table that the cue list does not already hold, as cues of their lemma's type and needs:
    /// a verb listed as "rejected" also counts as "rejects" and "rejecting", without a line per form picked from a miss.
    /// </summary>
    private static List<AttributionCue> VerbForms(string path, List<AttributionCue> listed)
    {
        if (!File.Exists(path))
            return [];
        var known = new HashSet<string>(listed.Select(c => c.Text), StringComparer.OrdinalIgnoreCase);
        return JsonLines.Read(path, (e, at) =>
        {
            string lemma = JsonLines.Str(e, "lemma", at);
            var type = ParseType(JsonLines.Str(e, "type", at), at);
            var needs = e.TryGetProperty("needs", out var n) ? ParseNeeds(n.GetString(), at) : CueNeeds.Nothing;
            string source = $"A form of '{lemma}' ({VerbFormsFile}): {JsonLines.Str(e, "source", at)}";
            return e.GetProperty("forms").EnumerateArray().Select(f => f.GetString() ?? "")
                .Select(form => new AttributionCue(CueText(form, at), type, source, needs)).ToList();
        }).SelectMany(forms => forms).Where(c => c.Text.Length > 0 && known.Add(c.Text)).ToList();
    }

    /// <summary>Nouns that name a person by what they are, from Open English WordNet's noun.person (see the file's header).</summary>
    public const string PersonNounsFile = "person-nouns.txt";

    /// <summary>
    /// <see cref="PersonNounsFile"/>'s words, lower case: a source whose head noun is in no other list but here is one
    /// person known by role ("an astronomer") or, in the plural, a group ("astronomers").
    /// </summary>
    public IReadOnlySet<string> PersonNouns { get; init; } = new HashSet<string>();

    /// <summary>
    /// Whether a lower-case word is a person noun or the regular plural of one ("jurors", "deputies", "witnesses",
    /// "policemen"): <paramref name="plural"/> says which.
    /// </summary>
    internal bool IsPersonNoun(ReadOnlySpan<char> word, out bool plural)
    {
        plural = false;
        if (word.Length > 64)
            return false;
        if (Holds(PersonNouns, word))
            return true;
        // "deputies" ⇒ deputy; "witnesses" ⇒ witness; "jurors" ⇒ juror; "policemen" ⇒ policeman.
        Span<char> buffer = stackalloc char[word.Length];
        plural = word.EndsWith("ies") && Holds(PersonNouns, WithEnding(word[..^3], "y", buffer))
            || word.EndsWith("es") && Holds(PersonNouns, word[..^2])
            || word.EndsWith("s") && Holds(PersonNouns, word[..^1])
            || word.EndsWith("men") && Holds(PersonNouns, WithEnding(word[..^3], "man", buffer));
        return plural;
    }

    // The stem and a new ending written into the buffer, which is at least as long as the word the stem was cut from.
    private static ReadOnlySpan<char> WithEnding(ReadOnlySpan<char> stem, string ending, Span<char> buffer)
    {
        stem.CopyTo(buffer);
        ending.CopyTo(buffer[stem.Length..]);
        return buffer[..(stem.Length + ending.Length)];
    }

    /// <summary>The lemma table's base forms ("say", "confirm"): a base form agrees only with a plural subject.</summary>
    public IReadOnlySet<string> BaseForms { get; init; } = new HashSet<string>();

    internal bool IsBaseForm(string cue) => BaseForms.Contains(cue);

    /// <summary>The closed word lists the finder reads grammar by (<see cref="AttributionGrammar"/>).</summary>
    public required AttributionGrammar Grammar { get; init; }

    // A lemma listed as its only form ("forecast") is its past tense too, so it is not counted as a base form.
    private static HashSet<string> BaseFormsIn(string path) => !File.Exists(path) ? [] : new HashSet<string>(
        JsonLines.Read(path, (e, at) => (Lemma: JsonLines.Str(e, "lemma", at), Forms: e.GetProperty("forms").GetArrayLength()))
            .Where(x => !x.Lemma.Contains(' ') && x.Forms > 1).Select(x => x.Lemma), StringComparer.OrdinalIgnoreCase);

    private (KnownPerson Person, string Alias, Regex Pattern)[]? _aliases;
    private CueScanner? _cueScanner;
    private Regex? _idiomPattern;

    /// <summary>
    /// Every cue, found in one pass over a sentence, built once per lexicon. At each position the longest cue that
    /// fits wins ("are also apprehensive" before "are"), as the longest-first claiming did.
    /// </summary>
    internal CueScanner CueScanner => _cueScanner ??= new CueScanner(Cues);

    /// <summary>Set phrases that credit nobody ("to say nothing of"), as one pattern; null when there are none.</summary>
    // Linear: fixed phrases (escaped, no repetition), so each start tries each phrase once.
    internal Regex? IdiomPattern => NotAttributions.Count == 0 ? null : _idiomPattern ??= SharedPatterns.Get(
        string.Join('|', NotAttributions.OrderByDescending(i => i.Length).Select(Regex.Escape)),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private SearchValues<string>? _idiomSearch;
    private bool _idiomsOutsideAscii;

    /// <summary>
    /// Whether <paramref name="text"/> may hold one of the set phrases: the pattern ran on every sentence (about a sixth
    /// of finding attributions, CPU profile of the five articles), and a search for the phrases ignoring case answers
    /// the same "no" for almost every sentence much faster. The pattern's case-insensitive match also takes the Kelvin
    /// sign for "k" (the only character outside ASCII it equates with an ASCII letter), and a phrase outside ASCII may
    /// have more such twins, so either always runs the pattern.
    /// </summary>
    internal bool MayHoldIdiom(ReadOnlySpan<char> text)
    {
        if (NotAttributions.Count == 0)
            return false;
        if (_idiomSearch is null && !_idiomsOutsideAscii)
        {
            if (NotAttributions.All(i => Ascii.IsValid(i)))
                _idiomSearch = SearchValues.Create([.. NotAttributions], StringComparison.OrdinalIgnoreCase);
            else
                _idiomsOutsideAscii = true;
        }
        return _idiomSearch is not { } search || text.Contains('\u212A') || text.IndexOfAny(search) >= 0;
    }

    /// <summary>Every name and alias of the people list as a whole-word pattern, longest first, built once.</summary>
    /// <remarks>An array: the classifier walks it for every phrase, and walking a list through its interface cost an enumerator each time.</remarks>
    internal (KnownPerson Person, string Alias, Regex Pattern)[] AliasPatterns => _aliases ??= People
        .SelectMany(p => p.Aliases.Prepend(p.Name).Select(alias => (p, alias)))
        .OrderByDescending(x => x.alias.Length)
        // Not followed by a possessive: "Putin’s special envoy" names the envoy, not Putin.
        // Linear, though NonBacktracking has no look-arounds: a fixed alias between look-arounds of one to three characters.
        .Select(x => (x.p, x.alias, new Regex($@"(?<![\p{{L}}]){Regex.Escape(x.alias)}(?![\p{{L}}]|[’']s\b)", RegexOptions.CultureInvariant)))
        .ToArray();

    /// <summary>The kind a role word's meaning gives a named person: "official" ⇒ <see cref="SourceKind.NamedOfficial"/>.</summary>
    internal static SourceKind KindOfRoleMeaning(string? meaning) => meaning switch
    {
        "official" => SourceKind.NamedOfficial,
        "expert" => SourceKind.NamedExpert,
        "journalist" => SourceKind.JournalistOrOutlet,
        _ => SourceKind.NamedPerson,
    };

    /// <summary>What a word means in a source description, or null: "minister" ⇒ official.</summary>
    public string? Meaning(string word) => Meaning(word.AsSpan());

    /// <summary>
    /// <see cref="Meaning(string)"/> for a word read in place: the classifier asks this for every word of every phrase,
    /// and a lower-case copy of each was a good share of what the attribution finder allocated.
    /// </summary>
    internal string? Meaning(ReadOnlySpan<char> word)
    {
        // Words longer than any stack buffer are rare; they take the copy.
        if (word.Length > 64 || Words is not Dictionary<string, SourceWord> words
            || !words.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
            return Words.TryGetValue(word.ToString().ToLowerInvariant(), out var w) ? w.Means : null;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lookup.TryGetValue(lower, out var found) ? found.Means : null;
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="word"/>, read in place when the set allows it (no copy per look-up).</summary>
    internal static bool Holds(IReadOnlySet<string> set, ReadOnlySpan<char> word) =>
        set is HashSet<string> hash && hash.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.Contains(word)
            : set.Contains(word.ToString());

    private static CueType ParseType(string type, string at) => type switch
    {
        "speech" => CueType.Speech,
        "cognition" => CueType.Cognition,
        "according-to" => CueType.AccordingTo,
        "hearsay" => CueType.Hearsay,
        "evidence" => CueType.Evidence,
        _ => throw new FormatException($"{at}: type \"{type}\" is not speech, cognition, according-to, hearsay or evidence."),
    };

    /// <summary>A cue is words of letters with one space between two: what <see cref="CueScanner"/> can find.</summary>
    private static string CueText(string cue, string at)
    {
        var words = cue.Split(' ');
        return words.All(w => w.Length > 0 && w.All(char.IsLetter))
            ? cue
            : throw new FormatException($"{at}: the cue \"{cue}\" is not words of letters with one space between two; "
                + "write it so (\"according to\", not \"according  to\" or \"said,\"), one cue per line.");
    }

    private static CueNeeds ParseNeeds(string? needs, string at) => needs switch
    {
        "as" => CueNeeds.As,
        "quotation" => CueNeeds.Quotation,
        "content" => CueNeeds.Content,
        "that" => CueNeeds.That,
        _ => throw new FormatException($"{at}: needs \"{needs}\" is not \"as\", \"quotation\", \"content\" or \"that\"; remove the field or use one of them."),
    };

    private static SourceKind ParseKind(string kind, string at) => kind switch
    {
        "official" => SourceKind.NamedOfficial,
        "expert" => SourceKind.NamedExpert,
        "journalist" => SourceKind.JournalistOrOutlet,
        _ => throw new FormatException($"{at}: kind \"{kind}\" is not official, expert or journalist."),
    };
}

