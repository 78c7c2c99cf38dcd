using System.Collections.Immutable;
using MediaLit.Articles;

namespace MediaLit.Evidence;

/// <summary>How one piece of evidence fits one hypothesis, in Heuer's five steps.</summary>
public enum AchRating
{
    /// <summary>II: the evidence argues strongly against the hypothesis.</summary>
    VeryInconsistent = -2,
    /// <summary>I</summary>
    Inconsistent = -1,
    /// <summary>N: neutral, or not applicable.</summary>
    Neutral = 0,
    /// <summary>C</summary>
    Consistent = 1,
    /// <summary>CC</summary>
    VeryConsistent = 2,
}

public sealed record Hypothesis(string Id, string Label, string Text);

/// <summary>One piece of evidence: in an article (with its span) or in the verified record (by date).</summary>
/// <param name="Span">Where the evidence is in <c>Article.Text</c>, when it comes from an article.</param>
/// <param name="RecordDate">The date of the matching event in <c>data/reference-timeline.csv</c>, if any.</param>
public sealed record EvidenceItem(string Id, string Text, string? ArticleId, TextSpan? Span, string? RecordDate, string Why);

/// <summary>What dropping one piece of evidence does to the ranking: Heuer's sensitivity check.</summary>
public sealed record SensitivityResult(EvidenceItem Dropped, IReadOnlyList<Hypothesis> Leaders, bool ChangesLeaders);

/// <summary>
/// Analysis of Competing Hypotheses (Heuer, <i>Psychology of Intelligence Analysis</i>, 1999, ch. 8):
/// evidence × hypotheses rated from very consistent to very inconsistent. Following Heuer, the
/// hypotheses are ranked by how much evidence is <b>inconsistent</b> with them (I counts 1, II counts 2);
/// consistent evidence does not add support, because it often fits every hypothesis. Immutable:
/// <see cref="With"/> and <see cref="Without"/> return a new matrix, so a student's overrides never lose the suggestions.
/// </summary>
public sealed record AchMatrix(
    string Question,
    IReadOnlyList<Hypothesis> Hypotheses,
    IReadOnlyList<EvidenceItem> Evidence,
    ImmutableDictionary<(string Evidence, string Hypothesis), AchRating> Ratings)
{
    public AchRating this[string evidenceId, string hypothesisId] =>
        Ratings.TryGetValue((evidenceId, hypothesisId), out var r) ? r : AchRating.Neutral;

    /// <summary>The same matrix with one rating changed: the student's judgement replaces the suggestion.</summary>
    public AchMatrix With(string evidenceId, string hypothesisId, AchRating rating)
    {
        if (Evidence.All(e => e.Id != evidenceId))
            throw new ArgumentException($"No evidence \"{evidenceId}\". The evidence ids are: {string.Join(", ", Evidence.Select(e => e.Id))}.", nameof(evidenceId));
        if (Hypotheses.All(h => h.Id != hypothesisId))
            throw new ArgumentException($"No hypothesis \"{hypothesisId}\". The hypotheses are: {string.Join(", ", Hypotheses.Select(h => h.Id))}.", nameof(hypothesisId));
        return this with { Ratings = Ratings.SetItem((evidenceId, hypothesisId), rating) };
    }

    /// <summary>The matrix without one piece of evidence.</summary>
    public AchMatrix Without(string evidenceId) => this with
    {
        Evidence = Evidence.Where(e => e.Id != evidenceId).ToList(),
        Ratings = Ratings.Where(r => r.Key.Evidence != evidenceId).ToImmutableDictionary(),
    };

    /// <summary>Heuer's inconsistency score: I counts 1, II counts 2; lower is better.</summary>
    public int Inconsistency(string hypothesisId) =>
        Evidence.Sum(e => this[e.Id, hypothesisId] switch { AchRating.Inconsistent => 1, AchRating.VeryInconsistent => 2, _ => 0 });

    /// <summary>Hypotheses from least to most inconsistent evidence (ties keep their order in the data).</summary>
    public IReadOnlyList<(Hypothesis Hypothesis, int Inconsistency)> Ranking =>
        Hypotheses.Select(h => (h, Inconsistency(h.Id))).OrderBy(x => x.Item2).ToList();

    /// <summary>The hypotheses with the lowest inconsistency (more than one on a tie).</summary>
    public IReadOnlyList<Hypothesis> Leaders
    {
        get
        {
            int best = Ranking.Min(r => r.Inconsistency);
            return Ranking.Where(r => r.Inconsistency == best).Select(r => r.Hypothesis).ToList();
        }
    }

    /// <summary>
    /// How well an item tells the hypotheses apart: the spread of its ratings (highest minus lowest, 0 to 4).
    /// Evidence rated the same for every hypothesis has diagnosticity 0 and cannot help decide.
    /// </summary>
    public int Diagnosticity(string evidenceId)
    {
        var ratings = Hypotheses.Select(h => (int)this[evidenceId, h.Id]).ToList();
        return ratings.Max() - ratings.Min();
    }

    /// <summary>Drop each item in turn and see whether the leading hypotheses change.</summary>
    public IReadOnlyList<SensitivityResult> Sensitivity()
    {
        var leaders = Leaders.Select(h => h.Id).ToHashSet();
        return Evidence.Select(e =>
        {
            var without = Without(e.Id).Leaders;
            return new SensitivityResult(e, without, !without.Select(h => h.Id).ToHashSet().SetEquals(leaders));
        }).ToList();
    }

    /// <summary>Builds a matrix from ratings written as CC, C, N, I, II.</summary>
    public static AchMatrix Create(string question, IReadOnlyList<Hypothesis> hypotheses, IReadOnlyList<EvidenceItem> evidence,
        IEnumerable<(string Evidence, string Hypothesis, string Rating)> ratings) =>
        new(question, hypotheses, evidence, ratings.ToImmutableDictionary(r => (r.Evidence, r.Hypothesis), r => ParseRating(r.Rating)));

    public static AchRating ParseRating(string code) => code.Trim().ToUpperInvariant() switch
    {
        "CC" => AchRating.VeryConsistent,
        "C" => AchRating.Consistent,
        "N" or "NA" or "" => AchRating.Neutral,
        "I" => AchRating.Inconsistent,
        "II" => AchRating.VeryInconsistent,
        _ => throw new FormatException($"\"{code}\" is not a rating: use CC, C, N, I or II."),
    };

    public static string Code(AchRating rating) => rating switch
    {
        AchRating.VeryConsistent => "CC",
        AchRating.Consistent => "C",
        AchRating.Inconsistent => "I",
        AchRating.VeryInconsistent => "II",
        _ => "N",
    };
}
