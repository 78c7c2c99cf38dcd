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
    // Data files are edited by hand; a pathological pattern must fail, not hang a notebook.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static Regex Compile(string term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        var alternatives = term.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Length == 0)
            throw new FormatException($"\"{term}\" has no words.");
        string body = string.Join("|", alternatives.Select(Alternative));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    }

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
        return open ? escaped + @"[\p{L}\p{N}]*" : escaped;
    }
}
