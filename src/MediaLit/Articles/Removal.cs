namespace MediaLit.Articles;

/// <summary>
/// Raw text that cleaning left out of <see cref="Article.Text"/>, with the rule that removed it.
/// Together, the removals and the clean text account for every character of the raw text.
/// </summary>
public sealed record Removal(string RuleId, string Reason, TextSpan RawSpan)
{
    internal string Source { get; init; } = "";

    /// <summary>The removed characters, read from the raw text.</summary>
    public string Text => RawSpan.Of(Source);

    /// <summary>True for whitespace and markup tidying, which a lesson usually hides.</summary>
    public bool IsFormatting => RuleId.StartsWith("markup.", StringComparison.Ordinal) || RuleId == CleaningRuleIds.Whitespace;
}
