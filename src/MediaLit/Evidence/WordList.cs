using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MediaLit.Evidence;

/// <summary>
/// One word list (people, places, a metadiscourse category) matched where a word starts: the longest term first, whole
/// words only, as "\G(?:term|term…)(?![\p{L}\p{N}])" matches there with the list's options. The regex engine decides
/// what each character of a term matches: asked once for every ASCII character, and at the time for any other.
/// </summary>
/// <remarks>
/// Trying the list's regex at every word start of every sentence, six lists over, was most of an evidence call, though
/// nearly all the tries failed on the first or second letter. So each term keeps, for each of its characters, the ASCII
/// characters the engine lets match it (<see cref="AsciiSet"/>, asked once with the list's options), and a term is tried
/// only where the text can match it: right length, no letter or digit after ([\p{L}\p{N}] is char.IsLetter or
/// char.IsNumber, checked for all 65,536 characters), every ASCII character allowed. Text all in ASCII is then a match
/// on the engine's own answers; text with anything else (the Kelvin sign that matches "k", say) is handed to the
/// alternation of the terms that start with that character (<see cref="For"/>), since nothing outside ASCII is ever
/// ruled out here. Terms are tried in the alternation's order, so the first that matches is the one it takes.
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
    // The list's regex cut down to the terms that can start with a character, made the first time text beyond ASCII
    // gets past the ASCII check there.
    private readonly ConcurrentDictionary<char, Regex?> _byFirstPattern = new();
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

    /// <summary>True when a term can start with <paramref name="first"/>, an ASCII character.</summary>
    public bool CanStart(char first) => _byAsciiFirst[first].Length > 0;

    /// <summary>
    /// Sets <paramref name="bit"/> in <paramref name="table"/>[first * 128 + second] for every two ASCII characters a term
    /// can start with (any second character for a one-character term).
    /// </summary>
    public void MarkStarts(int[] table, int bit)
    {
        for (int first = 0; first < 128; first++)
            foreach (int i in _byAsciiFirst[first])
                for (int second = 0; second < 128; second++)
                    if (_allowed[i].Length == 1 || _allowed[i][1].Admits((char)second))
                        table[first * 128 + second] |= bit;
    }

    /// <summary>
    /// Length of the term matched at <paramref name="at"/> of <paramref name="input"/> (one sentence), or 0.
    /// <paramref name="word"/> is how many letters and digits run from there.
    /// </summary>
    public int MatchAt(ReadOnlySpan<char> input, int at, int word)
    {
        char first = input[at];
        foreach (int i in first < 128 ? _byAsciiFirst[first] : _byOtherFirst.GetOrAdd(first, static (c, list) => list.Starting(c), this))
        {
            var allowed = _allowed[i];
            // A term shorter than the word would end before a letter or digit, and every later term is as short or shorter.
            if (allowed.Length < word)
                break;
            int end = at + allowed.Length;
            if (end > input.Length
                || (allowed.Length > word && !allowed[word].Admits(input[at + word]))
                || (end < input.Length && IsLetterOrDigit(input[end])))
                continue;
            int k = 1;
            while (k < allowed.Length && allowed[k].Admits(input[at + k]))
                k++;
            if (k < allowed.Length)
                continue;
            // Every ASCII character was the engine's own answer (AsciiSet), and the look-ahead's: only text beyond ASCII needs asking.
            if (System.Text.Ascii.IsValid(input[at..end]))
                return allowed.Length;
            // The terms before this one cannot match here (ruled out on the engine's answers): the alternation of the
            // terms that start so takes the first that matches from here on, or none.
            foreach (var m in For(first)!.EnumerateMatches(input, at))
                return m.Length;
            return 0;
        }
        return 0;
    }

    /// <summary>What [\p{L}\p{N}] matches (the same for all 65,536 characters), with ASCII answered without a table look-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsNumber(c);

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

    /// <summary>
    /// "\G(?:…)(?![\p{L}\p{N}])" over the terms that can start with <paramref name="first"/>, in the list's order, or
    /// null when none can: what the list's whole alternation does at a word start with that character.
    /// </summary>
    public Regex? For(char first) => _byFirstPattern.GetOrAdd(first, static (c, list) => list.Build(c), this);

    private Regex? Build(char first)
    {
        var fitting = first < 128 ? _byAsciiFirst[first] : _byOtherFirst.GetOrAdd(first, static (c, list) => list.Starting(c), this);
        // Linear: anchored at one place (\G), an alternation of fixed words, and a look-ahead of one character.
        return fitting.Length == 0 ? null
            : new Regex($@"\G(?:{string.Join('|', fitting.Select(i => _bodies[i]))})(?![\p{{L}}\p{{N}}])", _options);
    }
}
