using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Splits text into lower-case words for the vocabulary comparison. Unlike the reuse tokenizer it
/// keeps words readable ("anti-isis", "russia"): a hyphen or apostrophe between letters stays inside
/// the word, curly apostrophes become straight, a possessive 's is dropped so "Russia's" counts as "russia",
/// and dotted initials lose their dots so "U.S." and "US" are one word ("us", which is why the stop list leaves "us" out).
/// </summary>
internal sealed partial class WordCounter
{
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    // One string per distinct word of a comparison, looked up by its characters: a word is normalised in a buffer and
    // a string is made only the first time it is met (the five articles have about 16,000 words and 3,000 distinct).
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private char[] _buffer = new char[64];

    /// <summary>Adds the words of <paramref name="within"/> to <paramref name="words"/>, each with where it is.</summary>
    public void AddWords(string text, TextSpan within, List<(string Word, TextSpan Span)> words)
    {
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        // The span searched as if it were the whole text, without copying it: the pattern has no anchor, boundary
        // or look-behind, so the characters outside it change nothing.
        foreach (var match in Word().EnumerateMatches(text.AsSpan(within.Start, within.Length)))
        {
            int start = within.Start + match.Index;
            var word = Normalise(text.AsSpan(start, match.Length));
            ref string? kept = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, word, out _);
            kept ??= word.ToString();
            words.Add((kept, new TextSpan(start, start + match.Length)));
        }
    }

    /// <summary>Lower case (invariant), ’ as ', ‐ as -, no full stops, and a final 's dropped from a longer word.</summary>
    private ReadOnlySpan<char> Normalise(ReadOnlySpan<char> value)
    {
        if (_buffer.Length < value.Length)
            _buffer = new char[value.Length * 2];
        int length = value.ToLowerInvariant(_buffer);
        int kept = 0;
        for (int i = 0; i < length; i++)
        {
            char c = _buffer[i];
            if (c == '.')
                continue;
            _buffer[kept++] = c switch { '’' => '\'', '‐' => '-', _ => c };
        }
        if (kept > 2 && _buffer[kept - 2] == '\'' && _buffer[kept - 1] == 's')
            kept -= 2;
        return _buffer.AsSpan(0, kept);
    }
}
