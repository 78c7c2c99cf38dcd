namespace MediaLit.Articles;

/// <summary>
/// Raw text that cleaning left out of <see cref="Article.Text"/>, with the rule that removed it.
/// Together, the removals and the clean text account for every character of the raw text.
/// </summary>
public sealed record Removal(string RuleId, string Reason, TextSpan RawSpan)
{
    /// <summary>
    /// The removed characters. The article keeps them (all in one string, see <c>CleanRawMap</c>) to rebuild its raw
    /// text from the clean text instead of keeping both texts.
    /// </summary>
    public string Text { get; internal init; } = "";

    /// <summary>True for whitespace and markup tidying, which a lesson usually hides.</summary>
    public bool IsFormatting => RuleId.StartsWith("markup.", StringComparison.Ordinal) || RuleId == CleaningRuleIds.Whitespace;
}
