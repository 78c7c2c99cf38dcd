namespace MediaLit.Html;

/// <summary>
/// What main-content extraction kept from a web page. <see cref="Text"/> becomes the article's raw
/// text (spans in results point into it, not into the HTML). Metadata comes from meta tags and
/// JSON-LD, with where each value was found.
/// </summary>
/// <param name="Removed">The kinds of page parts left out ("nav", "script", "comments" …), each once.</param>
/// <param name="BodyFoundIn">Which part of the page the text came from and how it was chosen, for a reader to check.</param>
public sealed record ExtractedPage(
    string? Title,
    string? TitleFoundIn,
    string? Byline,
    string? BylineFoundIn,
    DateOnly? Published,
    string? PublishedFoundIn,
    string? Outlet,
    string? Url,
    string Text,
    IReadOnlyList<string> Removed,
    string? BodyFoundIn = null);
