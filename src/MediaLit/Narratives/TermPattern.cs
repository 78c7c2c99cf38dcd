using System.Text.RegularExpressions;

namespace MediaLit.Narratives;

/// <summary>
/// The small pattern language of the narrative data files, kept simple so students can edit it
/// without learning regular expressions: alternatives separated by "|", each a word or phrase
/// matched whole and ignoring case, with "*" at the end of a word for any ending.
/// </summary>
/// <example><c>"solicit*|assassinat*"</c> matches "solicited" and "assassinate" but not "unsolicited".</example>
internal static class TermPattern
{
    public static Regex Compile(string term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        var alternatives = term.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Length == 0)
            throw new FormatException($"\"{term}\" has no words.");
        string body = string.Join("|", alternatives.Select(Alternative));
        // Linear by construction, so the backtracking interpreter is safe and no time-out is needed: this language
        // has only literal words, one run of spaces between two words and an optional run of letters after the last,
        // so no two repetitions can ever compete for the same characters (the shape that makes backtracking slow).
        // It is also cheap to build: the non-backtracking engine took about 10 s (busy machine) to build a lesson's
        // few hundred terms, the first time a notebook asked for narratives.
        return new Regex($"(?:{body})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsDigit(c);

    /// <summary>
    /// For each alternative of <paramref name="term"/>, the ASCII letters and digits its match must start with (the
    /// first word up to its first other character: "don" for "don't*"); null when an alternative starts otherwise.
    /// A sentence none of whose words starts with one of them, ignoring ASCII case, has no match (see <see cref="TermStarts"/>).
    /// </summary>
    public static string[]? Literals(string term)
    {
        var literals = new List<string>();
        foreach (string alternative in term.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int length = 0;
            while (length < alternative.Length && char.IsAsciiLetterOrDigit(alternative[length]))
                length++;
            if (length == 0)
                return null;
            literals.Add(alternative[..length]);
        }
        return literals.Count > 0 ? [.. literals] : null;
    }

    private static string Alternative(string alternative)
    {
        bool open = alternative.EndsWith('*');
        string word = open ? alternative[..^1] : alternative;
        if (word.Length == 0)
            throw new FormatException("\"*\" needs a word before it.");
        // Curly and straight apostrophes are the same letter to a reader. The seeds keep stray double and
        // non-breaking spaces, so the space between two words matches any run of white space: one \s+ however many
        // the term has (two in a row would compete for the same spaces).
        string escaped = string.Join(@"\s+", word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(piece => Regex.Replace(Regex.Escape(piece), "['’]", "['’]")));
        escaped = open ? escaped + @"[\p{L}\p{N}]*" : escaped;
        // A whole word: \b at each end that is a letter or digit (its word characters also count "_" and combining
        // marks, which cue words never sit next to). An end that is not a letter ("U.S.") needs no boundary.
        return $@"{(IsWordChar(word[0]) ? @"\b" : "")}{escaped}{(open || IsWordChar(word[^1]) ? @"\b" : "")}";
    }
}
