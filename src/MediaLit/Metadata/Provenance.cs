namespace MediaLit.Metadata;

/// <summary>Where a metadata value comes from: how we know it.</summary>
public enum Provenance
{
    /// <summary>The article's own text says so (a byline, a dateline).</summary>
    Text,
    /// <summary>The pack's fact-check, which cites public sources in its note.</summary>
    FactCheck,
    /// <summary>Nobody knows: neither the text nor the fact-check could establish it.</summary>
    Unknown,
}
