namespace MediaLit.Sourcing;

/// <summary>What a phrase naming a source turned out to be.</summary>
/// <param name="Speaker">Canonical name for people, outlets and institutions; null for unnamed sources.</param>
internal sealed record SourceMention(SourceKind Kind, string? Speaker, string? Role, bool IsPronoun = false);
