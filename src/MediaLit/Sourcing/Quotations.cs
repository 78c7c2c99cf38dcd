using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>
/// Finds direct quotations in a paragraph: text between curly quotes, or between straight double
/// quotes taken in pairs. A quotation may run over several sentences ("… No more than that.”").
/// </summary>
internal static class Quotations
{
    /// <summary>Words a quotation needs before it counts as someone's words and not scare quotes ("international legitimacy").</summary>
    public const int MinimumWords = 4;

    public static List<TextSpan> Find(string text, TextSpan paragraph) => Find(text, paragraph, []);

    /// <summary>
    /// <see cref="Find(string, TextSpan)"/> into <paramref name="quotes"/>, emptied first: the attribution finder reads
    /// one paragraph at a time and keeps one list for all of them.
    /// </summary>
    public static List<TextSpan> Find(string text, TextSpan paragraph, List<TextSpan> quotes)
    {
        quotes.Clear();
        int open = -1;
        char closer = '\0';
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (open < 0 && (c == '“' || c == '"'))
            {
                open = i;
                closer = c == '“' ? '”' : '"';
            }
            else if (open >= 0 && c == closer)
            {
                quotes.Add(new TextSpan(open, i + 1));
                open = -1;
            }
        }
        return quotes;
    }

    /// <summary>True for a quotation long enough to be someone's words.</summary>
    public static bool IsSpeech(string text, TextSpan quote) => WordRuns.AtLeast(text, quote, MinimumWords);
}
