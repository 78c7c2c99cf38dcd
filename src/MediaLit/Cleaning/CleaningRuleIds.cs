namespace MediaLit.Articles;

/// <summary>Ids of the removals that come from code rather than from <c>data/rules/</c>.</summary>
public static class CleaningRuleIds
{
    /// <summary>Blank lines, indentation, trailing spaces and carriage returns.</summary>
    public const string Whitespace = "whitespace";
    /// <summary>Markdown link syntax: the brackets and the address; the anchor text stays.</summary>
    public const string Link = "markup.link";
    /// <summary>A backslash that escaped the next character in the saved page.</summary>
    public const string Escape = "markup.escape";
    /// <summary>Asterisks for italics and bold.</summary>
    public const string Emphasis = "markup.emphasis";
    /// <summary>The '#' signs of a markdown heading.</summary>
    public const string Heading = "markup.heading";
    /// <summary>Prefix of removals made by a metadata rule: the value moved into <c>Article.Metadata</c>.</summary>
    public const string MetadataPrefix = "metadata.";
}
