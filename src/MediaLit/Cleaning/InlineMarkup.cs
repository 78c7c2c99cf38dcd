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

    // Bold runs are short (a label such as "**Disclaimer:**"); a bound keeps an unclosed "**" from scanning the whole line again and again.
    [GeneratedRegex(@"\*\*(?=\S)(?<inner>.{1,300}?)(?<=\S)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\\(?=[\\`*_{}\[\]()#+\-.!""'<>|~])")]
    private static partial Regex Escape();

    /// <summary>Marks markup characters of <paramref name="line"/> in <paramref name="owner"/>; returns the links found.</summary>
    public static List<(TextSpan Anchor, TextSpan Raw, string Target)> Claim(string raw, TextSpan line, string?[] owner, out int headingLevel)
    {
        string content = line.Of(raw);
        int at = line.Start;
        headingLevel = 0;

        var heading = HeadingSigns().Match(content);
        if (heading.Success)
        {
            headingLevel = heading.Value.TrimEnd().Length;
            ClaimRange(owner, at, at + heading.Length, CleaningRuleIds.Heading);
        }

        var links = new List<(TextSpan, TextSpan, string)>();
        foreach (Match link in MarkdownLink().Matches(content))
        {
            var anchor = link.Groups["anchor"];
            ClaimRange(owner, at + link.Index, at + anchor.Index, CleaningRuleIds.Link);
            ClaimRange(owner, at + anchor.Index + anchor.Length, at + link.Index + link.Length, CleaningRuleIds.Link);
            links.Add((new TextSpan(at + anchor.Index, at + anchor.Index + anchor.Length),
                new TextSpan(at + link.Index, at + link.Index + link.Length), link.Groups["target"].Value));
        }

        foreach (Match bold in Bold().Matches(content))
        {
            ClaimRange(owner, at + bold.Index, at + bold.Index + 2, CleaningRuleIds.Emphasis);
            ClaimRange(owner, at + bold.Index + bold.Length - 2, at + bold.Index + bold.Length, CleaningRuleIds.Emphasis);
        }

        foreach (Match escape in Escape().Matches(content))
            ClaimRange(owner, at + escape.Index, at + escape.Index + 1, CleaningRuleIds.Escape);

        ClaimWholeLineItalics(raw, line, owner);
        return links;
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
