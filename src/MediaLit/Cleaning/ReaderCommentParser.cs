using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>
/// Splits the reader-comment section into comments. A comment opens with the commenter's avatar
/// line ("… profile image"), then "Name 4 months ago from Place", then the comment's paragraphs.
/// A section without that shape becomes one comment by an unknown author: nothing is dropped.
/// </summary>
internal static partial class ReaderCommentParser
{
    [GeneratedRegex(@"profile image$")]
    private static partial Regex AvatarLine();

    // \s, not a space: HubPages puts a no-break space between the name and the age.
    [GeneratedRegex(@"^(?<author>.+?)\s+(?<posted>\d+\s+\w+\s+ago)(?:\s+from\s+(?<from>.+))?$")]
    private static partial Regex HeaderLine();

    public static IReadOnlyList<ReaderComment> Parse(string raw, IReadOnlyList<RawLine> lines)
    {
        var comments = new List<ReaderComment>();
        int first = 0;
        // Lines are read in place; only the parts a comment keeps (author, age, place, text) become strings.
        for (int i = 0; i < lines.Count; i++)
        {
            if (IsAvatar(raw, lines[i]) && i > first)
            {
                comments.Add(Build(raw, lines, first, i));
                first = i;
            }
        }
        if (lines.Count > first)
            comments.Add(Build(raw, lines, first, lines.Count));
        return comments;
    }

    private static bool IsAvatar(string raw, RawLine line) => AvatarLine().IsMatch(raw.AsSpan(line.Content.Start, line.Content.Length));

    /// <summary>The comment made of lines [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static ReaderComment Build(string raw, IReadOnlyList<RawLine> lines, int from, int to)
    {
        int body = from;
        while (body < to && IsAvatar(raw, lines[body]))
            body++;
        // Match(raw, start, length) reads the line as if it were the whole text: its anchors hold at the line's ends.
        var header = body < to ? HeaderLine().Match(raw, lines[body].Content.Start, lines[body].Content.Length) : Match.Empty;
        if (header.Success)
            body++;
        string text = Joined(raw, lines, body, to);
        var span = new TextSpan(lines[from].Content.Start, lines[to - 1].Content.End);
        return header.Success
            ? new ReaderComment(header.Groups["author"].Value, header.Groups["posted"].Value,
                header.Groups["from"].Success ? header.Groups["from"].Value : null, text, span)
            : new ReaderComment("unknown", null, null, text, span);
    }

    // The lines' contents joined by "\n", made in one string.
    private static string Joined(string raw, IReadOnlyList<RawLine> lines, int from, int to)
    {
        if (from >= to)
            return "";
        int length = to - from - 1;
        for (int i = from; i < to; i++)
            length += lines[i].Content.Length;
        return string.Create(length, (raw, lines, from, to), static (into, state) =>
        {
            int at = 0;
            for (int i = state.from; i < state.to; i++)
            {
                if (i > state.from)
                    into[at++] = '\n';
                var content = state.lines[i].Content;
                state.raw.AsSpan(content.Start, content.Length).CopyTo(into[at..]);
                at += content.Length;
            }
        });
    }
}
