using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Splits text into lower-case words for the vocabulary comparison. Unlike the reuse tokenizer it
/// keeps words readable ("anti-isis", "russia"): a hyphen or apostrophe between letters stays inside
/// the word, curly apostrophes become straight, a possessive 's is dropped so "Russia's" counts as "russia",
/// and dotted initials lose their dots so "U.S." and "US" are one word ("us", which is why the stop list leaves "us" out).
/// Each distinct word kept gets a number, 0, 1, 2… in the order first met, so the comparison counts in arrays.
/// </summary>
internal sealed class WordCounter
{
    private const int LeftOut = -1;

    private readonly IReadOnlySet<string> _stopWords;
    // The number of each distinct word met, looked up by its characters: a word is normalised in a buffer and a
    // string is made only the first time it is met. Words left out (stop words, numbers) are remembered as LeftOut,
    // so they are checked against the stop list once, not at every occurrence.
    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _words;
    private char[] _buffer = new char[64];

    /// <param name="stopWords">Words to leave out; numbers (all digits) are always left out.</param>
    /// <param name="expectedWords">About how many distinct words there will be, so the tables are not regrown.</param>
    public WordCounter(IReadOnlySet<string> stopWords, int expectedWords)
    {
        _stopWords = stopWords;
        _ids = new Dictionary<string, int>(expectedWords, StringComparer.Ordinal);
        _words = new List<string>(expectedWords);
    }

    /// <summary>The words kept so far, by number.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Adds the kept words of <paramref name="within"/> to <paramref name="found"/>: each word's number and where it is.</summary>
    public void AddWords(string text, TextSpan within, WordOccurrences found)
    {
        var ids = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        // The span read as if it were the whole text: a word never looks at the characters outside it.
        var span = text.AsSpan(within.Start, within.Length);
        for (int at = 0; at < span.Length;)
        {
            if (!IsLetterOrNumber(span[at]))
            {
                at++;
                continue;
            }
            int length = Initials(span, at) is > 0 and var initials ? initials : WordLength(span, at);
            int start = within.Start + at;
            var word = Normalise(text.AsSpan(start, length));
            if (!ids.TryGetValue(word, out int id))
                id = Add(word.ToString());
            if (id != LeftOut)
                found.Add(id, new TextSpan(start, start + length));
            at += length;
        }
    }

    // What a word is, as the regular expression (?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)* reads it, written
    // out by hand: a word starts at the first letter or number, and is two or more dotted initials if they are there,
    // else a run of letters and numbers joined by single apostrophes or hyphens. (The generated regex, started afresh
    // for every sentence, cost more than the counting around it.)

    private static bool IsLetterOrNumber(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The length of the dotted initials at <paramref name="at"/> ("U.S."), or 0 when there are fewer than two.</summary>
    private static int Initials(ReadOnlySpan<char> span, int at)
    {
        int end = at;
        while (end + 1 < span.Length && char.IsLetter(span[end]) && span[end + 1] == '.')
            end += 2;
        return end - at >= 4 ? end - at : 0;
    }

    /// <summary>The length of the run of letters and numbers at <paramref name="at"/>, with the runs joined to it.</summary>
    private static int WordLength(ReadOnlySpan<char> span, int at)
    {
        int end = at;
        while (true)
        {
            while (end < span.Length && IsLetterOrNumber(span[end]))
                end++;
            if (end + 1 < span.Length && span[end] is '\'' or '’' or '-' or '‐' && IsLetterOrNumber(span[end + 1]))
                end++;
            else
                return end - at;
        }
    }

    private int Add(string word)
    {
        int id = _stopWords.Contains(word) || IsAllDigits(word) ? LeftOut : _words.Count;
        _ids.Add(word, id);
        if (id != LeftOut)
            _words.Add(word);
        return id;
    }

    // As "w.All(char.IsDigit)" did: true for the empty word too.
    private static bool IsAllDigits(string word)
    {
        foreach (char c in word)
            if (!char.IsDigit(c))
                return false;
        return true;
    }

    /// <summary>Lower case (invariant), ’ as ', ‐ as -, no full stops, and a final 's dropped from a longer word.</summary>
    private ReadOnlySpan<char> Normalise(ReadOnlySpan<char> value)
    {
        if (_buffer.Length < value.Length)
            _buffer = new char[value.Length * 2];
        int kept = 0;
        // Most words are ASCII with at most a curly apostrophe or a hyphen: lowered here, as the invariant culture
        // lowers them. A word with another character goes to ToLowerInvariant, which with ICU (the kernel's
        // globalization mode) calls into the ICU library for everything from the first character outside ASCII on.
        foreach (char c in value)
        {
            if (c == '.')
                continue;
            if (!char.IsAscii(c) && c != '’' && c != '‐')
                return NormaliseAny(value);
            _buffer[kept++] = c switch { '’' => '\'', '‐' => '-', >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')), _ => c };
        }
        return DropPossessive(kept);
    }

    private ReadOnlySpan<char> NormaliseAny(ReadOnlySpan<char> value)
    {
        int length = value.ToLowerInvariant(_buffer);
        int kept = 0;
        for (int i = 0; i < length; i++)
        {
            char c = _buffer[i];
            if (c == '.')
                continue;
            _buffer[kept++] = c switch { '’' => '\'', '‐' => '-', _ => c };
        }
        return DropPossessive(kept);
    }

    private ReadOnlySpan<char> DropPossessive(int kept)
    {
        if (kept > 2 && _buffer[kept - 2] == '\'' && _buffer[kept - 1] == 's')
            kept -= 2;
        return _buffer.AsSpan(0, kept);
    }
}
