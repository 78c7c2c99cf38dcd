namespace MediaLit.Metadata;

/// <summary>
/// One metadata field seen two ways: what the article's own text says, and what the manifest
/// (the editors, from the fact-check) says. Both are kept; <see cref="Disagrees"/> flags a conflict.
/// </summary>
public sealed record MetadataField<T>(string Name, Attested<T> FromText, Attested<T> FromManifest)
    where T : class
{
    /// <summary>The value to use: the manifest's when it knows one (it was checked), else the text's.</summary>
    public Attested<T> Best => FromManifest.IsKnown ? FromManifest
        : FromText.IsKnown ? FromText
        : Attested.Unknown<T>($"{FromText.Note} {FromManifest.Note}".Trim());

    public T? Value => Best.Value;
    public bool IsKnown => Best.IsKnown;

    /// <summary>True when the text and the manifest both give a value and the values differ.</summary>
    public bool Disagrees => FromText.Value is { } text && FromManifest.Value is { } manifest && !Same(text, manifest);

    private static bool Same(T a, T b) => (a, b) switch
    {
        (string x, string y) => Normalise(x) == Normalise(y),
        (PublicationDate x, PublicationDate y) => x.Iso == y.Iso && x.Kind == y.Kind,
        _ => Equals(a, b),
    };

    // Typography is not disagreement: curly vs straight apostrophes, case, spacing.
    private static string Normalise(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('“', '"').Replace('”', '"')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public override string ToString() => Best.ToString();
}
