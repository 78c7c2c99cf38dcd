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
        // Data files are edited by hand: the non-backtracking engine keeps any term linear in the text, with no
        // time-out to fire. It has no lookarounds, so whole words are marked with \b (see Alternative).
        return new Regex($"(?:{body})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsDigit(c);

    private static string Alternative(string alternative)
    {
        bool open = alternative.EndsWith('*');
        string word = open ? alternative[..^1] : alternative;
        if (word.Length == 0)
            throw new FormatException("\"*\" needs a word before it.");
        // Curly and straight apostrophes are the same letter to a reader.
        string escaped = Regex.Replace(Regex.Escape(word), "['’]", "['’]");
        // The seeds keep stray double and non-breaking spaces, so a phrase's spaces match any run of them.
        escaped = escaped.Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        escaped = open ? escaped + @"[\p{L}\p{N}]*" : escaped;
        // A whole word: \b at each end that is a letter or digit (its word characters also count "_" and combining
        // marks, which cue words never sit next to). An end that is not a letter ("U.S.") needs no boundary.
        return $@"{(IsWordChar(word[0]) ? @"\b" : "")}{escaped}{(open || IsWordChar(word[^1]) ? @"\b" : "")}";
    }
}
