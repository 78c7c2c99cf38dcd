using MediaLit.Articles;
using MediaLit.Narratives;
using MediaLit.Reuse;

namespace MediaLit.Evidence;

/// <summary>
/// Admiralty grades for every claim an article makes or passes on (lesson 3's claim matrix): credibility
/// suggested from independent articles that also make it, reliability left at F until the student judges it.
/// </summary>
public static class AdmiraltyGrading
{
    /// <param name="reliability">The student's grades of each article's source: article id ⇒ (grade, why).</param>
    public static IReadOnlyList<AdmiraltyGrade> AdmiraltyGrades(this NarrativeReport narratives, ReuseReport reuse,
        IReadOnlyDictionary<string, (SourceReliability Grade, string Why)>? reliability = null)
    {
        var grades = new List<AdmiraltyGrade>();
        foreach (var claim in narratives.Claims.Claims)
        {
            var endorsing = narratives.Claims.ForClaim(claim.Id).Where(c => c.Endorsements.Count > 0).ToList();
            var support = endorsing.ToDictionary(c => c.Article, c => (IReadOnlyList<TextSpan>)c.Endorsements.Select(e => e.Sentence).ToList());
            foreach (var cell in endorsing)
            {
                var corroboration = Corroboration.Find(cell.Article, claim.Label, support, reuse);
                var (credibility, reason) = corroboration.SuggestedCredibility;
                if (corroboration.Independent.Count > corroboration.IndependentSources)
                    reason += $" {string.Join(" and ", corroboration.Independent.Select(a => a.Id))} count as {corroboration.IndependentSources}: some of them share the words that carry it.";
                if (corroboration.Copies.Count > 0)
                    reason += $" Not counted, because the two share the words that carry it: {string.Join(", ", corroboration.Copies.Select(a => a.Id))}.";
                var (grade, why) = reliability?.GetValueOrDefault(cell.Article.Id) is { Why: not null } judged ? judged : (SourceReliability.F, Admiralty.NotJudged);
                grades.Add(new AdmiraltyGrade(cell.Article.Id, claim.Label, grade, why, credibility, reason));
            }
        }
        return grades;
    }
}
