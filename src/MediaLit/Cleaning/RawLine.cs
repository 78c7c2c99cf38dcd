using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>A line of the raw text: where it starts, where its visible content is, where it ends.</summary>
/// <param name="Content">The line without indentation, trailing spaces or its line break.</param>
/// <param name="End">Just after the line's line break ("\n", "\r\n" or a lone "\r"), or the end of the text.</param>
internal readonly record struct RawLine(int Start, TextSpan Content, int End)
{
    public bool IsBlank => Content.IsEmpty;

    /// <summary>
    /// The lines of <paramref name="raw"/>. A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), so a
    /// file's line endings never decide how many paragraphs it has.
    /// </summary>
    /// <param name="lines">Where the lines are added: a list reused from article to article.</param>
    public static List<RawLine> Split(string raw, List<RawLine> lines)
    {
        int start = 0;
        while (start < raw.Length)
        {
            int lineBreak = raw.AsSpan(start).IndexOfAny('\r', '\n');
            int contentEnd = lineBreak < 0 ? raw.Length : start + lineBreak;
            int end = contentEnd;
            if (end < raw.Length)
                end += raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1;
            int contentStart = start;
            while (contentStart < contentEnd && char.IsWhiteSpace(raw[contentStart]))
                contentStart++;
            while (contentEnd > contentStart && char.IsWhiteSpace(raw[contentEnd - 1]))
                contentEnd--;
            lines.Add(new RawLine(start, new TextSpan(contentStart, contentEnd), end));
            start = end;
        }
        return lines;
    }

    /// <summary>
    /// Where the line's own line-break character is kept when the line is a paragraph: the '\n' of "\n" or
    /// "\r\n", the '\r' of a lone "\r"; -1 when the text ends without one. Cleaning only deletes, so a file
    /// with lone "\r" endings keeps '\r' between its paragraphs.
    /// </summary>
    public int BreakToKeep(string raw) =>
        End > Content.End && raw[End - 1] is '\n' or '\r' ? End - 1 : -1;
}
