namespace MediaLit.Evidence;

/// <summary>Admiralty (NATO) code, first half: how reliable the source has been. A judgement, never computed.</summary>
public enum SourceReliability
{
    /// <summary>Completely reliable.</summary>
    A,
    /// <summary>Usually reliable.</summary>
    B,
    /// <summary>Fairly reliable.</summary>
    C,
    /// <summary>Not usually reliable.</summary>
    D,
    /// <summary>Unreliable.</summary>
    E,
    /// <summary>Reliability cannot be judged.</summary>
    F,
}

/// <summary>Admiralty code, second half: how credible this piece of information is.</summary>
public enum InformationCredibility
{
    /// <summary>Confirmed by other independent sources.</summary>
    Confirmed = 1,
    ProbablyTrue = 2,
    PossiblyTrue = 3,
    DoubtfullyTrue = 4,
    Improbable = 5,
    /// <summary>Truth cannot be judged.</summary>
    CannotBeJudged = 6,
}

/// <summary>
/// A grade such as "F6": the student's judgement of the source, with its justification, and a suggested
/// credibility from independent corroboration (which the student may also change).
/// </summary>
public sealed record AdmiraltyGrade(
    string ArticleId,
    string Claim,
    SourceReliability Reliability,
    string ReliabilityJustification,
    InformationCredibility Credibility,
    string CredibilityReason)
{
    public string Code => $"{Reliability}{(int)Credibility}";

    /// <summary>The student's own judgement of the source; without it the grade stays F ("cannot be judged").</summary>
    public AdmiraltyGrade WithReliability(SourceReliability reliability, string justification) =>
        string.IsNullOrWhiteSpace(justification)
            ? throw new ArgumentException("Say why: a reliability grade needs a justification (the source's track record, its funding, its corrections).", nameof(justification))
            : this with { Reliability = reliability, ReliabilityJustification = justification };
}

/// <summary>Suggests the credibility half of the code. The rule is deliberately simple, so students can argue with it.</summary>
public static class Admiralty
{
    public const string NotJudged = "Not judged yet: record your own grade with a reason (track record, funding, corrections).";

    /// <summary>
    /// 1 when the verified record confirms it; 5 when the record contradicts it; otherwise by independent
    /// articles that also report it: two or more ⇒ 2, one ⇒ 3, none ⇒ 6. A copy is never independent.
    /// </summary>
    public static (InformationCredibility Credibility, string Reason) SuggestCredibility(int independentArticles, bool? recordConfirms = null) =>
        recordConfirms switch
        {
            true => (InformationCredibility.Confirmed, "The verified record confirms it."),
            false => (InformationCredibility.Improbable, "The verified record contradicts it."),
            _ => independentArticles switch
            {
                >= 2 => (InformationCredibility.ProbablyTrue, $"{independentArticles} other articles report it independently."),
                1 => (InformationCredibility.PossiblyTrue, "One other article reports it independently."),
                _ => (InformationCredibility.CannotBeJudged, "No independent article reports it (copies do not count)."),
            },
        };
}
