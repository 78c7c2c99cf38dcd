using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>A line of the raw text: where it starts, where its visible content is, where it ends.</summary>
/// <param name="Content">The line without indentation, trailing spaces, '\r' or '\n'.</param>
/// <param name="End">Just after the line's '\n' (or the end of the text).</param>
internal readonly record struct RawLine(int Start, TextSpan Content, int End)
{
    public bool IsBlank => Content.IsEmpty;

    public static List<RawLine> Split(string raw)
    {
        var lines = new List<RawLine>();
        int start = 0;
        while (start < raw.Length)
        {
            int newline = raw.IndexOf('\n', start);
            int end = newline < 0 ? raw.Length : newline + 1;
            int contentStart = start, contentEnd = newline < 0 ? raw.Length : newline;
            while (contentStart < contentEnd && char.IsWhiteSpace(raw[contentStart]))
                contentStart++;
            while (contentEnd > contentStart && char.IsWhiteSpace(raw[contentEnd - 1]))
                contentEnd--;
            lines.Add(new RawLine(start, new TextSpan(contentStart, contentEnd), end));
            start = end;
        }
        return lines;
    }
}
