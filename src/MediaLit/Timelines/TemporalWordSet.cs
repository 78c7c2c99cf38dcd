using System.Buffers;
using System.Text.RegularExpressions;

namespace MediaLit.Timelines;

/// <summary>
/// One alternation of words ("January|February|…", "a couple of|a few|…|a"), matched by hand at a position, in the
/// order the date patterns tried them when they were regexes: longest first, so "a couple of" wins over "a". A space
/// in a lexicon word matches any run of white space (as many characters as it has spaces, or more).
/// <para>
/// Case is ignored as the regex engine ignores it with the invariant culture: an ASCII letter matches its other
/// case, and 'k' the Kelvin sign too (the only non-ASCII character the engine folds onto an ASCII letter); other
/// letters by their invariant lower case. Month names keep their case ("may" and "march" are usually verbs).
/// </para>
/// </summary>
internal sealed class TemporalWordSet
{
    private readonly string[] _words;
    private readonly bool _ignoreCase, _flexibleSpaces, _digits;

    /// <param name="words">The alternatives, in the order to try them.</param>
    /// <param name="flexibleSpaces">A space in a word matches any white space run (lexicon words), or only a space (names).</param>
    /// <param name="digits">After the words, one more alternative: 1-3 ASCII digits ("12 years").</param>
    private TemporalWordSet(string[] words, bool ignoreCase, bool flexibleSpaces, bool digits)
    {
        _words = words;
        _ignoreCase = ignoreCase;
        _flexibleSpaces = flexibleSpaces;
        _digits = digits;
        // Plain loops and arrays: a first call in a new process pays the JIT for every generic type built here.
        var first = new List<char>();
        foreach (string word in words)
            if (word.Length > 0)
                foreach (char c in CaseForms(word[0], ignoreCase))
                    if (!first.Contains(c))
                        first.Add(c);
        if (digits)
            foreach (char c in "0123456789")
                if (!first.Contains(c))
                    first.Add(c);
        FirstChars = [.. first];
        _first = SearchValues.Create(FirstChars);
        // For each ASCII character, the alternatives that can start with it, in order: a text has a candidate start
        // at most words, and each should try the two or three words it can begin, not the whole list.
        var starting = new List<int>();
        for (int c = 0; c < _byFirst.Length; c++)
        {
            starting.Clear();
            for (int i = 0; i < words.Length; i++)
                if (words[i].Length > 0 && Same((char)c, words[i][0], ignoreCase))
                    starting.Add(i);
            _byFirst[c] = [.. starting];
        }
        // The first two characters of a match followed by white space, for a quick no at most starts (see CouldStartBeforeSpace).
        foreach (string word in words)
            foreach (char c1 in word.Length > 0 ? CaseForms(word[0], ignoreCase) : [])
            {
                if (c1 >= 128)
                    continue;
                if (word.Length == 1 || word[1] == ' ' && flexibleSpaces)
                    _pairs[c1 * 129 + 128] = true;
                else
                    foreach (char c2 in CaseForms(word[1], ignoreCase))
                        if (c2 < 128)
                            _pairs[c1 * 129 + c2] = true;
            }
        var pieces = new List<string>();
        foreach (string word in words)
        {
            // After the last space; empty for a word that ends in one, which never ends a match there.
            string piece = word[(word.LastIndexOf(' ') + 1)..];
            if (piece.Length > 0 && !pieces.Contains(piece))
                pieces.Add(piece);
        }
        _lastPieces = [.. pieces];
        var ending = new List<string>();
        for (int c = 0; c < _lastPiecesByEnd.Length; c++)
        {
            ending.Clear();
            foreach (string piece in pieces)
                if (Same((char)c, piece[^1], ignoreCase))
                    ending.Add(piece);
            _lastPiecesByEnd[c] = [.. ending];
        }
        if (digits)
            for (char c1 = '0'; c1 <= '9'; c1++)
            {
                _pairs[c1 * 129 + 128] = true;
                for (char c2 = '0'; c2 <= '9'; c2++)
                    _pairs[c1 * 129 + c2] = true;
            }
    }

    // [first * 129 + second] for ASCII characters, second = 128 for white space: could a match start so?
    private readonly bool[] _pairs = new bool[128 * 129];

    /// <summary>
    /// False when no match of this set that white space follows can start at <paramref name="at"/>, by its first two
    /// characters alone; true when one may (then <see cref="Next"/> says). A number is always followed by white space,
    /// and "a" starts a word of every sentence: this is the cheap no for "a" in "same", "t" in "that".
    /// </summary>
    public bool CouldStartBeforeSpace(ReadOnlySpan<char> text, int at)
    {
        if (at < 0 || at + 1 >= text.Length)
            return at >= 0 && at < text.Length;
        char first = text[at], second = text[at + 1];
        if (first >= 128 || second >= 128 && !char.IsWhiteSpace(second))
            return true;
        return _pairs[first * 129 + (char.IsWhiteSpace(second) ? 128 : second)];
    }

    private readonly SearchValues<char> _first;
    private readonly int[][] _byFirst = new int[128][];

    /// <summary>Every character a match can start with.</summary>
    public char[] FirstChars { get; }

    /// <summary>Lexicon words, in the order of the regex alternation they replace: escaped length, longest first.</summary>
    public static TemporalWordSet Lexicon(IEnumerable<TemporalWord> words, bool ignoreCase = true, bool digits = false)
    {
        // Distinct by the escaped pattern (a space was \s+), then longest pattern first.
        var escaped = new List<string>();
        var raw = new List<string>();
        foreach (var word in words)
        {
            string pattern = Regex.Escape(word.Word).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
            if (!escaped.Contains(pattern))
            {
                escaped.Add(pattern);
                raw.Add(word.Word);
            }
        }
        return new(LongestFirst(raw, escaped.ConvertAll(p => p.Length)), ignoreCase, true, digits);
    }

    /// <summary>Fixed words, tried in the order given.</summary>
    public static TemporalWordSet Fixed(params string[] words) => new(words, true, true, false);

    /// <summary>Named dates ("9/11"): escaped length, longest first; a space is a space.</summary>
    public static TemporalWordSet Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return new(LongestFirst(list, list.ConvertAll(n => Regex.Escape(n).Length)), true, false, false);
    }

    /// <summary>
    /// The words by their pattern's length, longest first, equal lengths in the order given: the order in which the
    /// regex alternation tried them. An insertion sort, because it is stable and the lists are short.
    /// </summary>
    private static string[] LongestFirst(List<string> words, List<int> patternLengths)
    {
        for (int i = 1; i < words.Count; i++)
            for (int j = i; j > 0 && patternLengths[j - 1] < patternLengths[j]; j--)
            {
                (patternLengths[j - 1], patternLengths[j]) = (patternLengths[j], patternLengths[j - 1]);
                (words[j - 1], words[j]) = (words[j], words[j - 1]);
            }
        return [.. words];
    }

    /// <summary>
    /// The next alternative after <paramref name="after"/> (-1 for the first) that matches at <paramref name="at"/>,
    /// with where it ends; -1 when none is left. Trying the next one after a later part of a pattern failed is the
    /// regex's backtracking, which only the multi-word alternatives can need.
    /// </summary>
    public int Next(ReadOnlySpan<char> text, int at, int after, out int end)
    {
        end = -1;
        if (at < 0 || at >= text.Length)
            return -1;
        char first = text[at];
        if (first < _byFirst.Length)
        {
            if (_byFirst[first].Length == 0 && !(_digits && char.IsAsciiDigit(first)))
                return -1;
            foreach (int i in _byFirst[first])
                if (i > after && (end = MatchAt(_words[i], text, at)) >= 0)
                    return i;
        }
        else if (_first.Contains(first))
        {
            for (int i = after + 1; i < _words.Length; i++)
                if ((end = MatchAt(_words[i], text, at)) >= 0)
                    return i;
        }
        if (_digits && after < _words.Length && char.IsAsciiDigit(text[at]))
        {
            // [0-9]{1,3}, greedy: a shorter run leaves a digit next, which nothing after a number can start with.
            end = at + 1;
            while (end < text.Length && end - at < 3 && char.IsAsciiDigit(text[end]))
                end++;
            return _words.Length;
        }
        end = -1;
        return -1;
    }

    /// <summary>
    /// The words as strings for a vectorised search that finds every place one of them can match (more places, never
    /// fewer: a word with spaces is looked for by its first part), or null where such a search could miss one: digits
    /// as an alternative, an empty word, or, when case is ignored, a character outside ASCII or a 'k' (which also
    /// matches the Kelvin sign).
    /// </summary>
    /// <param name="kelvinSignRuledOut">True when the caller searches only texts without the Kelvin sign: a 'k' is then safe.</param>
    public SearchValues<string>? Starts(bool kelvinSignRuledOut = false)
    {
        if (_digits || _words.Length == 0)
            return null;
        var comparer = _ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var starts = new List<string>();
        foreach (string word in _words)
        {
            int space = _flexibleSpaces ? word.IndexOf(' ', StringComparison.Ordinal) : -1;
            string first = space < 0 ? word : word[..space];
            if (first.Length == 0)
                return null;
            if (_ignoreCase)
                foreach (char c in first)
                    if (!char.IsAscii(c) || (c | 0x20) == 'k' && !kelvinSignRuledOut)
                        return null;
            bool seen = false;
            foreach (string start in starts)
                seen |= comparer.Equals(start, first);
            if (!seen)
                starts.Add(first);
        }
        return SearchValues.Create(starts.ToArray(), _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>True when no word has a space: <see cref="Starts"/> then holds the words themselves.</summary>
    public bool AllSingleWords
    {
        get
        {
            foreach (string word in _words)
                if (word.Contains(' ', StringComparison.Ordinal))
                    return false;
            return true;
        }
    }

    /// <summary>
    /// How many runs of spaces the words have at most ("a couple of": 2), or -1 when a word has white space other than
    /// single spaces between its parts (a tab, a space at either end).
    /// </summary>
    public int MostSpaceRuns()
    {
        int most = 0;
        foreach (string word in _words)
        {
            if (word.Length == 0 || word[0] == ' ' || word[^1] == ' ')
                return -1;
            int runs = 0;
            for (int i = 0; i < word.Length; i++)
                if (word[i] == ' ' ? word[i - 1] != ' ' : char.IsWhiteSpace(word[i]))
                {
                    if (word[i] != ' ')
                        return -1;
                    runs++;
                }
            most = Math.Max(most, runs);
        }
        return most;
    }

    /// <summary>
    /// Whether an alternative can end just before <paramref name="end"/>: the text there ends with the last piece of a
    /// word (after its last space), or with a digit when digits are an alternative. A quick no for the {number} {unit}
    /// search: a text of "the same day the same day …" has a unit every three words and a number before none.
    /// </summary>
    public bool CouldEndAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length)
            return false;
        if (_digits && char.IsAsciiDigit(text[end - 1]))
            return true;
        char before = text[end - 1];
        foreach (string piece in before < _lastPiecesByEnd.Length ? _lastPiecesByEnd[before] : _lastPieces)
        {
            if (piece.Length > end)
                continue;
            int t = end - piece.Length, w = 0;
            while (w < piece.Length && Same(text[t], piece[w], _ignoreCase))
                (t, w) = (t + 1, w + 1);
            if (w == piece.Length)
                return true;
        }
        return false;
    }

    // For CouldEndAt: each word's last piece (after its last space), and for each ASCII character the pieces whose
    // last character it matches. A search walks back from every unit it finds, and only a few pieces can end on any
    // one letter ("same" needs "one", "three", "five", "nine" or "some" tried, not the whole list).
    private readonly string[] _lastPieces;
    private readonly string[][] _lastPiecesByEnd = new string[128][];

    /// <summary>The first alternative that matches at <paramref name="at"/>: where it ends, or -1.</summary>
    public int Match(ReadOnlySpan<char> text, int at)
    {
        Next(text, at, -1, out int end);
        return end;
    }

    private int MatchAt(string word, ReadOnlySpan<char> text, int at)
    {
        int t = at;
        for (int w = 0; w < word.Length;)
        {
            if (word[w] == ' ' && _flexibleSpaces)
            {
                // A run of n spaces in the word is n or more white space characters, all taken (what follows is not one).
                int spaces = 0;
                while (w < word.Length && word[w] == ' ')
                    (w, spaces) = (w + 1, spaces + 1);
                int run = 0;
                while (t < text.Length && char.IsWhiteSpace(text[t]))
                    (t, run) = (t + 1, run + 1);
                if (run < spaces)
                    return -1;
                continue;
            }
            if (t >= text.Length || !Same(text[t], word[w], _ignoreCase))
                return -1;
            t++;
            w++;
        }
        return t;
    }

    /// <summary>Whether a text character matches a pattern character, as the regex engine compares them.</summary>
    public static bool Same(char c, char pattern, bool ignoreCase)
    {
        if (c == pattern)
            return true;
        if (!ignoreCase)
            return false;
        if (char.IsAsciiLetter(pattern))
            return char.IsAsciiLetter(c) && (c | 0x20) == (pattern | 0x20) || (pattern | 0x20) == 'k' && c == '\u212A';
        return !char.IsAscii(c) && char.ToLowerInvariant(c) == char.ToLowerInvariant(pattern);
    }

    /// <summary>The characters that match <paramref name="c"/>: for a first-character filter.</summary>
    public static IEnumerable<char> CaseForms(char c, bool ignoreCase)
    {
        yield return c;
        if (!ignoreCase)
            yield break;
        if (char.IsAsciiLetter(c))
        {
            yield return (char)(c | 0x20);
            yield return (char)(c & ~0x20);
            if ((c | 0x20) == 'k')
                yield return '\u212A';
        }
        else if (!char.IsAscii(c))
        {
            yield return char.ToLowerInvariant(c);
            yield return char.ToUpperInvariant(c);
        }
    }
}
