using System.Text.RegularExpressions;

namespace MediaLit.Loading;

/// <summary>
/// What an article id may be: a letter or digit, then up to 63 letters, digits, '_' or '-'
/// (<c>^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$</c>). Ids are shown in lessons, used as keys and written into
/// file names and HTML, so "000 " beside "000", or "../&lt;b&gt;x", must not get in.
/// </summary>
public static partial class ArticleId
{
    /// <summary>The pattern every id must match, also given in data/README.md.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";

    private const string Rule = "an id is 1 to 64 characters: letters A-Z or a-z, digits, '_' or '-', starting with a letter or digit";

    [GeneratedRegex(Pattern)]
    private static partial Regex Valid();

    public static bool IsValid(string? id) => id is not null && Valid().IsMatch(id);

    /// <summary>The id itself, or a CorpusException naming <paramref name="source"/> (the file or text it was given for).</summary>
    public static string Checked(string id, string source, CorpusProblem problem = CorpusProblem.InvalidArticleId) =>
        IsValid(id)
            ? id
            : throw new CorpusException(problem, source, $"The article id \"{Shown(id)}\" is not allowed: {Rule}.",
                "Choose an id such as \"005\" or \"my-article\".");

    /// <summary>
    /// An id made from a file name, for an article loaded without one: characters an id cannot hold become '-'.
    /// "My article (draft).txt" ⇒ "My-article--draft-".
    /// </summary>
    public static string FromFileName(string fileNameWithoutExtension)
    {
        var chars = fileNameWithoutExtension.Take(64)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-').ToArray();
        string id = new(chars);
        // An id starts with a letter or digit: "_draft" becomes "file_draft", an empty name "file".
        if (id.Length == 0 || !char.IsAsciiLetterOrDigit(id[0]))
            id = ("file" + id)[..Math.Min(64, id.Length + 4)];
        return id;
    }

    // The id as it may be shown in a message: control characters made visible, long ids cut.
    private static string Shown(string id)
    {
        string shown = new(id.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return id.Length > 80 ? shown + "…" : shown;
    }
}
