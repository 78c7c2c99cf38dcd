namespace MediaLit.Evidence;

/// <summary>How one component scored: the signal's rate, its value from 0 to 1, and the sentences behind it.</summary>
public sealed record ComponentScore(RubricComponent Component, string Label, double? Rate, double Value, IReadOnlyList<int> Sentences)
{
    public double Contribution => Component.Weight * Value;

    /// <summary>One line a student can check: "named sources: 13.6 per 1,000 words (full at 10) → 1.00 × 2 = +2.00".</summary>
    public string Explanation => Rate is { } rate
        ? $"{Label}: {rate:0.0} per 1,000 words (full at {Component.Full:0.#}) → {Value:0.00} × {Component.Weight:+0.##;-0.##} = {Contribution:+0.00;-0.00}"
        : $"{Label}: {(Value > 0 ? "yes" : "no")} → {Value:0} × {Component.Weight:+0.##;-0.##} = {Contribution:+0.00;-0.00}";
}

/// <summary>One criterion's score from 0 to 100, with every component that made it.</summary>
public sealed record CriterionScore(RubricCriterion Criterion, double Score, IReadOnlyList<ComponentScore> Components);

/// <summary>An article's rubric card: each criterion, and the weighted mean of them.</summary>
public sealed record RubricScore(EvidenceProfile Profile, IReadOnlyList<CriterionScore> Criteria)
{
    public double Overall
    {
        get
        {
            double weights = Criteria.Sum(c => c.Criterion.Weight);
            return weights == 0 ? 0 : Criteria.Sum(c => c.Criterion.Weight * c.Score) / weights;
        }
    }

    public CriterionScore this[string criterionId] => Criteria.First(c => c.Criterion.Id == criterionId);
}

/// <summary>Applies a rubric to an evidence profile. Arithmetic only: the judgement is in <c>data/rubric.json</c>.</summary>
public static class RubricScorer
{
    public static RubricScore Score(this Rubric rubric, EvidenceProfile profile) => new(profile,
        rubric.Criteria.Select(criterion =>
        {
            var components = criterion.Components.Select(c => Component(c, profile)).ToList();
            double positive = criterion.Components.Where(c => c.Weight > 0).Sum(c => c.Weight);
            double raw = positive == 0 ? 0 : components.Sum(c => c.Contribution) / positive;
            return new CriterionScore(criterion, Math.Clamp(raw, 0, 1) * 100, components);
        }).ToList());

    private static ComponentScore Component(RubricComponent component, EvidenceProfile profile)
    {
        if (component.Signal.StartsWith("disclosure.", StringComparison.Ordinal))
        {
            bool present = component.Signal switch
            {
                "disclosure.byline" => profile.Disclosure.Byline,
                "disclosure.date" => profile.Disclosure.Date,
                "disclosure.outlet" => profile.Disclosure.Outlet,
                _ => throw new KeyNotFoundException($"Unknown disclosure \"{component.Signal}\" in the rubric: use disclosure.byline, disclosure.date or disclosure.outlet."),
            };
            return new ComponentScore(component, component.Signal["disclosure.".Length..] + " on the page", null, present ? 1 : 0, []);
        }
        var signal = profile[component.Signal];
        return new ComponentScore(component, signal.Label, signal.PerThousandWords, Math.Min(1, signal.PerThousandWords / component.Full), signal.Sentences);
    }
}
