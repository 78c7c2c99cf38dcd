namespace MediaLit.Exercises;

/// <summary>
/// Compares a student's answer with the answer the library computes from the articles, and says
/// right, partly right (with a hint) or wrong (with a hint), without revealing the answer.
/// Lesson-specific exercises call these with their own expected values and hints.
/// </summary>
public static class Check
{
    internal const string HowToAnswer = "Write your answer in the cell, then run the cell again.";

    /// <summary>An answer that is a set of items, such as article ids. Order and repeats do not matter.</summary>
    /// <param name="why">Said when the answer is right: what the answer shows.</param>
    /// <param name="hint">Said when it is not: where to look, not what to find.</param>
    public static Feedback Set<T>(string exercise, IEnumerable<T> expected, IEnumerable<T>? answer, string why, string hint)
    {
        var answered = answer?.ToHashSet() ?? [];
        if (answered.Count == 0)
            return new(exercise, Verdict.NotAnswered, HowToAnswer);
        var wanted = expected.ToHashSet();
        int found = answered.Count(wanted.Contains);
        int extra = answered.Count - found;
        if (extra == 0 && found == wanted.Count)
            return new(exercise, Verdict.Right, why);
        if (found == 0)
            return new(exercise, Verdict.Wrong, $"None of your {answered.Count} answer(s) fits. {hint}");
        string missing = found < wanted.Count ? $"{wanted.Count - found} more to find" : "none missing";
        string wrong = extra > 0 ? $"{extra} of yours do(es) not belong" : "nothing extra";
        return new(exercise, Verdict.PartlyRight, $"You have {found} right: {missing}, {wrong}. {hint}");
    }

    /// <summary>An answer that is one value. Strings compare without case or surrounding spaces.</summary>
    public static Feedback Value<T>(string exercise, T expected, T? answer, string why, string hint)
    {
        if (answer is null || answer is string text && string.IsNullOrWhiteSpace(text))
            return new(exercise, Verdict.NotAnswered, HowToAnswer);
        bool same = (expected, answer) is (string e, string a)
            ? string.Equals(e.Trim(), a.Trim(), StringComparison.OrdinalIgnoreCase)
            : EqualityComparer<T>.Default.Equals(expected, answer);
        return same ? new(exercise, Verdict.Right, why) : new(exercise, Verdict.Wrong, hint);
    }

    /// <summary>
    /// Feedback when the articles loaded give no single expected answer (the data were changed, or only some
    /// articles were passed): says so and why, instead of failing with an exception or guessing.
    /// </summary>
    public static Feedback CannotCheck(string exercise, string why) =>
        new(exercise, Verdict.CannotCheck, $"{why} The check expects the pack's five articles as shipped: reload them with Corpus.Load(), or ask your teacher.");
}
