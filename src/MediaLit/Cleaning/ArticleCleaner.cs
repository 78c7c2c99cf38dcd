using System.Buffers;
using System.Globalization;
using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Cleaning;

/// <summary>
/// Separates an article from its page. Every raw character is either kept or claimed by exactly
/// one rule; claimed runs become <see cref="Removal"/>s. Order of claims: reader comments, page
/// furniture, metadata lines, then markup and whitespace inside kept lines.
/// </summary>
internal static class ArticleCleaner
{
    public static CleanedText Clean(string raw, CleaningRules rules)
    {
        // Who claims each raw character, the same for one line's markup, and where each lands in the clean text.
        var owner = WorkArray<string?>.Rent(raw.Length);
        var scratch = WorkArray<string?>.Rent(raw.Length);
        // Every position of this one is written before it is read: it need not be cleared.
        var rawToClean = WorkArray<int>.Rent(raw.Length + 1, clear: false);
        try
        {
            return Clean(raw, rules, owner, scratch, rawToClean);
        }
        finally
        {
            WorkArray<string?>.Return(owner);
            WorkArray<string?>.Return(scratch);
            WorkArray<int>.Return(rawToClean);
        }
    }

    // Each rule's reason, made once per set of rules rather than once per article (a dictionary and a formatted
    // sentence for every article of a feed). Keyed by the rules object itself: a copy made with other repeated lines
    // gets its own, and rules no longer used are let go.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CleaningRules, Dictionary<string, string>> Reasons = new();

    private static Dictionary<string, string> ReasonsOf(CleaningRules rules) => Reasons.GetValue(rules, static rules =>
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CleaningRuleIds.Whitespace] = "Blank lines, indentation and line-end spaces",
            [CleaningRuleIds.Link] = "Link markup (the anchor text stays)",
            [CleaningRuleIds.Escape] = "Escape character from the saved page",
            [CleaningRuleIds.Emphasis] = "Italic or bold markup",
            [CleaningRuleIds.Heading] = "Heading markup",
        };
        foreach (var rule in rules.Furniture)
            reasons[rule.Id] = rule.Reason;
        reasons[FeedRules.RepeatedLineId] =
            $"Repeated in at least {rules.Feed.RepeatedLine.Share:P0} of the feed's articles: the site's furniture, not the story";
        // A metadata line is removed under its rule's id; the field named is the rule's (a date rule's first finding is its date).
        foreach (var rule in rules.Metadata.Where(r => r.Remove))
            reasons[CleaningRuleIds.MetadataPrefix + rule.Id] = $"Metadata line: its {rule.Field} is kept in the article's metadata";
        return reasons;
    });

    private static CleanedText Clean(string raw, CleaningRules rules, string?[] owner, string?[] scratch, int[] rawToClean)
    {
        var work = CleanerScratch.Take();
        bool[]? candidates = null;
        try
        {
            var lines = RawLine.Split(raw, work.Lines);
            candidates = RuleCandidates.Find(raw, lines, rules, scratch, work, out int stride);
            return Clean(raw, rules, owner, scratch, rawToClean, work, candidates, stride);
        }
        finally
        {
            if (candidates is not null)
                ArrayPool<bool>.Shared.Return(candidates);
            CleanerScratch.Give(work);
        }
    }

    private static CleanedText Clean(string raw, CleaningRules rules, string?[] owner, string?[] scratch, int[] rawToClean, CleanerScratch work,
        bool[] candidates, int stride)
    {
        var reasons = ReasonsOf(rules);
        var lines = work.Lines;
        var findings = new List<MetadataFinding>();
        var kept = work.Kept;
        var linkCandidates = work.Links;
        var commentLines = work.CommentLines;
        bool inComments = false, anyKept = false;
        FurnitureRule? claimNext = null;

        // A line's markup is found once, in scratch: the visible text is read from it, and a kept line's claims are
        // copied to owner. Scratch is cleared for the previous line before the next one is marked.
        var marked = default(TextSpan);
        for (int n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            Array.Clear(scratch, marked.Start, marked.Length);
            marked = default;
            if (inComments)
            {
                if (!line.IsBlank)
                    commentLines.Add(line);
                InlineMarkup.ClaimRange(owner, line.Start, line.End, "reader-comments");
                continue;
            }
            if (line.IsBlank)
            {
                InlineMarkup.ClaimRange(owner, line.Start, line.End, CleaningRuleIds.Whitespace);
                continue;
            }

            // The line is read in place: a string of it is made only when a rule matches it (most lines of a feed match none).
            var content = raw.AsSpan(line.Content.Start, line.Content.Length);
            int linksBefore = linkCandidates.Count;
            InlineMarkup.Claim(raw, line.Content, scratch, linkCandidates, out int headingLevel);
            marked = line.Content;
            // A line without markup reads the same with it left out: each rule is tried on it once, not twice.
            bool markup = scratch.AsSpan(line.Content.Start, line.Content.Length).IndexOfAnyExcept((string?)null) >= 0;
            var visible = markup ? VisibleText(raw, line.Content, scratch, ref work.Visible) : content;
            string? visibleText = null;
            // A line too long to be furniture or metadata is article text: no rule is tried on it (see MaxRuleLineLength).
            bool ruled = line.Content.Length <= CleaningRules.MaxRuleLineLength;
            var may = candidates.AsSpan(n * stride, stride);
            var furniture = !ruled ? null : claimNext ?? FirstFurniture(rules, may, anyKept, content, markup, visible);
            claimNext = furniture?.Scope == RuleScope.LineAndNext && claimNext is null ? furniture : null;
            inComments = furniture?.Scope == RuleScope.CommentsFollow;

            if (claimNext is null && furniture is null && rules.RepeatedLines.Count > 0
                && rules.RepeatedLines.Contains(FeedFurniture.Normalize(visibleText ??= visible.ToString())))
            {
                InlineMarkup.ClaimRange(owner, line.Start, line.End, FeedRules.RepeatedLineId);
                linkCandidates.RemoveRange(linksBefore, linkCandidates.Count - linksBefore);
                continue;
            }
            var removing = ruled ? FindMetadata(visible, ref visibleText, line.Content, rules, may[rules.Furniture.Count..], findings) : null;
            if (furniture is not null)
            {
                InlineMarkup.ClaimRange(owner, line.Start, line.End, furniture.Id);
                linkCandidates.RemoveRange(linksBefore, linkCandidates.Count - linksBefore);
                continue;
            }
            if (removing is not null)
            {
                InlineMarkup.ClaimRange(owner, line.Start, line.End, CleaningRuleIds.MetadataPrefix + removing.RuleId);
                linkCandidates.RemoveRange(linksBefore, linkCandidates.Count - linksBefore);
                continue;
            }

            // Nothing has claimed this line's characters yet (every earlier claim ends the line's turn).
            // The line's links stay candidates from here on, as they always have, even when the line then goes as blank.
            scratch.AsSpan(line.Content.Start, line.Content.Length).CopyTo(owner.AsSpan(line.Content.Start));
            // Markup at a line's edge can leave spaces there ("# \u00A0Title", "[](#) text"): they go with it.
            for (int i = line.Content.Start; i < line.Content.End && (owner[i] is not null || char.IsWhiteSpace(raw[i])); i++)
                owner[i] ??= CleaningRuleIds.Whitespace;
            for (int i = line.Content.End - 1; i >= line.Content.Start && (owner[i] is not null || char.IsWhiteSpace(raw[i])); i--)
                owner[i] ??= CleaningRuleIds.Whitespace;
            if (visible.IsEmpty || owner.AsSpan(line.Content.Start, line.Content.Length).IndexOf((string?)null) < 0)
            {
                InlineMarkup.ClaimRange(owner, line.Start, line.End, CleaningRuleIds.Whitespace);
                continue;
            }
            InlineMarkup.ClaimRange(owner, line.Start, line.Content.Start, CleaningRuleIds.Whitespace);
            kept.Add((line, headingLevel));
            anyKept = true;
        }

        // Between kept lines exactly one line break stays (the previous line's own: '\n', or '\r' in a file
        // with old Mac endings); all other line ends go.
        for (int k = 0; k < kept.Count; k++)
        {
            var line = kept[k].Line;
            int keepNewline = k + 1 < kept.Count ? line.BreakToKeep(raw) : -1;
            for (int i = line.Content.End; i < line.End; i++)
                if (i != keepNewline)
                    owner[i] ??= CleaningRuleIds.Whitespace;
        }

        return Assemble(raw, owner, rawToClean, reasons, work, findings);
    }

    private static CleanedText Assemble(string raw, string?[] owner, int[] rawToClean, Dictionary<string, string> reasons,
        CleanerScratch work, List<MetadataFinding> findings)
    {
        var removals = work.Removals;
        int cleanLength = 0;
        // One step per run of characters with the same owner: kept text is counted, a removed run becomes one removal.
        for (int start = 0, end; start < raw.Length; start = end)
        {
            string? rule = owner[start];
            int run = owner.AsSpan(start + 1, raw.Length - start - 1).IndexOfAnyExcept(rule);
            end = run < 0 ? raw.Length : start + 1 + run;
            if (rule is null)
            {
                for (int i = start; i < end; i++)
                    rawToClean[i] = cleanLength + (i - start);
                cleanLength += end - start;
            }
            else
            {
                rawToClean.AsSpan(start, end - start).Fill(cleanLength);
                removals.Add((rule, start, end));
            }
        }
        rawToClean[raw.Length] = cleanLength;
        // The clean text is made at its final length in one copy (a builder grown to the raw length, then copied, was
        // twice the raw text of garbage per article): the kept runs between the removals, copied whole.
        string clean = string.Create(cleanLength, (raw, removals), static (into, state) =>
        {
            int at = 0, from = 0;
            foreach (var (_, start, end) in state.removals)
            {
                state.raw.AsSpan(from, start - from).CopyTo(into[at..]);
                at += start - from;
                from = end;
            }
            state.raw.AsSpan(from).CopyTo(into[at..]);
        });

        TextSpan ToClean(TextSpan rawSpan) => new(rawToClean[rawSpan.Start], rawToClean[rawSpan.End]);
        var kept = work.Kept;
        var lines = new KeptLine[kept.Count];
        for (int k = 0; k < lines.Length; k++)
            lines[k] = new KeptLine(ToClean(kept[k].Line.Content), kept[k].Line.Content, kept[k].HeadingLevel);
        // Kept by the article: exact-size arrays, and the one empty array when there is nothing (most articles of a feed).
        var candidates = work.Links;
        var links = candidates.Count == 0 ? [] : new Link[candidates.Count];
        for (int k = 0; k < links.Length; k++)
            links[k] = new Link(ToClean(candidates[k].Anchor), candidates[k].Raw, candidates[k].Target) { Source = clean };
        return new CleanedText(clean, CleanRawMap.FromRuns(raw, removals, reasons), links, lines,
            work.CommentLines.Count == 0 ? [] : ReaderCommentParser.Parse(raw, work.CommentLines), findings);
    }

    /// <summary>
    /// The line as a reader sees it: markdown syntax left out, so metadata rules need not know markdown. Written into
    /// <paramref name="buffer"/> (grown when too short), trimmed; a string of it is made only when a rule needs one.
    /// </summary>
    internal static ReadOnlySpan<char> VisibleText(string raw, TextSpan content, string?[] scratch, ref char[] buffer)
    {
        if (buffer.Length < content.Length)
            buffer = new char[Math.Max(content.Length, 2 * buffer.Length)];
        int length = 0;
        for (int i = content.Start; i < content.End; i++)
            if (scratch[i] is null)
                buffer[length++] = raw[i];
        return buffer.AsSpan(0, length).Trim();
    }

    /// <summary>The first furniture rule that matches the line, as written or as read (markup left out).</summary>
    private static FurnitureRule? FirstFurniture(CleaningRules rules, ReadOnlySpan<bool> may, bool anyKept, ReadOnlySpan<char> content, bool markup, ReadOnlySpan<char> visible)
    {
        // Indexed loops: a foreach over the rules' interface boxed an enumerator for every line.
        var furniture = rules.Furniture;
        for (int r = 0; r < furniture.Count; r++)
            if (may[r] && furniture[r] is var rule && (rule.Scope != RuleScope.Header || !anyKept) && (rule.Pattern.IsMatch(content) || (markup && rule.Pattern.IsMatch(visible))))
                return rule;
        return null;
    }

    /// <summary>
    /// Adds what the metadata rules read from the line to <paramref name="all"/>; returns the first finding of a rule that
    /// removes its line, if any. The line's string is made only for a rule that matches (its groups need one).
    /// </summary>
    private static MetadataFinding? FindMetadata(ReadOnlySpan<char> visible, ref string? visibleText, TextSpan evidence, CleaningRules rules,
        ReadOnlySpan<bool> may, List<MetadataFinding> all)
    {
        MetadataFinding? removing = null;
        var metadata = rules.Metadata;
        for (int r = 0; r < metadata.Count; r++)
        {
            var rule = metadata[r];
            if (!may[r] || !rule.Pattern.IsMatch(visible))
                continue;
            var match = rule.Pattern.Match(visibleText ??= visible.ToString());
            int before = all.Count;
            if (rule.Field == "date")
            {
                string dateText = match.Groups["date"].Value;
                if (!DateOnly.TryParseExact(dateText, [.. rule.DateFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    continue;
                all.Add(new MetadataFinding("date", dateText, evidence, rule.Id, new PublicationDate(date, DatePrecision.Day, rule.DateKind)));
                if (match.Groups["outlet"].Success)
                    all.Add(new MetadataFinding("outlet", match.Groups["outlet"].Value.Trim(), evidence, rule.Id));
            }
            else
            {
                all.Add(new MetadataFinding(rule.Field, match.Groups["value"].Value.Trim(), evidence, rule.Id));
            }
            if (rule.Remove && removing is null)
                removing = all[before];
        }
        return removing;
    }
}
