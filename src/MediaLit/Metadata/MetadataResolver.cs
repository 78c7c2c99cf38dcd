using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Loading;

namespace MediaLit.Metadata;

/// <summary>Puts what the rules read from the text beside what the manifest says.</summary>
internal static class MetadataResolver
{
    // What every article without a byline, dateline and so on is told: the same value each time, so one is kept for
    // the whole feed instead of one per article (six objects an article at 100,000 articles).
    private static readonly Attested<string> NoHeadline = Attested.Unknown<string>("The text has no headline.");
    private static readonly Attested<string> NoByline = Attested.Unknown<string>("The text has no byline.");
    private static readonly Attested<string> NoOutlet = Attested.Unknown<string>("The text does not name its outlet.");
    private static readonly Attested<PublicationDate> NoDateline = Attested.Unknown<PublicationDate>("The text has no dateline.");
    private static readonly Attested<string> NotRepublished = Attested.Unknown<string>("The text does not say it was published elsewhere first.");
    private static readonly Attested<string> NoBylineNoBio = Attested.Unknown<string>("No byline, so no author bio can be matched.");
    private static readonly Attested<string> NoBio = Attested.Unknown<string>("No paragraph describes the byline's author.");

    public static ArticleMetadata Resolve(ManifestEntry entry, IReadOnlyList<MetadataFinding> findings,
        IReadOnlyList<Paragraph> paragraphs, Func<TextSpan, TextSpan> toRaw)
    {
        var title = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Title);
        var fromTextTitle = title is null
            ? NoHeadline
            : new Attested<string>(title.Text, Provenance.Text, "The article's headline.", toRaw(title.Span));

        var author = FromText(findings, "author", NoByline);
        var date = findings.FirstOrDefault(f => f.Field == "date") is { Date: not null } d
            ? new Attested<PublicationDate>(d.Date, Provenance.Text, $"Dateline \"{d.Value}\" (rule {d.RuleId}).", d.Evidence)
            : NoDateline;

        return new ArticleMetadata(
            new MetadataField<string>("title", fromTextTitle, entry.Title),
            new MetadataField<string>("author", author, entry.Author),
            new MetadataField<string>("outlet", FromText(findings, "outlet", NoOutlet), entry.Outlet),
            new MetadataField<PublicationDate>("date", date, entry.Published),
            entry.OutletKind,
            entry.Url,
            FromText(findings, "republishedFrom", NotRepublished),
            AuthorBio(author.Value, paragraphs, toRaw));
    }

    private static Attested<string> FromText(IReadOnlyList<MetadataFinding> findings, string field, Attested<string> unknown) =>
        findings.FirstOrDefault(f => f.Field == field) is { } found
            ? new Attested<string>(found.Value, Provenance.Text, $"Read by rule {found.RuleId}.", found.Evidence)
            : unknown;

    // A bio names the byline's author and says who they are: "Debalina Ghoshal is a Research Fellow …".
    private static Attested<string> AuthorBio(string? author, IReadOnlyList<Paragraph> paragraphs, Func<TextSpan, TextSpan> toRaw)
    {
        // Read in place: taking each paragraph's text to test its start copied the whole article once more.
        string? opening = author is null ? null : author + " is ";
        var bio = opening is null ? null
            : paragraphs.LastOrDefault(p => p.Kind == ParagraphKind.Body && p.Source.AsSpan(p.Span.Start, p.Span.Length).StartsWith(opening, StringComparison.Ordinal));
        return bio is null
            ? author is null ? NoBylineNoBio : NoBio
            : new Attested<string>(bio.Text, Provenance.Text, "A paragraph that starts with the byline's name.", toRaw(bio.Span));
    }
}
