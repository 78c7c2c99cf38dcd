using System.Text.RegularExpressions;
using MediaLit.Loading;

namespace MediaLit.Sourcing;

/// <summary>
/// Decides what a phrase that names a source is, in this order: a pronoun (resolved by the caller),
/// a news outlet, a person (from the list of people, or two or more capitalised words that are
/// not titles), an unnamed group, an institution, a document, or one person known only by role.
/// Anything else is not a source. Word meanings come from <c>data/lexicons/</c>.
/// </summary>
internal sealed partial class SourceClassifier(SourcingLexicon lexicon)
{
    // Capitalised words that describe a person's post or origin rather than name them.
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Foreign", "Deputy", "Top", "National", "Security", "Chief", "Former", "Presidential", "Special",
        "Russian", "Afghan", "US", "U.S.", "American", "Tajik", "Turkmen", "Iranian", "Pakistani", "Chinese", "Indian",
        "Research", "Prime", "The", "A", "An", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
        // Sentence openers are capitalised too: "When ISIS announced …" names nobody called "When".
        "When", "While", "If", "After", "Before", "As", "But", "And", "Since", "Although", "Because", "Recently", "However", "Then",
    };

    /// <summary>
    /// The words of a phrase, each without its trailing stops: what the pattern [\p{L}\p{N}][\p{L}\p{N}.’'/-]* matched, read by
    /// hand, since the classifier runs for every candidate phrase and a Match and a copy per word were most of its cost.
    /// A phrase of letters only ("he", "Webb") is its own one word.
    /// </summary>
    private static List<string> Words(string np)
    {
        if (!np.AsSpan().ContainsAnyExcept(Letters))
            return [np];
        var words = new List<string>();
        int i = 0;
        while (i < np.Length)
        {
            if (!char.IsLetter(np[i]) && !char.IsNumber(np[i]))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < np.Length && (char.IsLetter(np[end]) || char.IsNumber(np[end]) || np[end] is '.' or '’' or '\'' or '/' or '-'))
                end++;
            int kept = end;
            while (kept > i && np[kept - 1] == '.')
                kept--;
            if (kept > i)
                words.Add(np[i..kept]);
            i = end;
        }
        return words;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = LetterSet();

    // Every UTF-16 unit char.IsLetter accepts, for a vectorised "letters only?" test.
    private static System.Buffers.SearchValues<char> LetterSet()
    {
        var letters = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (char.IsLetter((char)c))
                letters.Add((char)c);
        return System.Buffers.SearchValues.Create(letters.ToArray());
    }

    private string? OutletIn(string np)
    {
        // By index, not FirstOrDefault with a closure: this runs for every phrase classified.
        var outlets = lexicon.Outlets;
        for (int i = 0; i < outlets.Count; i++)
            if (np.Contains(outlets[i], StringComparison.Ordinal))
                return outlets[i];
        return null;
    }

    private bool AnyMeans(List<string> words, string meaning)
    {
        foreach (string w in words)
            if (lexicon.Meaning(w) == meaning)
                return true;
        return false;
    }

    private static readonly char[] PhraseEnders = [',', '.', ':', ';'];

    /// <summary>Surnames seen in this article, so a later "Serenko" finds "Andrei Serenko".</summary>
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);

    public SourceMention? Classify(string phrase)
    {
        string np = phrase.Trim().TrimEnd(PhraseEnders).Trim();
        if (np.Length == 0)
            return null;
        var words = Words(np);
        if (words.Count == 0)
            return null;
        if (words.Count == 1 && lexicon.Meaning(words[0]) == "pronoun")
            return new SourceMention(SourceKind.AnonymousGroup, null, null, IsPronoun: true);
        // "defending a Senate bill …": a stretch that opens with a participle is a clause, not a name.
        if (words[0].Length > 5 && char.IsLower(words[0][0]) && words[0].EndsWith("ing", StringComparison.Ordinal))
            return null;

        if (OutletIn(np) is { } outlet)
            return new SourceMention(SourceKind.JournalistOrOutlet, outlet, null);
        if (Person(np, words) is { } person)
            return person;
        if (DescribedOutlet(words) is { } outletNamed)
            return new SourceMention(SourceKind.JournalistOrOutlet, outletNamed, null);

        string head = Head(words);
        string? headMeaning = lexicon.Meaning(head);
        if (headMeaning == "group")
            return new SourceMention(SourceKind.AnonymousGroup, null, null);
        // "government reports", "a Wikileaks press release": a document by its head noun, whoever issued it.
        if (headMeaning == "document")
            return new SourceMention(SourceKind.Document, DocumentAuthor(np), np);
        var core = Core(words);
        if (headMeaning == "institution" || AnyMeans(core, "institution") && !HasRoleWord(core))
            return new SourceMention(SourceKind.Institution, InstitutionName(np, core), null);
        if (headMeaning == "document" || AnyMeans(core, "document"))
            return new SourceMention(SourceKind.Document, DocumentAuthor(np), np);
        if (HasRoleWord(words))
            return new SourceMention(SourceKind.RoleOnly, null, np);
        // A single capitalised word that is not a known name stands for a country or body ("Tajikistan", "the USGS").
        var bare = words.Count == 2 && words[0] is "the" or "The" ? words[1..] : words;
        if (bare.Count == 1 && char.IsUpper(bare[0][0]) && !TitleWords.Contains(bare[0]))
            return new SourceMention(SourceKind.Institution, bare[0], null);
        return UnlistedNoun(np, words);
    }

    // Verbs and particles that show the words are a clause, not a noun phrase: "the charges be dismissed".
    private static readonly HashSet<string> NotANounPhraseWord = new(StringComparer.Ordinal)
    {
        "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "should", "shall", "not", "also", "who", "which", "that", "it", "they", "he", "she", "we",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "one", "some", "several", "many" };

    /// <summary>
    /// A determiner and one or two lower-case words, none of them in the lists: "the mayor", "a neighbour",
    /// "some residents". Someone is speaking, known only by what they are: one person by role, or a group when
    /// the head is plural. Abstract nouns ("the decision", "the statement") and pronoun-like words are not speakers.
    /// </summary>
    private SourceMention? UnlistedNoun(string np, List<string> words)
    {
        if (words.Count is < 2 or > 3 || !Determiners.Contains(words[0]) || !words.Skip(1).All(w => w.All(char.IsLower)))
            return null;
        string head = words[^1];
        if (AbstractEnding().IsMatch(head) || lexicon.Meaning(head) is not null || words.Skip(1).Any(NotANounPhraseWord.Contains))
            return null;
        bool plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) || words[0] is "some" or "several" or "many";
        return plural ? new SourceMention(SourceKind.AnonymousGroup, null, np) : new SourceMention(SourceKind.RoleOnly, null, np);
    }

    // Linear: a fixed ending tied to the end of the text, tried once per position.
    [GeneratedRegex(@"(?:tion|sion|ment|ness|ity|ism|ance|ence|ing|ure|cy)s?$")]
    private static partial Regex AbstractEnding();

    /// <summary>The first person of the people list (longest alias first) that the phrase names, or null.</summary>
    private KnownPerson? KnownIn(string np)
    {
        // The plain substring test first: a pattern only matches where its alias stands, and most phrases hold none.
        foreach (var (person, alias, pattern) in lexicon.AliasPatterns)
            if (np.Contains(alias, StringComparison.Ordinal) && pattern.IsMatch(np))
                return person;
        return null;
    }

    /// <summary>
    /// What <see cref="Classify"/> leaves behind for <paramref name="phrase"/>, and nothing else: the full name whose surname
    /// it remembers. The same steps up to the remembering (a pronoun, a clause, an outlet remember nothing), without
    /// building the mention and its role: the attribution finder learns every full name of the body this way first.
    /// </summary>
    public void Learn(string phrase)
    {
        string np = phrase.Trim().TrimEnd(PhraseEnders).Trim();
        if (np.Length == 0)
            return;
        var words = Words(np);
        if (words.Count == 0 || words.Count == 1 && lexicon.Meaning(words[0]) == "pronoun")
            return;
        if (words[0].Length > 5 && char.IsLower(words[0][0]) && words[0].EndsWith("ing", StringComparison.Ordinal))
            return;
        if (OutletIn(np) is not null)
            return;
        if (KnownIn(np) is { } known)
        {
            Remember(known.Name);
            return;
        }
        var name = TrailingName(Core(words));
        if (name.Count >= 2)
            Remember(string.Join(' ', name));
    }

    /// <summary>A name from the people list, a known surname, or two or more capitalised non-title words.</summary>
    private SourceMention? Person(string np, List<string> words)
    {
        if (KnownIn(np) is { } known)
        {
            Remember(known.Name);
            return new SourceMention(known.Kind, known.Name, RoleIn(np, [known.Name, .. known.Aliases]) ?? known.Role);
        }

        var name = TrailingName(Core(words));
        if (name.Count == 1 && _surnames.TryGetValue(name[0], out string? full))
            return new SourceMention(lexicon.KindOfRole(words), full, RoleIn(np, [name[0]]));
        if (name.Count >= 2)
        {
            string speaker = string.Join(' ', name);
            Remember(speaker);
            return new SourceMention(lexicon.KindOfRole(words), speaker, RoleIn(np, [speaker]));
        }
        return null;
    }

    // Prepositions and participles that end a noun phrase's core: "a top NATO general | from the US".
    private static readonly HashSet<string> CoreEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "for", "at", "from", "to", "with", "on", "by", "like", "based", "compiled", "who", "which", "that",
    };

    /// <summary>The words before the first preposition: where the head noun and the name are.</summary>
    private static List<string> Core(List<string> words)
    {
        int end = words.FindIndex(w => CoreEnders.Contains(w));
        return end > 0 ? words[..end] : words;
    }

    private static string Head(List<string> words) => Core(words)[^1];

    /// <summary>
    /// "the online magazine AlterNet", "the Indian newspaper Tehelka": a determiner, a description ending in a noun of
    /// outlet (<c>outlet-nouns</c>), and a one-word name is that outlet.
    /// </summary>
    private string? DescribedOutlet(List<string> words)
    {
        if (words.Count < 3 || !Determiners.Contains(words[0]))
            return null;
        string name = words[^1], kind = words[^2];
        return char.IsUpper(name[0]) && !TitleWords.Contains(name) && char.IsLower(kind[0]) && lexicon.Grammar.OutletNouns.Contains(kind) ? name : null;
    }

    // The run of capitalised, non-title words that ends the phrase: "Russian Foreign Minister Sergei Lavrov" ⇒ Sergei Lavrov.
    private List<string> TrailingName(List<string> words)
    {
        var name = new List<string>();
        // "Nicolas Sarkozy Monday": a day name after the name says when, and is read past.
        int last = words.Count - 1;
        while (last >= 0 && lexicon.Grammar.TimeWords.Contains(words[last]))
            last--;
        for (int i = last; i >= 0; i--)
        {
            string w = words[i];
            bool isNameWord = char.IsUpper(w[0]) && !TitleWords.Contains(w) && lexicon.Meaning(w) is null && !w.EndsWith("’s", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal);
            if (!isNameWord)
                break;
            name.Insert(0, w);
        }
        return name;
    }

    // "person" marks a role that is neither a post nor expertise: "a lawyer", "an organizer".
    private bool HasRoleWord(List<string> words)
    {
        foreach (string w in words)
            if (lexicon.Meaning(w) is "official" or "expert" or "journalist" or "person")
                return true;
        return false;
    }

    private void Remember(string fullName)
    {
        // The last word, as Split(' ')[^1] gives it, without the array.
        string surname = fullName[(fullName.LastIndexOf(' ') + 1)..];
        _surnames.TryAdd(surname, fullName);
    }

    // What the phrase says besides the name: "Russian Foreign Minister" for "Russian Foreign Minister Sergei Lavrov".
    private static string? RoleIn(string np, string[] names)
    {
        // Longest first, ties kept in order (a stable sort, as OrderByDescending was): a longer name goes before a name inside it.
        for (int i = 1; i < names.Length; i++)
            for (int j = i; j > 0 && names[j - 1].Length < names[j].Length; j--)
                (names[j - 1], names[j]) = (names[j], names[j - 1]);
        string role = np;
        foreach (string n in names)
            role = role.Replace(n, "", StringComparison.Ordinal);
        role = role.Trim(' ', ',', '.');
        return role.Length > 2 ? role : null;
    }

    // "A map … compiled by the U.S. non-profit Foundation for Defense of Democracies’ Long War Project" ⇒ who made it.
    private static string? DocumentAuthor(string np)
    {
        int by = np.LastIndexOf(" by ", StringComparison.Ordinal);
        return by < 0 ? null : WithoutArticle(np[(by + 4)..].Trim());
    }

    // "a region Moscow" ⇒ Moscow; "Afghanistan’s U.S.-backed government" stays whole.
    private static string InstitutionName(string np, List<string> core)
    {
        // The run of capitalised, non-title words that ends the core.
        int first = core.Count;
        while (first > 0 && char.IsUpper(core[first - 1][0]) && !TitleWords.Contains(core[first - 1]))
            first--;
        int capitals = core.Count - first;
        return capitals > 0 && capitals < core.Count && !char.IsUpper(core[0][0]) ? string.Join(' ', core.Skip(first)) : WithoutArticle(np);
    }

    private static string WithoutArticle(string np) =>
        np.StartsWith("The ", StringComparison.Ordinal) || np.StartsWith("the ", StringComparison.Ordinal) ? np[4..] : np;
}
