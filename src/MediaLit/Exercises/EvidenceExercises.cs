using MediaLit.Articles;
using MediaLit.Evidence;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 04 (evidence). Expected answers come from the library's own analyses.</summary>
public static class EvidenceExercises
{
    /// <summary>Which article names the most sources per 1,000 words?</summary>
    public static Feedback CheckMostNamedSources(Corpus corpus, string? id)
    {
        var best = corpus.Evidence().MaxBy(p => p["named-sources"].PerThousandWords)!.Article.Id;
        return Check.Value("04.1 Most named sources", best, id?.Trim(),
            why: "Named sources make an article checkable: you can look each person up and ask whether they said it.",
            hint: "Read the \"named sources\" column of the signals table: it is per 1,000 words, so long and short articles compare.");
    }

    /// <summary>Which evidence items fit every hypothesis equally, and so cannot help decide?</summary>
    public static Feedback CheckNonDiagnostic(AchMatrix matrix, IEnumerable<string>? ids) => Check.Set(
        "04.2 Evidence that cannot decide",
        matrix.Evidence.Where(e => matrix.Diagnosticity(e.Id) == 0).Select(e => e.Id),
        ids?.Select(i => i.Trim().ToUpperInvariant()),
        why: "Evidence that every hypothesis expects, like a denial by the accused, feels weighty but tells you nothing about which hypothesis is right (Heuer's diagnosticity).",
        hint: "Look for rows whose ratings are the same in every column (diagnosticity 0) — with the suggested ratings, not your overrides.");
}
