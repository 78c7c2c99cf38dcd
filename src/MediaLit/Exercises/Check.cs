using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Exercises;

/// <summary>
/// Compares a student's answer with the answer the library computes from the articles, and says
/// right, partly right (with a hint) or wrong (with a hint), without revealing the answer.
/// Lesson-specific exercises call these with their own expected values and hints.
/// </summary>
public static class Check
{
    private const string HowToAnswer = "Write your answer in the cell, then run the cell again.";

    /// <summary>An answer that is a set of items, such as article ids. Order and repeats do not matter.</summary>
    /// <param name="why">Said when the answer is right: what the answer shows.</param>
    /// <param name="hint">Said when it is not: where to look, not what to find.</param>
    public static Feedback Set<T>(string exercise, IEnumerable<T> expected, IEnumerable<T>? answer, string why, string hint)
    {
        var answered = answer?.ToHashSet() ?? [];
        if (answered.Count == 0)
            return NoAnswer(exercise);
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
            return NoAnswer(exercise);
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

    /// <summary>
    /// Feedback when an exercise's new material (data/exercises/) is missing, malformed or changed so that the
    /// library finds no single answer in it: says so, instead of failing with an exception or guessing.
    /// </summary>
    public static Feedback CannotCheckMaterial(string exercise, string why) =>
        new(exercise, Verdict.CannotCheck, $"{why} The check expects the pack's data/{ExerciseMaterial.FolderName}/ files as shipped: restore them, or ask your teacher.");

    /// <summary>Said when an answer cannot be read: how to write it, with an example that is not the answer.</summary>
    internal static Feedback Unreadable(string exercise, string? answer, string howToWrite) =>
        new(exercise, Verdict.Wrong, $"I could not read \"{Shorten(Answers.Clean(answer) ?? "")}\". {howToWrite} Write it between the two lines of quotes, then run the cell again.");

    internal static bool Blank(string? answer) => Answers.Clean(answer) is null;

    internal static Feedback NoAnswer(string exercise) => new(exercise, Verdict.NotAnswered, HowToAnswer);

    /// <summary>
    /// Runs a check on an exercise's new material: a missing or malformed file, a text the cleaning rules refuse,
    /// or an analysis that finds nothing gives <see cref="Verdict.CannotCheck"/>, never an exception.
    /// </summary>
    internal static Feedback WithMaterial(string exercise, Corpus corpus, Func<ExerciseMaterial, Feedback> check)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        string id = exercise.Split(' ', 2)[0];
        try
        {
            return check(ExerciseMaterial.Load(corpus.DataDirectory, id));
        }
        catch (ExerciseMaterialException e)
        {
            return CannotCheckMaterial(exercise, e.Message);
        }
        catch (CorpusException e)
        {
            return CannotCheckMaterial(exercise, $"A text of exercise {id} cannot be read: {e.Message}");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
