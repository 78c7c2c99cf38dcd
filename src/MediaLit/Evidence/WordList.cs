using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MediaLit.Evidence;

/// <summary>
/// One word list (people, places, a metadiscourse category) matched where a word starts: the longest term first, whole
/// words only, as "\G(?:term|term…)(?![\p{L}\p{N}])" would match there, and that regex's engine decides every match.
/// </summary>
/// <remarks>
/// Trying the list's regex at every word start of every sentence, six lists over, was most of an evidence call, though
/// nearly all the tries failed on the first or second letter. So each term keeps, for each of its characters, the ASCII
/// characters the regex engine lets match it (asked once, with the list's options), and a term is handed to its own
/// regex only when the text there could match it: right length, no letter or digit after, every ASCII character
/// allowed. Characters outside ASCII are never ruled out here, so the regex alone decides them (the Kelvin sign that
/// matches "k", say). Ruling out only what the engine itself rejects keeps the matches the engine's.
/// </remarks>
internal sealed class WordList
{
    private readonly string[] _terms;
    private readonly string[] _bodies;
    private readonly string[] _firstElements;
    private readonly AsciiSet[][] _allowed;
    private readonly RegexOptions _options;
    // Terms (indexes, in list order) whose first character can be the text's first character: built up front for ASCII,
    // asked of the engine the first time for anything else.
    private readonly int[][] _byAsciiFirst = new int[128][];
    private readonly ConcurrentDictionary<char, int[]> _byOtherFirst = new();
    // One regex per term, made the first time the text gets past the ASCII check for it.
    private readonly Regex?[] _confirm;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spelling;

    public static readonly WordList Empty = new([], ignoreCase: true);

    /// <summary>The list's terms, each once, longest first (ties in list order), as the alternation tries them.</summary>
    public WordList(IEnumerable<string> terms, bool ignoreCase)
    {
        _terms = terms.Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).ToArray();
        _options = (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant;
        var elements = _terms.Select(t => Elements(t, ignoreCase)).ToArray();
        _bodies = elements.Select(e => string.Concat(e)).ToArray();
        _firstElements = elements.Select(e => e[0]).ToArray();
        _allowed = elements.Select(e => e.Select(one => AsciiSet.Of(Element(one, _options))).ToArray()).ToArray();
        _confirm = new Regex?[_terms.Length];
        for (int c = 0; c < 128; c++)
            _byAsciiFirst[c] = Enumerable.Range(0, _terms.Length).Where(i => _allowed[i][0].Admits((char)c)).ToArray();
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string term in _terms)
            spelling.TryAdd(term, term);
        _spelling = spelling.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// A term's pattern, one element per character of the text it matches. A case-kept term (self-mentions, names)
    /// lets its first letter be a capital or not, so that a sentence can start with it; the rest is as written.
    /// </summary>
    private static string[] Elements(string term, bool ignoreCase)
    {
        var elements = term.Select(c => Regex.Escape(c.ToString())).ToArray();
        if (!ignoreCase && term.Length >= 2 && char.IsLetter(term[0]))
            elements[0] = $"[{char.ToUpperInvariant(term[0])}{char.ToLowerInvariant(term[0])}]";
        return elements;
    }

    // One element's regex, shared by every list with the same options: terms share most of their letters.
    private static readonly ConcurrentDictionary<(string Element, RegexOptions Options), Regex> ElementPatterns = new();

    // Linear: one character or one class of two, no quantifier.
    private static Regex Element(string element, RegexOptions options) =>
        ElementPatterns.GetOrAdd((element, options), static key => new Regex(key.Element, key.Options));

    /// <summary>Length of the term matched at <paramref name="at"/> of <paramref name="input"/> (one sentence), or 0.</summary>
    public int MatchAt(ReadOnlySpan<char> input, int at)
    {
        char first = input[at];
        foreach (int i in first < 128 ? _byAsciiFirst[first] : _byOtherFirst.GetOrAdd(first, static (c, list) => list.Starting(c), this))
        {
            var allowed = _allowed[i];
            int end = at + allowed.Length;
            if (end > input.Length || (end < input.Length && (char.IsLetter(input[end]) || char.IsNumber(input[end]))))
                continue;
            int k = 1;
            while (k < allowed.Length && allowed[k].Admits(input[at + k]))
                k++;
            if (k < allowed.Length)
                continue;
            foreach (var m in Confirm(i).EnumerateMatches(input, at))
                if (m.Length > 0)
                    return m.Length;
        }
        return 0;
    }

    /// <summary>The list's spelling of what matched ("Putin" for "putin"), or null when no term is spelled so, ignoring case.</summary>
    public string? Spelling(ReadOnlySpan<char> matched) => _spelling.TryGetValue(matched, out string? spelled) ? spelled : null;

    private int[] Starting(char first)
    {
        var fitting = new List<int>();
        for (int i = 0; i < _terms.Length; i++)
            if (Element(_firstElements[i], _options).IsMatch(first.ToString()))
                fitting.Add(i);
        return fitting.ToArray();
    }

    private Regex Confirm(int term)
    {
        if (Volatile.Read(ref _confirm[term]) is { } made)
            return made;
        // Linear: anchored at one place (\G), a fixed word, and a look-ahead of one character.
        var pattern = new Regex($@"\G(?:{_bodies[term]})(?![\p{{L}}\p{{N}}])", _options);
        return Interlocked.CompareExchange(ref _confirm[term], pattern, null) ?? pattern;
    }
}
