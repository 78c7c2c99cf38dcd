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
    /// The words of a phrase, each without its trailing stops, as ranges of it: what the pattern
    /// [\p{L}\p{N}][\p{L}\p{N}.’'/-]* matched, read by hand, since the classifier runs for every candidate phrase and a
    /// Match and a copy per word were most of its cost. A phrase of letters only ("he", "Webb") is its own one word.
    /// </summary>
    /// <remarks>
    /// Ranges into the phrase, not copies: every word is looked up and compared in place, and only a word that ends up
    /// in a result (a name, an institution) is copied. The list is this classifier's own and is refilled by each call
    /// (the classifier is one finder's, and a call never classifies another phrase while it reads its words).
    /// </remarks>
    private List<Range> Words(ReadOnlySpan<char> np)
    {
        var words = _words;
        words.Clear();
        if (!np.ContainsAnyExcept(Letters))
        {
            words.Add(Range.All);
            return words;
        }
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
                words.Add(i..kept);
            i = end;
        }
        return words;
    }

    private readonly List<Range> _words = [];

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

    private string? OutletIn(ReadOnlySpan<char> np)
    {
        // By index, not FirstOrDefault with a closure: this runs for every phrase classified.
        var outlets = lexicon.Outlets;
        for (int i = 0; i < outlets.Count; i++)
            if (np.Contains(outlets[i], StringComparison.Ordinal))
                return outlets[i];
        return null;
    }

    // Whether one of the first <paramref name="count"/> words means <paramref name="meaning"/>.
    private bool AnyMeans(ReadOnlySpan<char> np, List<Range> words, int count, string meaning)
    {
        for (int i = 0; i < count; i++)
            if (lexicon.Meaning(np[words[i]]) == meaning)
                return true;
        return false;
    }

    private static readonly char[] PhraseEnders = [',', '.', ':', ';'];

    /// <summary>Full names seen in this article, one per surname, so a later "Serenko" finds "Andrei Serenko".</summary>
    private readonly HashSet<string> _surnames = new(BySurname.Instance);

    /// <summary>
    /// Full names told apart by their surname (the part after the last space, as Split(' ')[^1] gives it) and found by
    /// a surname read in place: a set of the names themselves, so no surname is copied out of its name to be a key.
    /// </summary>
    private sealed class BySurname : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        public static readonly BySurname Instance = new();

        private static ReadOnlySpan<char> Surname(string fullName) => fullName.AsSpan(fullName.LastIndexOf(' ') + 1);

        public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Surname(x).SequenceEqual(Surname(y));

        public int GetHashCode(string fullName) => string.GetHashCode(Surname(fullName));

        public bool Equals(ReadOnlySpan<char> surname, string fullName) => surname.SequenceEqual(Surname(fullName));

        public int GetHashCode(ReadOnlySpan<char> surname) => string.GetHashCode(surname);

        public string Create(ReadOnlySpan<char> surname) => surname.ToString();
    }

    // The phrase without the white space and stops around it, as Trim().TrimEnd(PhraseEnders).Trim() gave it.
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> phrase) => phrase.Trim().TrimEnd(PhraseEnders).Trim();

    public SourceMention? Classify(ReadOnlySpan<char> phrase)
    {
        var np = Bare(phrase);
        if (np.Length == 0)
            return null;
        var words = Words(np);
        if (words.Count == 0)
            return null;
        if (words.Count == 1 && lexicon.Meaning(np[words[0]]) == "pronoun")
            return SourceMention.Pronoun;
        // "defending a Senate bill …": a stretch that opens with a participle is a clause, not a name.
        if (OpensWithParticiple(np[words[0]]))
            return null;

        if (OutletIn(np) is { } outlet)
            return new SourceMention(SourceKind.JournalistOrOutlet, outlet, null);
        if (Person(np, words) is { } person)
            return person;
        if (DescribedOutlet(np, words) is { } outletNamed)
            return new SourceMention(SourceKind.JournalistOrOutlet, outletNamed, null);

        int core = Core(np, words);
        string? headMeaning = lexicon.Meaning(np[words[core - 1]]);
        if (headMeaning == "group")
            return SourceMention.UnnamedGroup;
        // "government reports", "a Wikileaks press release": a document by its head noun, whoever issued it.
        if (headMeaning == "document")
            return Document(np);
        if (headMeaning == "institution" || AnyMeans(np, words, core, "institution") && !HasRoleWord(np, words, core))
            return new SourceMention(SourceKind.Institution, InstitutionName(np, words, core), null);
        if (headMeaning == "document" || AnyMeans(np, words, core, "document"))
            return Document(np);
        if (HasRoleWord(np, words, words.Count))
            return new SourceMention(SourceKind.RoleOnly, null, np.ToString());
        // A single capitalised word that is not a known name stands for a country or body ("Tajikistan", "the USGS").
        var bare = words.Count == 2 && np[words[0]] is "the" or "The" ? np[words[1]] : words.Count == 1 ? np[words[0]] : default;
        if (bare.Length > 0 && char.IsUpper(bare[0]) && !TitleWordLookup.Contains(bare))
            return new SourceMention(SourceKind.Institution, bare.ToString(), null);
        return UnlistedNoun(np, words) ?? PersonNoun(np, words, core);
    }

    /// <summary>
    /// A head noun in no other list that names a person by what they are (<see cref="SourcingLexicon.PersonNouns"/>):
    /// "American and German astronomers" is a group, "a visiting astronomer" one person by role. The head is the last
    /// word before the core ends, in lower case, and no word before it may show a clause ("the charges be dismissed").
    /// </summary>
    private SourceMention? PersonNoun(ReadOnlySpan<char> np, List<Range> words, int core)
    {
        if (core > 5)
            return null;
        var head = np[words[core - 1]];
        if (!AllLower(head))
            return null;
        for (int i = 0; i < core; i++)
            if (NotANounPhraseWordLookup.Contains(np[words[i]]))
                return null;
        if (lexicon.IsPersonNoun(head, out bool plural))
            return plural ? new SourceMention(SourceKind.AnonymousGroup, null, np.ToString()) : new SourceMention(SourceKind.RoleOnly, null, np.ToString());
        return null;
    }

    private static bool OpensWithParticiple(ReadOnlySpan<char> first) =>
        first.Length > 5 && char.IsLower(first[0]) && first.EndsWith("ing", StringComparison.Ordinal);

    private static SourceMention Document(ReadOnlySpan<char> np)
    {
        string phrase = np.ToString();
        return new SourceMention(SourceKind.Document, DocumentAuthor(phrase), phrase);
    }

    // Verbs and particles that show the words are a clause, not a noun phrase: "the charges be dismissed".
    private static readonly HashSet<string> NotANounPhraseWord = new(StringComparer.Ordinal)
    {
        "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "should", "shall", "not", "also", "who", "which", "that", "it", "they", "he", "she", "we",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "one", "some", "several", "many" };

    // The word sets looked up in place (the words are ranges of the phrase, not strings); each after its set.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordLookup = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotANounPhraseWordLookup = NotANounPhraseWord.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A determiner and one or two lower-case words, none of them in the lists: "the mayor", "a neighbour",
    /// "some residents". Someone is speaking, known only by what they are: one person by role, or a group when
    /// the head is plural. Abstract nouns ("the decision", "the statement") and pronoun-like words are not speakers.
    /// </summary>
    private SourceMention? UnlistedNoun(ReadOnlySpan<char> np, List<Range> words)
    {
        if (words.Count is < 2 or > 3 || !DeterminerLookup.Contains(np[words[0]]))
            return null;
        for (int i = 1; i < words.Count; i++)
            if (!AllLower(np[words[i]]))
                return null;
        var head = np[words[^1]];
        if (AbstractEnding().IsMatch(head) || lexicon.Meaning(head) is not null)
            return null;
        for (int i = 1; i < words.Count; i++)
            if (NotANounPhraseWordLookup.Contains(np[words[i]]))
                return null;
        bool plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) || np[words[0]] is "some" or "several" or "many";
        return plural ? new SourceMention(SourceKind.AnonymousGroup, null, np.ToString()) : new SourceMention(SourceKind.RoleOnly, null, np.ToString());
    }

    private static bool AllLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLower(c))
                return false;
        return true;
    }

    // Linear: a fixed ending tied to the end of the text, tried once per position.
    [GeneratedRegex(@"(?:tion|sion|ment|ness|ity|ism|ance|ence|ing|ure|cy)s?$")]
    private static partial Regex AbstractEnding();

    /// <summary>The first person of the people list (longest alias first) that the phrase names, or null.</summary>
    private KnownPerson? KnownIn(ReadOnlySpan<char> np)
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
    public void Learn(ReadOnlySpan<char> phrase)
    {
        var np = Bare(phrase);
        if (np.Length == 0)
            return;
        var words = Words(np);
        if (words.Count == 0 || words.Count == 1 && lexicon.Meaning(np[words[0]]) == "pronoun")
            return;
        if (OpensWithParticiple(np[words[0]]))
            return;
        if (OutletIn(np) is not null)
            return;
        if (KnownIn(np) is { } known)
        {
            Remember(known.Name);
            return;
        }
        var (first, count) = TrailingName(np, words, Core(np, words));
        // A surname already remembered keeps its first full name: the name is joined only when it is new.
        if (count >= 2 && !_surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(np[words[first + count - 1]]))
            Remember(Joined(np, words, first, count));
    }

    /// <summary>A name from the people list, a known surname, or two or more capitalised non-title words.</summary>
    private SourceMention? Person(ReadOnlySpan<char> np, List<Range> words)
    {
        if (KnownIn(np) is { } known)
        {
            Remember(known.Name);
            return new SourceMention(known.Kind, known.Name, RoleIn(np, [known.Name, .. known.Aliases]) ?? known.Role);
        }

        var (first, count) = TrailingName(np, words, Core(np, words));
        if (count == 1 && _surnames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(np[words[first]], out string? full))
            return new SourceMention(KindOfRole(np, words), full, RoleIn(np, np[words[first]]));
        if (count >= 2)
        {
            string speaker = Joined(np, words, first, count);
            Remember(speaker);
            return new SourceMention(KindOfRole(np, words), speaker, RoleIn(np, speaker));
        }
        return null;
    }

    // The words from <paramref name="first"/> on, one space between two: what string.Join(' ', words) gave.
    private static string Joined(ReadOnlySpan<char> np, List<Range> words, int first, int count)
    {
        int length = count - 1;
        for (int i = first; i < first + count; i++)
            length += words[i].GetOffsetAndLength(np.Length).Length;
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int i = first; i < first + count; i++)
        {
            if (i > first)
                joined[at++] = ' ';
            np[words[i]].CopyTo(joined[at..]);
            at += np[words[i]].Length;
        }
        return joined.ToString();
    }

    // A named person's kind from the first role word among the words (what SourcingLexicon.KindOfRole gave for them).
    private SourceKind KindOfRole(ReadOnlySpan<char> np, List<Range> words)
    {
        foreach (var word in words)
            if (lexicon.Meaning(np[word]) is { } meaning && meaning is "official" or "expert" or "journalist")
                return SourcingLexicon.KindOfRoleMeaning(meaning);
        return SourceKind.NamedPerson;
    }

    // Prepositions and participles that end a noun phrase's core: "a top NATO general | from the US".
    private static readonly HashSet<string> CoreEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "for", "at", "from", "to", "with", "on", "by", "like", "based", "compiled", "who", "which", "that",
    };

    // After the set: static fields are set in the order they are written.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CoreEnderLookup = CoreEnders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How many words come before the first preposition: where the head noun and the name are (all of them when none
    /// does, or the first does). A post-modifier that describes the source and takes a preposition ends the core too:
    /// "sources close to the team", "officials familiar with the talks", "people briefed on the plan".
    /// </summary>
    private int Core(ReadOnlySpan<char> np, List<Range> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (CoreEnderLookup.Contains(np[words[i]]))
                return i > 0 ? i : words.Count;
            if (i > 0 && i + 1 < words.Count && SourcingLexicon.Holds(lexicon.Grammar.SourcePostModifiers, np[words[i]])
                && (CoreEnderLookup.Contains(np[words[i + 1]]) || np[words[i + 1]].Equals("about", StringComparison.OrdinalIgnoreCase)))
                return i;
        }
        return words.Count;
    }

    /// <summary>
    /// "the online magazine AlterNet", "the Indian newspaper Tehelka": a determiner, a description ending in a noun of
    /// outlet (<c>outlet-nouns</c>), and a one-word name is that outlet.
    /// </summary>
    private string? DescribedOutlet(ReadOnlySpan<char> np, List<Range> words)
    {
        if (words.Count < 3 || !DeterminerLookup.Contains(np[words[0]]))
            return null;
        ReadOnlySpan<char> name = np[words[^1]], kind = np[words[^2]];
        return char.IsUpper(name[0]) && !TitleWordLookup.Contains(name) && char.IsLower(kind[0]) && SourcingLexicon.Holds(lexicon.Grammar.OutletNouns, kind) ? name.ToString() : null;
    }

    /// <summary>
    /// The run of capitalised, non-title words that ends the first <paramref name="count"/> words, as the index of its
    /// first word and its length: "Russian Foreign Minister Sergei Lavrov" ⇒ Sergei Lavrov.
    /// </summary>
    private (int First, int Count) TrailingName(ReadOnlySpan<char> np, List<Range> words, int count)
    {
        // "Nicolas Sarkozy Monday": a day name after the name says when, and is read past.
        int last = count - 1;
        while (last >= 0 && SourcingLexicon.Holds(lexicon.Grammar.TimeWords, np[words[last]]))
            last--;
        int first = last + 1;
        while (first > 0 && IsNameWord(np[words[first - 1]]))
            first--;
        return (first, last + 1 - first);
    }

    private bool IsNameWord(ReadOnlySpan<char> w) =>
        char.IsUpper(w[0]) && !TitleWordLookup.Contains(w) && lexicon.Meaning(w) is null && !w.EndsWith("’s", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal);

    // "person" marks a role that is neither a post nor expertise: "a lawyer", "an organizer". Among the first <paramref name="count"/> words.
    private bool HasRoleWord(ReadOnlySpan<char> np, List<Range> words, int count)
    {
        for (int i = 0; i < count; i++)
            if (lexicon.Meaning(np[words[i]]) is "official" or "expert" or "journalist" or "person")
                return true;
        return false;
    }

    // The first full name given for a surname is kept (the set adds no second name with the same surname).
    private void Remember(string fullName) => _surnames.Add(fullName);

    // What the phrase says besides the name: "Russian Foreign Minister" for "Russian Foreign Minister Sergei Lavrov".
    private static string? RoleIn(ReadOnlySpan<char> np, string[] names)
    {
        // Longest first, ties kept in order (a stable sort, as OrderByDescending was): a longer name goes before a name inside it.
        for (int i = 1; i < names.Length; i++)
            for (int j = i; j > 0 && names[j - 1].Length < names[j].Length; j--)
                (names[j - 1], names[j]) = (names[j], names[j - 1]);
        Span<char> role = np.Length <= 256 ? stackalloc char[np.Length] : new char[np.Length];
        np.CopyTo(role);
        foreach (string n in names)
            role = Without(role, n);
        return Kept(role);
    }

    /// <summary><see cref="RoleIn(ReadOnlySpan{char}, string[])"/> for one name, without an array for it.</summary>
    private static string? RoleIn(ReadOnlySpan<char> np, ReadOnlySpan<char> name)
    {
        Span<char> role = np.Length <= 256 ? stackalloc char[np.Length] : new char[np.Length];
        np.CopyTo(role);
        return Kept(Without(role, name));
    }

    // The role as Trim(' ', ',', '.') left it, copied only when it is long enough to keep.
    private static string? Kept(ReadOnlySpan<char> role)
    {
        var trimmed = role.Trim(RoleEdges);
        return trimmed.Length > 2 ? trimmed.ToString() : null;
    }

    private static readonly char[] RoleEdges = [' ', ',', '.'];

    /// <summary>
    /// <paramref name="text"/> without every occurrence of <paramref name="name"/>, as Replace(name, "", Ordinal) gives
    /// it (left to right, not overlapping, in the text as it was), in place: what is kept moves left over what is taken out.
    /// </summary>
    private static Span<char> Without(Span<char> text, ReadOnlySpan<char> name)
    {
        // Replace refuses an empty name, and so does this.
        if (name.IsEmpty)
            throw new ArgumentException("String cannot be of zero length.", nameof(name));
        int read = 0, written = 0;
        for (int at; (at = text[read..].IndexOf(name, StringComparison.Ordinal)) >= 0; read += at + name.Length)
        {
            text.Slice(read, at).CopyTo(text[written..]);
            written += at;
        }
        text[read..].CopyTo(text[written..]);
        return text[..(written + text.Length - read)];
    }

    // "A map … compiled by the U.S. non-profit Foundation for Defense of Democracies’ Long War Project" ⇒ who made it.
    private static string? DocumentAuthor(string np)
    {
        int by = np.LastIndexOf(" by ", StringComparison.Ordinal);
        return by < 0 ? null : WithoutArticle(np[(by + 4)..].Trim());
    }

    // "a region Moscow" ⇒ Moscow; "Afghanistan’s U.S.-backed government" stays whole.
    private static string InstitutionName(ReadOnlySpan<char> np, List<Range> words, int core)
    {
        // The run of capitalised, non-title words that ends the core.
        int first = core;
        while (first > 0 && char.IsUpper(np[words[first - 1]][0]) && !TitleWordLookup.Contains(np[words[first - 1]]))
            first--;
        int capitals = core - first;
        return capitals > 0 && capitals < core && !char.IsUpper(np[words[0]][0]) ? Joined(np, words, first, capitals) : WithoutArticle(np.ToString());
    }

    private static string WithoutArticle(string np) =>
        np.StartsWith("The ", StringComparison.Ordinal) || np.StartsWith("the ", StringComparison.Ordinal) ? np[4..] : np;
}
