using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>Who a statement is credited to, in the categories of the lesson on sourcing.</summary>
public enum SourceKind
{
    /// <summary>A named person in a government, military, diplomatic or international post (current or former).</summary>
    NamedOfficial,
    /// <summary>A named analyst, academic or researcher.</summary>
    NamedExpert,
    /// <summary>A named person whose role neither the text nor the pack's list of people gives.</summary>
    NamedPerson,
    /// <summary>One person described only by role: "a top NATO general from the US".</summary>
    RoleOnly,
    /// <summary>A news outlet, news agency or named journalist.</summary>
    JournalistOrOutlet,
    /// <summary>An unnamed group ("officials", "experts") or an unnamed report ("reportedly").</summary>
    AnonymousGroup,
    /// <summary>A government, country or organisation speaking as a whole ("Tajikistan claims").</summary>
    Institution,
    /// <summary>A document, report or map cited as evidence.</summary>
    Document,
}

/// <summary>How the text marks the attribution.</summary>
public enum AttributionForm
{
    /// <summary>A reporting verb with its subject: "Serenko charged that …".</summary>
    ReportingVerb,
    /// <summary>"according to RFE/RL", "reporting by Reuters".</summary>
    AccordingTo,
    /// <summary>Hearsay without a source: "reportedly", "have been alleged".</summary>
    Hearsay,
    /// <summary>A quotation that goes on from an attributed quotation before it.</summary>
    ContinuedQuotation,
}

/// <summary>
/// One statement credited to a source. <see cref="Content"/> is what is attributed; <see cref="Source"/>
/// is where the text names the source (null for hearsay); both are spans into <c>Article.Text</c>.
/// </summary>
/// <param name="Speaker">The source's name as first given in the article ("Andrei Serenko" for a later "Serenko" or "he"); null when unnamed.</param>
/// <param name="Role">The role the article gives, if any ("an expert at Moscow’s Center …").</param>
/// <param name="Cue">The words that mark the attribution ("charged", "according to").</param>
/// <param name="IsQuotation">True when the content is, or contains, a direct quotation.</param>
public sealed record Attribution(
    int SentenceIndex,
    TextSpan Content,
    TextSpan? Source,
    string? Speaker,
    string? Role,
    SourceKind Kind,
    AttributionForm Form,
    string Cue,
    bool IsQuotation)
{
    internal string Text { get; init; } = "";

    public string ContentText => Content.Of(Text);
    public string? SourceText => Source?.Of(Text);

    public override string ToString() => $"{Speaker ?? SourceText ?? "(unnamed)"} [{Kind}] {Cue}: {ContentText}";
}
