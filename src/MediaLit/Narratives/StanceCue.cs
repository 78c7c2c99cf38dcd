namespace MediaLit.Narratives;

/// <summary>What a word of <c>data/claims/stance-cues.jsonl</c> does in the stance rules.</summary>
public enum StanceCueType
{
    /// <summary>Denies what it is said about: "fake news", "denied", "dismissed".</summary>
    Denial,
    /// <summary>Starts a new clause, so a denial before it does not reach a claim after it: "but", "instead of".</summary>
    Contrast,
    /// <summary>Points back to the sentence before: "the report", "the allegations".</summary>
    BackReference,
    /// <summary>A reporting verb that keeps the author at a distance: "alleging", "claimed".</summary>
    Distancing,
}

/// <summary>One line of <c>data/claims/stance-cues.jsonl</c>, in the <see cref="TermPattern"/> language.</summary>
public sealed record StanceCue(string Cue, StanceCueType Type, string Source);
