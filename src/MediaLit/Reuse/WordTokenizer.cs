using System.Text;

namespace MediaLit.Reuse;

/// <summary>
/// Splits a text into words for reuse detection. A copy differs from its source in typography
/// (curly or straight quotes, brackets turned into a semicolon, dropped quotation marks), so
/// punctuation never reaches the key: only letters and digits, in lower case.
/// </summary>
/// <example>"(officially designated as \"terrorists\" by Moscow)" and
/// "; officially designated as terrorists by Moscow" give the same six keys.</example>
internal static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text) => Tokenize(text, new WordPool());

    /// <summary>The words of <paramref name="text"/>, their keys shared through <paramref name="pool"/>.</summary>
    public static WordToken[] Tokenize(string text, WordPool pool)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Counted first so the array is made once at its size: a growing list and its copy cost twice the memory.
        var tokens = new WordToken[CountWords(text)];
        var (key, buffer) = Scratch();
        int i = 0, count = 0;
        while (Next(text, ref i, key, out int start))
        {
            if (key.Length > buffer.Length)
                buffer = t_buffer = new char[key.Length * 2];
            key.CopyTo(0, buffer, 0, key.Length);
            tokens[count++] = new WordToken(pool.Intern(buffer.AsSpan(0, key.Length)), start, i);
        }
        return tokens;
    }

    /// <summary>How many words <see cref="Tokenize(string, WordPool)"/> would find, without keeping any.</summary>
    public static int CountWords(string text)
    {
        int i = 0, count = 0;
        while (Next(text, ref i, key: null, out _))
            count++;
        return count;
    }

    /// <summary>
    /// Hashes of the words' keys, in order, without making a string per word: for the candidate
    /// search over a whole feed (<see cref="ShingleIndex"/>). Hashes are only compared within one process.
    /// </summary>
    /// <returns>How many hashes were written into <paramref name="hashes"/>, which must hold one per word.</returns>
    public static int KeyHashes(string text, Span<int> hashes)
    {
        var (key, buffer) = Scratch();
        int i = 0, count = 0;
        while (Next(text, ref i, key, out _))
        {
            if (key.Length > buffer.Length)
                buffer = t_buffer = new char[key.Length * 2];
            key.CopyTo(0, buffer, 0, key.Length);
            hashes[count++] = string.GetHashCode(buffer.AsSpan(0, key.Length));
        }
        return count;
    }

    // A key's characters are gathered here, one builder and buffer per thread (a feed is split on every core at once)
    // rather than a new pair for every text: reuse reads each text of a feed two or three times.
    [ThreadStatic] private static StringBuilder? t_key;
    [ThreadStatic] private static char[]? t_buffer;

    private static (StringBuilder Key, char[] Buffer) Scratch() =>
        ((t_key ??= new StringBuilder()).Clear(), t_buffer ??= new char[64]);

    /// <summary>The one definition of a word: the next from <paramref name="i"/>, its key in <paramref name="key"/> (when given); false at the end.</summary>
    private static bool Next(string text, ref int i, StringBuilder? key, out int start)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            i++;
        start = i;
        if (i == text.Length)
            return false;
        key?.Clear();
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                key?.Append(char.ToLowerInvariant(c));
                i++;
            }
            // An apostrophe or hyphen between two letters joins them into one word ("it’s",
            // "military-intelligence"), so word counts match what a reader counts. It is left
            // out of the key, so "multi-polar" still matches "multipolar".
            else if (IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                i++;
            else
                break;
        }
        return true;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '‑';
}
