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

    // Anchor text may itself hold escaped brackets or parentheses, as in [Afro-Asian \("Indian"\) Ocean](#).
    // Non-backtracking: the pattern has one reading, and a pasted line of unclosed '[' would otherwise be
    // rescanned from every bracket (100,000 of them took minutes; see HostileInputTests).
    private static readonly Regex MarkdownLinkPattern =
        new(@"\[(?<anchor>(?:\\.|[^\]\\])*)\]\((?<target>[^)\s]*)\)", RegexOptions.NonBacktracking);

    private static Regex MarkdownLink() => MarkdownLinkPattern;

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
        // The line is read in place, never copied: links are matched inside the raw text (their groups' positions
        // are the raw text's), bold runs and escapes in the span.
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
            // Match(raw, start, length) reads only the line, as if it were the whole text, and gives raw positions.
            for (var link = MarkdownLink().Match(raw, line.Start, line.Length); link.Success; link = link.NextMatch())
            {
                var anchor = link.Groups["anchor"];
                ClaimRange(owner, link.Index, anchor.Index, CleaningRuleIds.Link);
                ClaimRange(owner, anchor.Index + anchor.Length, link.Index + link.Length, CleaningRuleIds.Link);
                links.Add((new TextSpan(anchor.Index, anchor.Index + anchor.Length),
                    new TextSpan(link.Index, link.Index + link.Length), link.Groups["target"].Value));
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
