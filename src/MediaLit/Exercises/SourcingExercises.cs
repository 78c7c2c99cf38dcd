using MediaLit.Articles;
using MediaLit.Outlets;
using MediaLit.Reuse;
using MediaLit.Sourcing;

namespace MediaLit.Exercises;

/// <summary>The checked exercises of notebook 01 (sourcing). Expected answers come from the library's own analyses.</summary>
public static class SourcingExercises
{
    /// <summary>SIFT, "investigate the source": which articles come from an outlet nobody has identified?</summary>
    public static Feedback CheckUnidentifiedOutlets(Corpus corpus, OutletProfiles outlets, IEnumerable<string>? ids) => Check.Set(
        "01.1 Outlets nobody could identify",
        corpus.Where(a => !outlets.ForArticle(a).Identified).Select(a => a.Id),
        ids?.Select(id => id.Trim()),
        why: "When the outlet is unknown you cannot check its record, its owners or its corrections policy: the text has to stand on its own evidence.",
        hint: "Look at the source cards: an outlet is identified when the fact-check could name it, whatever the page says.");

    /// <summary>Who is behind the bounty claim in 001?</summary>
    public static Feedback CheckBountySource(Corpus corpus, SourceKind? answer)
    {
        const string exercise = "01.2 The source of 001's bounty claim";
        var article = corpus.FirstOrDefault(a => a.Id == "001");
        var attribution = article?.Attributions(SourcingAnalysis.LexiconFor(corpus.DataDirectory))
            .FirstOrDefault(a => a.ContentText.Contains("bounties", StringComparison.Ordinal));
        if (attribution is null)
            return new(exercise, Verdict.CannotCheck, "This check needs article 001 as the pack ships it; its sentence about bounties was not found.");
        return Check.Value(exercise, attribution.Kind, answer,
            why: "\"United States secret service officials\" could be anyone: no name, no agency, no document. "
                + "Trace the claim: which article reported it first, and whom did that article cite?",
            hint: "Find the sentence with \"bounties\" in the attribution table of 001 and read its kind column.");
    }

    /// <summary>SIFT, "trace claims to the original": which article did 001 copy from?</summary>
    public static Feedback CheckCopiedFrom(ReuseReport reuse, string? id)
    {
        var copied = reuse.Passages
            .Where(p => p.A.Id == "001" || p.B.Id == "001")
            .GroupBy(p => p.A.Id == "001" ? p.B.Id : p.A.Id)
            .MaxBy(g => g.Sum(p => p.A.Id == "001" ? p.WordsInA : p.WordsInB))!.Key;
        return Check.Value("01.3 Where 001's passages come from", copied, id,
            why: "The shared passages are word for word, and only the other article holds the list that 001's \"all of the aforementioned\" points to: "
                + "the copying ran from it to 001, and 001 does not credit it.",
            hint: "Look for the largest number in 001's row of the shared-words table.");
    }
}
