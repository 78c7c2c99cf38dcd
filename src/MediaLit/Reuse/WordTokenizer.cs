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
        int i = 0, count = 0;
        while (Next(text, ref i, out int start))
            tokens[count++] = new WordToken(pool.Intern(Key(text.AsSpan(start, i - start))), start, i);
        return tokens;
    }

    /// <summary>How many words <see cref="Tokenize(string, WordPool)"/> would find, without keeping any.</summary>
    public static int CountWords(string text)
    {
        int i = 0, count = 0;
        while (Next(text, ref i, out _))
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
        int i = 0, count = 0;
        while (Next(text, ref i, out int start))
            hashes[count++] = string.GetHashCode(Key(text.AsSpan(start, i - start)));
        return count;
    }

    // A key's characters are gathered here, one buffer per thread (a feed is split on every core at once) rather than
    // a new one for every word: reuse reads each text of a feed two or three times.
    [ThreadStatic] private static char[]? t_key;

    /// <summary>A word's key: its letters and digits in lower case, in a buffer the next call reuses.</summary>
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> word)
    {
        var key = t_key ??= new char[64];
        if (key.Length < word.Length)
            key = t_key = new char[word.Length * 2];
        int length = 0;
        foreach (char c in word)
            if (char.IsLetterOrDigit(c))
                key[length++] = char.ToLowerInvariant(c);
        return key.AsSpan(0, length);
    }

    /// <summary>
    /// The one definition of a word: the next from <paramref name="i"/>, which ends where <paramref name="i"/> is left;
    /// false at the end. Its characters are letters, digits and the joiners between them.
    /// </summary>
    private static bool Next(string text, ref int i, out int start)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            i++;
        start = i;
        if (i == text.Length)
            return false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
                i++;
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
