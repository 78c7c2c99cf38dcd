using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>
/// The sources a sentence gives without a reporting verb (fourth round, docs/quality.md "Sources"): each rule rests on
/// sentence structure, and the words it reads are lists in <c>data/lexicons/attribution-grammar.jsonl</c>.
/// </summary>
internal sealed partial class AttributionFinder
{
    /// <summary>
    /// Sources given without a reporting verb: a report nobody owns ("there have also been reports that", "rumours
    /// surfaced that") is hearsay, unless a negator says there was none ("there were no reports of injuries"); the maker
    /// of a statement ("a statement Winfrey made"), a named person before a quoted predicate, and the agent of a
    /// statement's passive ("This statement was made by Deputy Minister Abdel Aziz Seif el-Nasr") are speakers.
    /// </summary>
    /// <remarks>Added to <paramref name="into"/> rather than yielded: an iterator per sentence was allocated for the few that have any.</remarks>
    private void WithoutCue(Sentence sentence, List<TextSpan> quotes, List<Attribution> into)
    {
        var s = sentence.Span;
        // Each pattern is first only tested (no Match made, no groups found), and only where the sentence has one of
        // their nouns: most sentences hold none of them.
        var words = Chars(s);
        bool nouns = Grammar.MayHoldPatternNoun(words);
        var report = nouns && Grammar.UnownedReport.IsMatch(words) ? Grammar.UnownedReport.Match(Text, s.Start, s.Length) : Match.Empty;
        if (report.Success && !quotes.AnyContains(new TextSpan(report.Index, report.Index + report.Length))
            && !Letters().Matches(report.Groups["fill"].Value).Any(w => Grammar.Negators.Contains(w.Value)))
            into.Add(Make(sentence, s, null, SourceMention.UnnamedGroup, AttributionForm.Hearsay,
                new AttributionCue(report.Value, CueType.Hearsay, AttributionGrammar.FileName + ": report-nouns"), quotes));
        // "a statement Winfrey made on a recent show": the named maker of a statement is its speaker.
        var named = nouns && Grammar.StatementNamedMade.IsMatch(words) ? Grammar.StatementNamedMade.Match(Text, s.Start, s.Length) : Match.Empty;
        if (named.Success && !quotes.AnyContains(new TextSpan(named.Index, named.Index + named.Length)))
        {
            var who = named.Groups["who"];
            if (PersonNamed(Text.AsSpan(who.Index, who.Length)) is { } maker)
                into.Add(Make(sentence, s, new TextSpan(who.Index, who.Index + who.Length), maker, AttributionForm.ReportingVerb,
                    new AttributionCue(named.Value, CueType.Speech, AttributionGrammar.FileName + ": statement-nouns"), quotes));
        }
        // "… said that ICRC President Jacob Kellenberger “deplored the fact that …”": a named person right before a quoted
        // predicate (a quotation of four words or more that opens in lower case) said it. A one-word nickname
        // ("Lewis “Scooter” Libby") or a capitalised title in quotation marks is not a predicate.
        // The paragraph's quotations are sorted: start at the first that ends inside this sentence, so a paragraph of many
        // short quoted sentences costs its quotations once, not sentences × quotations.
        for (int q = SortedSpans.FirstEndingAfter(quotes, s.Start); q < quotes.Count && quotes[q].Start < s.End; q++)
        {
            var quote = quotes[q];
            if (quote.Start < s.Start || !Quotations.IsSpeech(Text, quote) || quote.Length < 2 || !char.IsLower(Text[quote.Start + 1])
                || !ClauseEndsAfter(quote.End, s.End))
                continue;
            if (NameRightBefore(s.Start, quote.Start) is { } nameSpan && PersonNamed(Chars(nameSpan)) is { } person)
                into.Add(Make(sentence, quote, nameSpan, person, AttributionForm.ReportingVerb,
                    new AttributionCue("quoted predicate", CueType.Speech, "a name right before a quotation that opens in lower case"), quotes));
        }
        var made = nouns && Grammar.StatementMadeBy.IsMatch(words) ? Grammar.StatementMadeBy.Match(Text, s.Start, s.Length) : Match.Empty;
        if (made.Success && !quotes.AnyContains(new TextSpan(made.Index, made.Index + made.Length)))
        {
            var cue = new AttributionCue(made.Value.Trim(), CueType.Speech, AttributionGrammar.FileName + ": statement-nouns");
            foreach (var (span, mention) in PassiveAgentAfter(made.Groups["by"].Index, s.End))
                into.Add(Make(sentence, s, span, mention, AttributionForm.ReportingVerb, cue, quotes));
        }
    }

    // A quoted predicate ends its clause: after the closing mark comes a stop, a comma or the sentence's end, not
    // another word ("the singer Anna Berg “in the dark of night” tour" names a tour).
    private bool ClauseEndsAfter(int quoteEnd, int sentenceEnd)
    {
        int at = quoteEnd;
        while (at < sentenceEnd && char.IsWhiteSpace(Text[at]))
            at++;
        return at >= sentenceEnd || Text[at] is '.' or ',' or ';' or ':' or '!' or '?' or ')';
    }

    /// <summary>The run of up to four capitalised words that ends right before <paramref name="end"/> (white space aside), or null.</summary>
    private TextSpan? NameRightBefore(int start, int end)
    {
        int runEnd = end;
        while (runEnd > start && char.IsWhiteSpace(Text[runEnd - 1]))
            runEnd--;
        if (runEnd == end)
            return null;
        int runStart = runEnd;
        for (int words = 0; words < 4 && LastWord(start, runStart) is { } w && char.IsUpper(Text[w.Start]); words++)
            runStart = w.Start;
        return runStart < runEnd ? new TextSpan(runStart, runEnd) : null;
    }
}
