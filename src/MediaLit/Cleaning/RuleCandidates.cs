using System.Buffers;
using MediaLit.Loading;

namespace MediaLit.Cleaning;

/// <summary>Which lines of an article each furniture and metadata rule may match, found with one search a rule.</summary>
internal static class RuleCandidates
{
    /// <summary>
    /// For each line and furniture or metadata rule (furniture first, <paramref name="stride"/> rules a line), whether the
    /// rule may match the line as written or as read. Each rule searches all the ruled lines, joined by '\n', once,
    /// instead of being called on every line: a call costs more than a line's search (a time-out to arm, an engine to
    /// rent). A line with a match of its own always gets a match starting in it (<see cref="RulePattern.ScansLines"/>),
    /// and after a match the search goes on from the next line, so every such line is marked; a marked line is still
    /// tried alone, so the answer is the line's own. A rule that cannot search joined lines marks every line.
    /// </summary>
    public static bool[] Find(string raw, List<RawLine> lines, CleaningRules rules, string?[] scratch, CleanerScratch work, out int stride)
    {
        var furniture = rules.Furniture;
        var metadata = rules.Metadata;
        stride = furniture.Count + metadata.Count;
        var may = ArrayPool<bool>.Shared.Rent(Math.Max(1, stride * lines.Count));
        Array.Clear(may, 0, stride * lines.Count);

        // The ruled lines as written and, when they hold markup, as read; the markup found here is found again, in
        // order with the other claims, when the line's turn comes.
        var segments = work.Segments;
        int length = 0;
        for (int n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.IsBlank || line.Content.Length > CleaningRules.MaxRuleLineLength)
                continue;
            Append(work, ref length, raw.AsSpan(line.Content.Start, line.Content.Length), n);
            InlineMarkup.Claim(raw, line.Content, scratch, work.LinksSeen, out _);
            if (scratch.AsSpan(line.Content.Start, line.Content.Length).IndexOfAnyExcept((string?)null) >= 0)
                Append(work, ref length, ArticleCleaner.VisibleText(raw, line.Content, scratch, ref work.Visible), n);
            Array.Clear(scratch, line.Content.Start, line.Content.Length);
            work.LinksSeen.Clear();
        }

        var text = work.RuleText.AsSpan(0, length);
        for (int r = 0; r < stride; r++)
        {
            var pattern = r < furniture.Count ? furniture[r].Pattern : metadata[r - furniture.Count].Pattern;
            if (!pattern.ScansLines)
            {
                for (int n = 0; n < lines.Count; n++)
                    may[n * stride + r] = true;
                continue;
            }
            for (int at = 0, s = 0; at < length;)
            {
                int found = pattern.FirstMatch(text, at);
                if (found < 0)
                    break;
                // The segment the match starts in: the last one starting at or before it.
                while (s + 1 < segments.Count && segments[s + 1].Start <= found)
                    s++;
                may[segments[s].Line * stride + r] = true;
                at = s + 1 < segments.Count ? segments[s + 1].Start : length;
            }
        }
        return may;
    }

    private static void Append(CleanerScratch work, ref int length, ReadOnlySpan<char> segment, int line)
    {
        if (work.RuleText.Length < length + segment.Length + 1)
            Array.Resize(ref work.RuleText, Math.Max(length + segment.Length + 1, 2 * work.RuleText.Length));
        work.Segments.Add((length, line));
        segment.CopyTo(work.RuleText.AsSpan(length));
        length += segment.Length;
        work.RuleText[length++] = '\n';
    }
}
