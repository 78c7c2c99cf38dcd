using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Splits text into lower-case words for the vocabulary comparison. Unlike the reuse tokenizer it
/// keeps words readable ("anti-isis", "russia"): a hyphen or apostrophe between letters stays inside
/// the word, curly apostrophes become straight, a possessive 's is dropped so "Russia's" counts as "russia",
/// and dotted initials lose their dots so "U.S." and "US" are one word ("us", which is why the stop list leaves "us" out).
/// </summary>
internal static partial class WordCounter
{
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    public static IEnumerable<(string Word, TextSpan Span)> Words(string text, TextSpan within)
    {
        // The span searched as if it were the whole text, without copying it: the pattern has no anchor, boundary
        // or look-behind, so the characters outside it change nothing.
        for (var m = Word().Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
        {
            string word = m.Value.ToLowerInvariant().Replace('’', '\'').Replace('‐', '-').Replace(".", "", StringComparison.Ordinal);
            if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
                word = word[..^2];
            yield return (word, new TextSpan(m.Index, m.Index + m.Length));
        }
    }
}
