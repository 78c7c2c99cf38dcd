using MediaLit.Articles;

namespace MediaLit.Metadata;

/// <summary>
/// A value together with how we know it. An unknown value is <c>null</c> with
/// <see cref="Provenance.Unknown"/> and a note saying why it is unknown.
/// </summary>
/// <param name="Evidence">For values read from the article: where in the raw text.</param>
public sealed record Attested<T>(T? Value, Provenance Provenance, string Note, TextSpan? Evidence = null)
    where T : class
{
    public bool IsKnown => Value is not null;

    public override string ToString() => Value?.ToString() ?? "unknown";
}

/// <summary>Makes <see cref="Attested{T}"/> values.</summary>
public static class Attested
{
    /// <summary>A value nobody knows, with the reason we know that.</summary>
    public static Attested<T> Unknown<T>(string why) where T : class => new(null, Provenance.Unknown, why);
}
