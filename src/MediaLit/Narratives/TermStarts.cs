using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Which terms of a list can match in a sentence, told from the sentence's word starts. A term whose alternatives start
/// with letters or digits (<see cref="TermPattern.Literals"/>) matches only at a word start (its pattern opens with \b)
/// and only where the text starts with one of those literals, ignoring case; so a sentence none of whose words starts
/// with a literal of the term cannot hold it, and its regex is not run there. The literals are found by their first two
/// characters (a look-up per word start) and then compared whole: the framing and claim lists are a few hundred terms
/// and a sentence has a couple of dozen words, so this is a look-up and a few comparisons per word instead of a regex
/// search per term. A text holding the Kelvin sign, which the regex engine folds onto "k", is searched for every term:
/// the engine folds no other character outside ASCII onto an ASCII letter or digit.
/// </summary>
internal sealed class TermStarts
{
    // Each literal of two characters or more under its first two, a one-character literal under its one: arrays indexed
    // by the characters' places among the 36 ASCII letters and digits (Key), since literals hold nothing else and a look-up
    // is made at every word start of every sentence.
    private readonly (int Term, string Literal)[]?[] _byTwo = new (int, string)[]?[Letters * Letters];
    private readonly int[]?[] _byOne = new int[]?[Letters];
    private readonly int[] _always;

    public TermStarts(IReadOnlyList<string[]?> literals)
    {
        Count = literals.Count;
        var byTwo = new Dictionary<int, List<(int, string)>>();
        var byOne = new Dictionary<int, List<int>>();
        var always = new List<int>();
        for (int term = 0; term < literals.Count; term++)
        {
            if (literals[term] is not { } alternatives)
            {
                always.Add(term);
                continue;
            }
            foreach (string literal in alternatives)
            {
                if (literal.Length >= 2)
                {
                    int key = Key(literal[0], literal[1]);
                    (byTwo.TryGetValue(key, out var pairs) ? pairs : byTwo[key] = []).Add((term, literal.ToLowerInvariant()));
                    continue;
                }
                var terms = byOne.TryGetValue(Key(literal[0]), out var known) ? known : byOne[Key(literal[0])] = [];
                if (terms.Count == 0 || terms[^1] != term)
                    terms.Add(term);
            }
        }
        foreach (var (key, pairs) in byTwo)
            _byTwo[key] = [.. pairs];
        foreach (var (key, terms) in byOne)
            _byOne[key] = [.. terms];
        _always = [.. always];
    }

    /// <summary>
    /// True for a text that must be searched for every term: it holds the Kelvin sign, which the regex engine folds onto
    /// "k" when it ignores case, and which no look-up by ASCII letters would find.
    /// </summary>
    public static bool NeedsEveryTerm(string text) => text.Contains('\u212A', StringComparison.Ordinal);

    /// <summary>How many terms the list has.</summary>
    public int Count { get; }

    /// <summary>
    /// The terms that may match in <paramref name="sentence"/> of <paramref name="text"/>, in list order, into
    /// <paramref name="into"/> (emptied first); every term when <paramref name="everyTerm"/> (a text with the Kelvin sign).
    /// <paramref name="marks"/> is scratch of at least <see cref="Count"/> entries, all false, and left so.
    /// <paramref name="firstAt"/> and <paramref name="lastAt"/> (at least <see cref="Count"/> entries each) get, for each
    /// term put in <paramref name="into"/>, the first and the last place in the sentence where it may start: no match of
    /// it starts before the first, so a search from there finds what a search from the sentence's start finds, and none
    /// after the last, so a search need not go on once a match ends past it.
    /// </summary>
    public void Candidates(string text, TextSpan sentence, bool everyTerm, bool[] marks, List<int> into, int[] firstAt, int[] lastAt)
    {
        into.Clear();
        if (everyTerm)
        {
            for (int term = 0; term < Count; term++)
            {
                into.Add(term);
                firstAt[term] = sentence.Start;
                lastAt[term] = sentence.End;
            }
            return;
        }
        foreach (int term in _always)
        {
            Add(term, marks, into, firstAt, sentence.Start);
            lastAt[term] = sentence.End;
        }
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            char c = text[i];
            // A match starts where \b holds before a letter or digit: the character before is not a word character, so
            // not a letter or digit either (the test below lets through a few more starts, never fewer).
            if (!char.IsAsciiLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                continue;
            if (_byOne[Key(c)] is { } one)
                foreach (int term in one)
                {
                    Add(term, marks, into, firstAt, i);
                    lastAt[term] = i;
                }
            if (i + 1 < sentence.End && char.IsAsciiLetterOrDigit(text[i + 1]) && _byTwo[Key(c, text[i + 1])] is { } two)
                foreach (var (term, literal) in two)
                    // The whole literal, ASCII letters and digits compared ignoring case, inside the sentence (a match
                    // ends within it: the regex is run on the text up to the sentence's end).
                    if (i + literal.Length <= sentence.End && RestMatches(text, i, literal))
                    {
                        Add(term, marks, into, firstAt, i);
                        lastAt[term] = i;
                    }
        }
        foreach (int term in into)
            marks[term] = false;
        into.Sort();
    }

    /// <summary>
    /// Whether the text at <paramref name="at"/> goes on as <paramref name="literal"/> (lower-case ASCII letters and
    /// digits) after its first two characters, which the look-up matched, ignoring ASCII case. Setting bit 0x20 lowers an
    /// ASCII capital and turns no other character into a lower-case letter; digits are compared as they are. Characters
    /// outside ASCII match nothing here, as the regex engine folds none of them onto an ASCII letter or digit but the
    /// Kelvin sign (see <see cref="NeedsEveryTerm"/>).
    /// </summary>
    private static bool RestMatches(string text, int at, string literal)
    {
        for (int k = 2; k < literal.Length; k++)
        {
            char c = text[at + k], expected = literal[k];
            if ((char.IsAsciiDigit(expected) ? c : (char)(c | 0x20)) != expected)
                return false;
        }
        return true;
    }

    /// <summary>Puts the term in the list at its first place, unless it is there already.</summary>
    private static void Add(int term, bool[] marks, List<int> into, int[] firstAt, int at)
    {
        if (marks[term])
            return;
        marks[term] = true;
        into.Add(term);
        firstAt[term] = at;
    }

    private const int Letters = 36;

    /// <summary>An ASCII letter's or digit's place: a-z (either case) 0-25, 0-9 26-35.</summary>
    private static int Key(char letterOrDigit) =>
        char.IsAsciiDigit(letterOrDigit) ? 26 + (letterOrDigit - '0') : (letterOrDigit | 0x20) - 'a';

    private static int Key(char first, char second) => Key(first) * Letters + Key(second);
}
