namespace MediaLit.Articles;

/// <summary>
/// A hyperlink from the raw page. The markup is removed; the anchor text stays in the article.
/// <see cref="Target"/> is what the page linked to ("#" when the copy kept no address).
/// </summary>
public sealed record Link(TextSpan AnchorSpan, TextSpan RawSpan, string Target)
{
    internal string Source { get; init; } = "";

    public string AnchorText => AnchorSpan.Of(Source);

    /// <summary>False when the saved copy lost the address (a bare "#").</summary>
    public bool HasAddress => Target is not ("" or "#");
}
