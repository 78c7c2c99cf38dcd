using MediaLit.Articles;

namespace MediaLit.Outlets;

/// <summary>What is known about an outlet, and how: who runs and pays for it, and what named organisations say about it.</summary>
/// <param name="Identified">False for an outlet nobody could name (001's and 004's); its <see cref="Notes"/> hold the page clues.</param>
/// <param name="Notes">Further sourced points for a lesson; for an unidentified outlet, the clues to who it might be.</param>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed record OutletProfile(
    string Id,
    bool Identified,
    SourcedFact Name,
    IReadOnlyList<SourcedFact> AlsoKnownAs,
    SourcedFact Kind,
    SourcedFact Ownership,
    SourcedFact Funding,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<SourcedFact> Notes)
{
    /// <summary>The name, or "unidentified outlet" with its id for one nobody could name.</summary>
    public string DisplayName => Name.Value ?? $"unidentified outlet ({Id})";

    public override string ToString() => DisplayName;
}

/// <summary>How an article is tied to an outlet.</summary>
public enum OutletRole
{
    /// <summary>The copy we have was published there.</summary>
    PublishedOn,
    /// <summary>The article says it first appeared there; the fact-check may not have confirmed it.</summary>
    SaysFirstPublishedOn,
}

/// <summary>One tie between an article and an outlet, with its source.</summary>
public sealed record ArticleOutlet(string ArticleId, OutletProfile Outlet, OutletRole Role, string Source, bool Verified);
