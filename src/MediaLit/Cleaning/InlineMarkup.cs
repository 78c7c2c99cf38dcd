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

    // Bold runs are short (a label such as "**Disclaimer:**"): at most this many characters between the stars.
    private const int MaxBoldLength = 300;

    [GeneratedRegex(@"\\(?=[\\`*_{}\[\]()#+\-.!""'<>|~])")]
    private static partial Regex Escape();

    /// <summary>Marks markup characters of <paramref name="line"/> in <paramref name="owner"/>; returns the links found.</summary>
    public static IReadOnlyList<(TextSpan Anchor, TextSpan Raw, string Target)> Claim(string raw, TextSpan line, string?[] owner, out int headingLevel)
    {
        int at = line.Start;
        headingLevel = 0;
        var content = raw.AsSpan(line.Start, line.Length);
        // The line is read in place; a string of it is made only for links and bold runs, which few lines have.
        string? text = null;

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

        List<(TextSpan, TextSpan, string)>? links = null;
        if (content.Contains('['))
        {
            text ??= line.Of(raw);
            foreach (var link in MarkdownLinks(text))
            {
                ClaimRange(owner, at + link.Open, at + link.Open + 1, CleaningRuleIds.Link);
                ClaimRange(owner, at + link.Close, at + link.End, CleaningRuleIds.Link);
                (links ??= []).Add((new TextSpan(at + link.Open + 1, at + link.Close),
                    new TextSpan(at + link.Open, at + link.End), text[(link.Close + 2)..(link.End - 1)]));
            }
        }

        if (content.Contains("**", StringComparison.Ordinal))
        {
            foreach (var (open, close) in BoldRuns(text ??= line.Of(raw)))
            {
                ClaimRange(owner, at + open, at + open + 2, CleaningRuleIds.Emphasis);
                ClaimRange(owner, at + close, at + close + 2, CleaningRuleIds.Emphasis);
            }
        }

        if (content.Contains('\\'))
            foreach (var escape in Escape().EnumerateMatches(content))
                ClaimRange(owner, at + escape.Index, at + escape.Index + 1, CleaningRuleIds.Escape);

        ClaimWholeLineItalics(raw, line, owner);
        return links ?? (IReadOnlyList<(TextSpan, TextSpan, string)>)[];
    }

    /// <summary>
    /// Markdown links as the pattern <c>\[(?&lt;anchor&gt;(?:\\.|[^\]\\])*)\]\((?&lt;target&gt;[^)\s]*)\)</c> finds them, left to
    /// right without overlap. The anchor may hold escaped brackets or parentheses, as in
    /// <c>[Afro-Asian \("Indian"\) Ocean](#)</c>; the target has no space and no ')'.
    /// The pattern has one reading (an anchor runs to its first unescaped ']'), so a scan finds the same links. It is
    /// a scan because the pattern retries from every '[', and a pasted line of 100,000 unclosed '[' took minutes
    /// (HostileInputTests); the non-backtracking engine that avoided that cost a kernel's first cell about
    /// 170 JIT-compiled methods of its own (every lesson loads the corpus in its first cell).
    /// </summary>
    /// <returns>For each link, the index of its '[', of the ']' that closes its anchor, and one past its ')'.</returns>
    internal static List<(int Open, int Close, int End)> MarkdownLinks(string line)
    {
        var links = new List<(int, int, int)>();
        for (int open = line.IndexOf('['); open >= 0;)
        {
            int close = AnchorEnd(line, open + 1);
            if (close + 1 < line.Length && line[close] == ']' && line[close + 1] == '(')
            {
                int target = close + 2;
                while (target < line.Length && line[target] != ')' && !char.IsWhiteSpace(line[target]))
                    target++;
                if (target < line.Length && line[target] == ')')
                {
                    links.Add((open, close, target + 1));
                    open = line.IndexOf('[', target + 1);
                    continue;
                }
            }
            // A '[' before close starts an anchor that also runs to close (it sits on a boundary of this anchor's
            // characters and escapes), so it cannot open a link either: the next try is after close.
            open = line.IndexOf('[', close);
        }
        return links;
    }

    // One past the anchor's last character: the first ']' that is not escaped, a '\' that escapes nothing
    // (at the end, or before a line break, which '.' does not match), or the end of the line.
    private static int AnchorEnd(string line, int at)
    {
        while (at < line.Length && line[at] != ']')
        {
            if (line[at] == '\\')
            {
                if (at + 1 >= line.Length || line[at + 1] == '\n')
                    break;
                at++;
            }
            at++;
        }
        return at;
    }

    /// <summary>
    /// "**bold**" runs as the pattern <c>\*\*(?=\S)(.{1,300}?)(?&lt;=\S)\*\*</c> finds them, left to right without
    /// overlap: an opening "**" before a non-space, closed by the first "**" after a non-space within 300 characters.
    /// Done with a list of the possible closings and a binary search, because the pattern retried up to 300
    /// characters from every unclosed "**" ("**a **a **a …": 100 KB took 0.7 s).
    /// </summary>
    /// <returns>The index of each opening and closing "**" in <paramref name="line"/>.</returns>
    internal static List<(int Open, int Close)> BoldRuns(string line)
    {
        var runs = new List<(int, int)>();
        var closings = new List<int>(); // every "**" that follows a non-space, in order
        for (int i = line.IndexOf("**", StringComparison.Ordinal); i >= 0; i = line.IndexOf("**", i + 1, StringComparison.Ordinal))
            if (i > 0 && !char.IsWhiteSpace(line[i - 1]))
                closings.Add(i);
        int from = 0;
        for (int open = line.IndexOf("**", StringComparison.Ordinal); open >= 0; open = line.IndexOf("**", from, StringComparison.Ordinal))
        {
            from = open + 1;
            if (open + 2 >= line.Length || char.IsWhiteSpace(line[open + 2]))
                continue;
            // The inner text is at least one character: the closing starts at open + 3 or later.
            int k = closings.BinarySearch(open + 3);
            int close = k >= 0 ? closings[k] : ~k < closings.Count ? closings[~k] : -1;
            if (close < 0 || close - (open + 2) > MaxBoldLength || line.AsSpan(open + 2, close - open - 2).Contains('\n'))
                continue;
            runs.Add((open, close));
            from = close + 2;
        }
        return runs;
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
