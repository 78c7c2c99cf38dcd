namespace MediaLit.Narratives;

/// <summary>How an article treats a claim in one sentence (or, for <see cref="NotMentioned"/>, anywhere).</summary>
public enum Stance
{
    /// <summary>No sentence of the article matches the claim's cues.</summary>
    NotMentioned,
    /// <summary>The author states it: no denial word and no source in the clause.</summary>
    Asserts,
    /// <summary>The article credits it to a source (named or not) found by the sourcing lesson's attribution finder.</summary>
    AttributesToSource,
    /// <summary>A denial word inside words credited to someone else: "Kabulov dismissed the report as “outright lies.”"</summary>
    ReportsDenial,
    /// <summary>A denial word in the author's own words: "fake news provocation".</summary>
    Denies,
}

public static class StanceLabels
{
    /// <summary>The label used in tables and DataFrame columns.</summary>
    public static string Label(this Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.AttributesToSource => "attributes to a source",
        Stance.ReportsDenial => "reports a denial",
        Stance.Denies => "denies",
        _ => "not mentioned",
    };
}
