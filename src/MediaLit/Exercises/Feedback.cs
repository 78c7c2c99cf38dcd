using MediaLit.Display;

namespace MediaLit.Exercises;

/// <summary>How an answer compares with the expected one.</summary>
/// <remarks><see cref="CannotCheck"/>: the articles loaded (changed data, a subset) hold no single expected answer.</remarks>
public enum Verdict { Right, PartlyRight, Wrong, NotAnswered, CannotCheck }

/// <summary>
/// What a check says about a student's answer. The message gives a hint, never the answer itself.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record Feedback(string Exercise, Verdict Verdict, string Message)
{
    public bool IsRight => Verdict == Verdict.Right;

    /// <summary>The exercise's number ("02.3"), the first word of <see cref="Exercise"/>.</summary>
    public string Id => Exercise.Split(' ', 2)[0];

    public override string ToString() => $"{Exercise}: {Label} {Message}";

    internal string Label => Verdict switch
    {
        Verdict.Right => "✔ Right.",
        Verdict.PartlyRight => "◐ Partly right.",
        Verdict.Wrong => "✘ Not yet.",
        Verdict.CannotCheck => "⚠ Cannot check.",
        _ => "… No answer yet.",
    };
}
