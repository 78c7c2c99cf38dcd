namespace MediaLit.Articles;

/// <summary>
/// A reader's comment printed under an article. Comments are not the article's text, so they are
/// kept apart from <see cref="Article.Text"/>; <see cref="RawSpan"/> points into the raw text.
/// </summary>
/// <param name="Author">The commenter's display name as printed.</param>
/// <param name="Posted">When, as printed ("4 months ago"); relative to an unknown day.</param>
/// <param name="From">The place the commenter gave, if any.</param>
public sealed record ReaderComment(string Author, string? Posted, string? From, string Text, TextSpan RawSpan);
