using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>
/// Finds markdown syntax inside a kept line: heading signs, links, emphasis and escapes.
/// Only the syntax is claimed for removal; the words it wraps stay in the article.
/// </summary>
internal static partial class InlineMarkup
{
    [GeneratedRegex(@"^#{1,6}[ \t]+")]
    private static partial Regex HeadingSigns();

    /// <summary>
    /// The link syntax, as the pattern <c>\[(?&lt;anchor&gt;(?:\\.|[^\]\\])*)\]\((?&lt;target&gt;[^)\s]*)\)</c> reads it (anchor text may
    /// hold escaped brackets or parentheses, as in <c>[Afro-Asian \("Indian"\) Ocean](#)</c>), used as a reference in the tests.
    /// </summary>
    internal const string LinkPattern = @"\[(?<anchor>(?:\\.|[^\]\\])*)\]\((?<target>[^)\s]*)\)";

    /// <summary>One markdown link: where it starts and ends, its anchor text and its target, as positions in the text read.</summary>
    internal readonly record struct LinkSyntax(int Start, int End, int AnchorStart, int AnchorEnd, int TargetStart, int TargetEnd);

    /// <summary>
    /// The links of <paramref name="line"/>, left to right without overlap, exactly as <see cref="LinkPattern"/> finds
    /// them. Read by hand because the pattern has one reading from each '[': the anchor runs to the first ']' that no
    /// backslash escapes, then "(" and a target without spaces up to ")". Every character is read a bounded number of
    /// times (100,000 unclosed brackets, or "[](" repeated, stay linear), and nothing is allocated: the non-backtracking engine it
    /// replaces built its matcher in every process and made a dozen objects for each link it found.
    /// </summary>
    internal static LinkSyntax? NextLink(ReadOnlySpan<char> line, int from)
    {
        // The end of the last target read from scannedFrom: no ')' and no white space between the two.
        int scannedFrom = -1, scanned = -1;
        while (from < line.Length)
        {
            int open = line[from..].IndexOf('[');
            if (open < 0)
                return null;
            open += from;
            int i = open + 1;
            // (?:\\.|[^\]\\])*: an escape takes the next character whatever it is ('.' is anything but a line feed).
            while (i < line.Length)
            {
                char c = line[i];
                if (c == '\\')
                {
                    if (i + 1 >= line.Length || line[i + 1] == '\n')
                        break;
                    i += 2;
                }
                else if (c == ']')
                    break;
                else
                    i++;
            }
            // A '[' inside this anchor is read to the same end (both readings step over the same escapes from there),
            // so if this one fails, it fails too: the next try starts after the anchor, and no character is read twice.
            from = Math.Max(open + 1, i);
            if (i + 1 >= line.Length || line[i] != ']' || line[i + 1] != '(')
                continue;
            int target = i + 2, end = target;
            if (target >= scannedFrom && target <= scanned)
                end = scanned;
            else
            {
                while (end < line.Length && line[end] != ')' && !char.IsWhiteSpace(line[end]))
                    end++;
                (scannedFrom, scanned) = (target, end);
            }
            if (end >= line.Length || line[end] != ')')
                continue;
            return new LinkSyntax(open, end + 1, open + 1, i, target, end);
        }
        return null;
    }

    // Bold runs are short (a label such as "**Disclaimer:**"): at most this many characters between the stars.
    private const int MaxBoldLength = 300;

    [GeneratedRegex(@"\\(?=[\\`*_{}\[\]()#+\-.!""'<>|~])")]
    private static partial Regex Escape();

    /// <summary>
    /// Marks markup characters of <paramref name="line"/> in <paramref name="owner"/>; adds the links found to
    /// <paramref name="links"/> (anchor, whole link, target), in order.
    /// </summary>
    public static void Claim(string raw, TextSpan line, string?[] owner, List<(TextSpan Anchor, TextSpan Raw, string Target)> links, out int headingLevel)
    {
        int at = line.Start;
        headingLevel = 0;
        // The line is read in place, never copied: links, bold runs and escapes are found in the span.
        var content = raw.AsSpan(line.Start, line.Length);

        // Each kind of markup is looked for only when its sign is in the line: most lines have none, and a search
        // that finds nothing still allocates its match collection.
        if (content.StartsWith('#'))
        {
            foreach (var heading in HeadingSigns().EnumerateMatches(content))
            {
                // The signs, without the spaces after them.
                headingLevel = content[..heading.Length].TrimEnd().Length;
                ClaimRange(owner, at, at + heading.Length, CleaningRuleIds.Heading);
                break;
            }
        }

        if (content.Contains('['))
        {
            for (var link = NextLink(content, 0); link is { } l; link = NextLink(content, l.End))
            {
                ClaimRange(owner, at + l.Start, at + l.AnchorStart, CleaningRuleIds.Link);
                ClaimRange(owner, at + l.AnchorEnd, at + l.End, CleaningRuleIds.Link);
                links.Add((new TextSpan(at + l.AnchorStart, at + l.AnchorEnd), new TextSpan(at + l.Start, at + l.End),
                    l.TargetEnd == l.TargetStart ? "" : raw.Substring(at + l.TargetStart, l.TargetEnd - l.TargetStart)));
            }
        }

        if (content.Contains("**", StringComparison.Ordinal))
        {
            foreach (var (open, close) in BoldRuns(content))
            {
                ClaimRange(owner, at + open, at + open + 2, CleaningRuleIds.Emphasis);
                ClaimRange(owner, at + close, at + close + 2, CleaningRuleIds.Emphasis);
            }
        }

        if (content.Contains('\\'))
            foreach (var escape in Escape().EnumerateMatches(content))
                ClaimRange(owner, at + escape.Index, at + escape.Index + 1, CleaningRuleIds.Escape);

        ClaimWholeLineItalics(raw, line, owner);
    }

    /// <summary>
    /// "**bold**" runs as the pattern <c>\*\*(?=\S)(.{1,300}?)(?&lt;=\S)\*\*</c> finds them, left to right without
    /// overlap: an opening "**" before a non-space, closed by the first "**" after a non-space within 300 characters.
    /// Done with a list of the possible closings and a binary search, because the pattern retried up to 300
    /// characters from every unclosed "**" ("**a **a **a …": 100 KB took 0.7 s).
    /// </summary>
    /// <returns>The index of each opening and closing "**" in <paramref name="line"/>.</returns>
    internal static List<(int Open, int Close)> BoldRuns(ReadOnlySpan<char> line)
    {
        var runs = new List<(int, int)>();
        var closings = new List<int>(); // every "**" that follows a non-space, in order
        for (int i = IndexOfStars(line, 0); i >= 0; i = IndexOfStars(line, i + 1))
            if (i > 0 && !char.IsWhiteSpace(line[i - 1]))
                closings.Add(i);
        int from = 0;
        for (int open = IndexOfStars(line, 0); open >= 0; open = IndexOfStars(line, from))
        {
            from = open + 1;
            if (open + 2 >= line.Length || char.IsWhiteSpace(line[open + 2]))
                continue;
            // The inner text is at least one character: the closing starts at open + 3 or later.
            int k = closings.BinarySearch(open + 3);
            int close = k >= 0 ? closings[k] : ~k < closings.Count ? closings[~k] : -1;
            if (close < 0 || close - (open + 2) > MaxBoldLength || line.Slice(open + 2, close - open - 2).Contains('\n'))
                continue;
            runs.Add((open, close));
            from = close + 2;
        }
        return runs;
    }

    // The first "**" at or after 'from', or -1 (string.IndexOf's contract, on a span).
    private static int IndexOfStars(ReadOnlySpan<char> line, int from)
    {
        if (from > line.Length)
            return -1;
        int found = line[from..].IndexOf("**", StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    // "*An italic standfirst.*": one asterisk at each end of the visible line, not escaped. A neighbouring
    // asterisk already claimed as bold does not count ("*Italic and **bold***").
    private static void ClaimWholeLineItalics(string raw, TextSpan line, string?[] owner)
    {
        int first = line.Start, last = line.End - 1;
        while (first < last && (owner[first] is not null || char.IsWhiteSpace(raw[first]))) first++;
        while (last > first && (owner[last] is not null || char.IsWhiteSpace(raw[last]))) last--;
        if (last - first >= 2 && raw[first] == '*' && raw[last] == '*'
            && (raw[first + 1] != '*' || owner[first + 1] is not null)
            && (raw[last - 1] != '*' || owner[last - 1] is not null) && raw[last - 1] != '\\')
        {
            owner[first] = CleaningRuleIds.Emphasis;
            owner[last] = CleaningRuleIds.Emphasis;
        }
    }

    public static void ClaimRange(string?[] owner, int start, int end, string ruleId)
    {
        for (int i = start; i < end; i++)
            owner[i] ??= ruleId;
    }
}
