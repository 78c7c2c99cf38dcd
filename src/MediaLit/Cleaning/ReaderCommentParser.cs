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
        var current = new List<RawLine>();
        foreach (var line in lines)
        {
            if (AvatarLine().IsMatch(line.Content.Of(raw)) && current.Count > 0)
            {
                comments.Add(Build(raw, current));
                current.Clear();
            }
            current.Add(line);
        }
        if (current.Count > 0)
            comments.Add(Build(raw, current));
        return comments;
    }

    private static ReaderComment Build(string raw, List<RawLine> lines)
    {
        var body = lines.SkipWhile(l => AvatarLine().IsMatch(l.Content.Of(raw))).ToList();
        var header = body.Count > 0 ? HeaderLine().Match(body[0].Content.Of(raw)) : Match.Empty;
        if (header.Success)
            body.RemoveAt(0);
        string text = string.Join("\n", body.Select(l => l.Content.Of(raw)));
        var span = new TextSpan(lines[0].Content.Start, lines[^1].Content.End);
        return header.Success
            ? new ReaderComment(header.Groups["author"].Value, header.Groups["posted"].Value,
                header.Groups["from"].Success ? header.Groups["from"].Value : null, text, span)
            : new ReaderComment("unknown", null, null, text, span);
    }
}
