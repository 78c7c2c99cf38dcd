using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>A kept line of the raw text, now one paragraph of the clean text.</summary>
internal readonly record struct KeptLine(TextSpan CleanSpan, TextSpan RawContent, int HeadingLevel);

/// <summary>
/// What <see cref="ArticleCleaner"/> produces. Cleaning only ever deletes characters, so each clean
/// character is one raw character, found through <see cref="Map"/>.
/// </summary>
internal sealed record CleanedText(
    string Text,
    CleanRawMap Map,
    IReadOnlyList<Link> Links,
    KeptLine[] Lines,
    IReadOnlyList<ReaderComment> Comments,
    IReadOnlyList<MetadataFinding> Findings);
