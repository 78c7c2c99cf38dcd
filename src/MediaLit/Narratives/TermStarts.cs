using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Which terms of a list can match in a sentence, told from the first two letters of the sentence's words. A term
/// whose alternatives start with letters or digits (<see cref="TermPattern.Literals"/>) matches only at a word start
/// (its pattern opens with \b) and only where the text starts with one of those literals, ignoring case; so a sentence
/// none of whose words starts with the first two characters of a literal cannot hold the term, and its regex is not run
/// there. The framing and claim lists are a few hundred terms and a sentence has a couple of dozen words: a look-up per
/// word instead of a regex search per term. A text holding the Kelvin sign, which the regex engine folds onto "k", is
/// searched for every term: the engine folds no other character outside ASCII onto an ASCII letter or digit.
/// </summary>
internal sealed class TermStarts
{
    private readonly Dictionary<int, int[]> _byTwo;
    private readonly Dictionary<int, int[]> _byOne;
    private readonly int[] _always;

    public TermStarts(IReadOnlyList<string[]?> literals)
    {
        Count = literals.Count;
        var byTwo = new Dictionary<int, List<int>>();
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
                var map = literal.Length >= 2 ? byTwo : byOne;
                int key = literal.Length >= 2 ? Key(literal[0], literal[1]) : Key(literal[0]);
                var terms = map.TryGetValue(key, out var known) ? known : map[key] = [];
                if (terms.Count == 0 || terms[^1] != term)
                    terms.Add(term);
            }
        }
        _byTwo = byTwo.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _byOne = byOne.ToDictionary(p => p.Key, p => p.Value.ToArray());
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
    /// </summary>
    public void Candidates(string text, TextSpan sentence, bool everyTerm, bool[] marks, List<int> into)
    {
        into.Clear();
        if (everyTerm)
        {
            for (int term = 0; term < Count; term++)
                into.Add(term);
            return;
        }
        Add(_always, marks, into);
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            char c = text[i];
            // A match starts where \b holds before a letter or digit: the character before is not a word character, so
            // not a letter or digit either (the test below lets through a few more starts, never fewer).
            if (!char.IsAsciiLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                continue;
            if (_byOne.TryGetValue(Key(c), out var one))
                Add(one, marks, into);
            if (i + 1 < sentence.End && char.IsAsciiLetterOrDigit(text[i + 1]) && _byTwo.TryGetValue(Key(c, text[i + 1]), out var two))
                Add(two, marks, into);
        }
        foreach (int term in into)
            marks[term] = false;
        into.Sort();
    }

    private static void Add(int[] terms, bool[] marks, List<int> into)
    {
        foreach (int term in terms)
            if (!marks[term])
            {
                marks[term] = true;
                into.Add(term);
            }
    }

    private static int Key(char first) => char.ToLowerInvariant(first);

    private static int Key(char first, char second) => (char.ToLowerInvariant(first) << 16) | char.ToLowerInvariant(second);
}
