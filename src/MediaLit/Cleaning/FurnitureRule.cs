using MediaLit.Loading;

namespace MediaLit.Cleaning;

/// <summary>How much of the page a furniture rule removes when its pattern matches a line.</summary>
public enum RuleScope
{
    /// <summary>The matching line.</summary>
    Line,
    /// <summary>The matching line and the next non-blank line (a box heading and its content).</summary>
    LineAndNext,
    /// <summary>The matching line, but only above the first line of the article that is kept.</summary>
    Header,
    /// <summary>The matching line; everything after it is the reader-comment section.</summary>
    CommentsFollow,
}

/// <summary>One rule from <c>data/rules/furniture.jsonl</c>: a line pattern for page furniture.</summary>
/// <param name="Pattern">Matched against the line with its indentation trimmed, markup still in place.</param>
public sealed record FurnitureRule(string Id, string Reason, RuleScope Scope, RulePattern Pattern, string Source);

/// <summary>One rule from <c>data/rules/metadata.jsonl</c>: a line that states a metadata value.</summary>
/// <param name="Field">author, date, outlet or republishedFrom.</param>
/// <param name="Remove">Whether the line leaves the clean text once its value is captured (bylines, datelines).</param>
/// <param name="Pattern">Matched against the line's visible text (markup removed); groups value, date, outlet.</param>
/// <param name="DateFormats">For date rules: the formats the date group is written in.</param>
public sealed record MetadataRule(string Id, string Field, bool Remove, RulePattern Pattern, Metadata.DateKind DateKind,
    IReadOnlyList<string> DateFormats, string Source);

/// <summary>One rule from <c>data/rules/captions.jsonl</c>: a sign that a paragraph is a photo caption.</summary>
public sealed record CaptionRule(string Id, RulePattern Pattern, string Source);

/// <summary>One entry of <c>data/rules/abbreviations.txt</c>.</summary>
/// <param name="BeforeNumberOnly">True for forms such as "No." that abbreviate only before a number.</param>
public sealed record Abbreviation(string Text, bool BeforeNumberOnly);
