namespace MediaLit.Sourcing;

/// <summary>What a phrase naming a source turned out to be.</summary>
/// <param name="Speaker">Canonical name for people, outlets and institutions; null for unnamed sources.</param>
internal sealed record SourceMention(SourceKind Kind, string? Speaker, string? Role, bool IsPronoun = false)
{
    // A mention never changes (a different one is made with "with"), so the two that carry nothing but their kind are
    // shared: hearsay and unnamed groups made a new one for every cue and phrase.

    /// <summary>An unnamed group or report: "officials", "reportedly".</summary>
    public static readonly SourceMention UnnamedGroup = new(SourceKind.AnonymousGroup, null, null);

    /// <summary>A pronoun, resolved by the finder: "he", "they".</summary>
    public static readonly SourceMention Pronoun = new(SourceKind.AnonymousGroup, null, null, IsPronoun: true);
}
