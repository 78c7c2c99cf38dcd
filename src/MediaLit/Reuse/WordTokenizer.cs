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
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        var key = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            key.Clear();
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    key.Append(char.ToLowerInvariant(c));
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
            tokens.Add(new WordToken(key.ToString(), start, i));
        }
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '‑';
}
