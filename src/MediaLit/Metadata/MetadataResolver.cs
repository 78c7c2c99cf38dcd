using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Loading;

namespace MediaLit.Metadata;

/// <summary>Puts what the rules read from the text beside what the manifest says.</summary>
internal static class MetadataResolver
{
    public static ArticleMetadata Resolve(ManifestEntry entry, IReadOnlyList<MetadataFinding> findings,
        IReadOnlyList<Paragraph> paragraphs, Func<TextSpan, TextSpan> toRaw)
    {
        var title = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Title);
        var fromTextTitle = title is null
            ? Attested.Unknown<string>("The text has no headline.")
            : new Attested<string>(title.Text, Provenance.Text, "The article's headline.", toRaw(title.Span));

        var author = FromText(findings, "author", "The text has no byline.");
        var date = findings.FirstOrDefault(f => f.Field == "date") is { Date: not null } d
            ? new Attested<PublicationDate>(d.Date, Provenance.Text, $"Dateline \"{d.Value}\" (rule {d.RuleId}).", d.Evidence)
            : Attested.Unknown<PublicationDate>("The text has no dateline.");

        return new ArticleMetadata(
            new MetadataField<string>("title", fromTextTitle, entry.Title),
            new MetadataField<string>("author", author, entry.Author),
            new MetadataField<string>("outlet", FromText(findings, "outlet", "The text does not name its outlet."), entry.Outlet),
            new MetadataField<PublicationDate>("date", date, entry.Published),
            entry.OutletKind,
            entry.Url,
            FromText(findings, "republishedFrom", "The text does not say it was published elsewhere first."),
            AuthorBio(author.Value, paragraphs, toRaw));
    }

    private static Attested<string> FromText(IReadOnlyList<MetadataFinding> findings, string field, string whyUnknown) =>
        findings.FirstOrDefault(f => f.Field == field) is { } found
            ? new Attested<string>(found.Value, Provenance.Text, $"Read by rule {found.RuleId}.", found.Evidence)
            : Attested.Unknown<string>(whyUnknown);

    // A bio names the byline's author and says who they are: "Debalina Ghoshal is a Research Fellow …".
    private static Attested<string> AuthorBio(string? author, IReadOnlyList<Paragraph> paragraphs, Func<TextSpan, TextSpan> toRaw)
    {
        var bio = author is null ? null
            : paragraphs.LastOrDefault(p => p.Kind == ParagraphKind.Body && p.Text.StartsWith(author + " is ", StringComparison.Ordinal));
        return bio is null
            ? Attested.Unknown<string>(author is null ? "No byline, so no author bio can be matched." : "No paragraph describes the byline's author.")
            : new Attested<string>(bio.Text, Provenance.Text, "A paragraph that starts with the byline's name.", toRaw(bio.Span));
    }
}
