namespace MediaLit.Metadata;

/// <summary>Who, where and when, each with how we know it.</summary>
/// <param name="OutletKind">e.g. state-funded broadcaster, user-generated platform: from the fact-check only.</param>
/// <param name="RepublishedFrom">Where the text says it first appeared, if it says so.</param>
/// <param name="AuthorBio">A paragraph describing the author, printed with the article.</param>
public sealed record ArticleMetadata(
    MetadataField<string> Title,
    MetadataField<string> Author,
    MetadataField<string> Outlet,
    MetadataField<PublicationDate> Published,
    Attested<string> OutletKind,
    Attested<string> Url,
    Attested<string> RepublishedFrom,
    Attested<string> AuthorBio)
{
    /// <summary>Plain-language notes for a lesson: what the text lacks, and where text and manifest disagree.</summary>
    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        Check(Title, "has no headline");
        Check(Author, "has no byline");
        Check(Outlet, "does not name its outlet");
        Check(Published, "has no date");
        return warnings;

        void Check<T>(MetadataField<T> field, string missing) where T : class
        {
            if (!field.FromText.IsKnown)
                warnings.Add($"The text {missing}.");
            if (field.Disagrees)
                warnings.Add($"The {field.Name} in the text (\"{field.FromText.Value}\") differs from the manifest (\"{field.FromManifest.Value}\").");
        }
    }
}
