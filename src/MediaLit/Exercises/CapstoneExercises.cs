using System.Globalization;
using MediaLit.Articles;
using MediaLit.Cases;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 05 (capstone), answered about the sample article or your own, and for 05.3
/// and 05.4 about new texts in data/exercises/05-capstone.json. Answers are plain text, read leniently (<see cref="Answers"/>).
/// </summary>
public static class CapstoneExercises
{
    private const string Unnamed = "05.1 The unnamed source";
    private const string Earliest = "05.2 The earliest possible date";
    private const string Independent = "05.3 A second report: independent or a copy?";
    private const string OwnWords = "05.4 Whose words? A new brief";

    /// <summary>Who is the unnamed source in the article? Answer with the words that name it.</summary>
    public static Feedback CheckAnonymousSource(ArticleCase articleCase, string? words)
    {
        ArgumentNullException.ThrowIfNull(articleCase);
        var unnamed = articleCase.Sourcing.Attributions.Where(a => a.Kind is SourceKind.AnonymousGroup or SourceKind.RoleOnly).ToList();
        if (unnamed.Count == 0)
            return new Feedback(Unnamed, Verdict.Right, "This article has no unnamed source: every claim it credits names who said it.");
        return Check.Set(Unnamed,
            unnamed.Select(a => (a.SourceText ?? a.Cue).ToUpperInvariant()),
            Answers.Clean(words) is { } answer ? [answer.ToUpperInvariant()] : null,
            why: "An unnamed source may be right, but you cannot check it: ask why the author could not name anyone.",
            hint: "Look in the attribution table for the kind \"anonymous or unnamed\" and copy the words in its source column.");
    }

    /// <summary>What is the earliest date the article can have been written? A date in any common form.</summary>
    public static Feedback CheckEarliestDate(ArticleCase articleCase, string? date)
    {
        ArgumentNullException.ThrowIfNull(articleCase);
        if (articleCase.Bound.EarliestPossible is not { } earliest)
            return new Feedback(Earliest, Verdict.Right, "No event in the record dates this article: " + articleCase.Bound.Reasoning);
        if (Check.Blank(date))
            return Check.NoAnswer(Earliest);
        if (Answers.Date(date) is not { } answered)
            return Check.Unreadable(Earliest, date, "Write it like 2019-03-08 or 8 March 2019.");
        return Check.Value(Earliest, earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), answered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            why: "The article reports an event of that day, so it cannot be older. Compare with the date the page gives itself.",
            hint: "Read the \"When\" part of the case report: it names the event and the sentence.");
    }

    /// <summary>
    /// A second report of the case's story (data/exercises): can it corroborate the case's article (A), or is it a
    /// copy of it (B)? The pack's text-reuse finder decides: a shared passage makes it a copy. Both must report an
    /// event of the pack's record (the same story), or there is nothing to check.
    /// </summary>
    public static Feedback CheckIndependent(Corpus corpus, ArticleCase articleCase, string? answer) => Check.WithMaterial(Independent, corpus, material =>
    {
        ArgumentNullException.ThrowIfNull(articleCase);
        var choices = material.MapField("choices");
        var second = material.Read(corpus, "second");
        if (choices.Count != 2 || articleCase.Article.Id == second.Id)
            return Check.CannotCheckMaterial(Independent, $"{material.File} needs two \"choices\" and a \"second\" report.");
        // Same story: both texts report an event of the pack's record. Otherwise "independent" would be an empty answer.
        var timeline = TimelineAnalysis.Build([articleCase.Article, second], TimelineAnalysis.LexiconFor(corpus.DataDirectory), TimelineAnalysis.ReferenceFor(corpus.DataDirectory));
        if (!timeline.SharedEvents.Any(e => e.Reference is not null))
            return Check.CannotCheckMaterial(Independent, $"The second report in {material.File} and the article share no event of the record: they do not tell the same story.");
        var reuse = corpus.FindReuse([articleCase.Article, second]);
        char expected = char.ToUpperInvariant(choices[reuse.Passages.Count > 0 ? 1 : 0].Key[0]);
        if (Check.Blank(answer))
            return Check.NoAnswer(Independent);
        string letters = string.Concat(choices.Select(c => char.ToUpperInvariant(c.Key[0])));
        if (Answers.Choice(answer, letters) is not { } chosen)
            return Check.Unreadable(Independent, answer, $"Write one letter: {string.Join(" or ", letters.ToCharArray())}.");
        return chosen == expected
            ? new(Independent, Verdict.Right, "Lateral reading finds many pages; the question is how many of them are independent. A copy, even of good reporting, adds no second witness.")
            : new(Independent, Verdict.Wrong, "Read the two reports side by side, sentence by sentence: does the second say anything in words of its own, or does it repeat the first word for word?");
    });

    /// <summary>
    /// A new brief (data/exercises): which of its numbered sentences credit nobody (the author's own assertions)?
    /// The expected sentences are those in which the pack's attribution finder finds no source.
    /// </summary>
    public static Feedback CheckOwnAssertions(Corpus corpus, string? answer) => Check.WithMaterial(OwnWords, corpus, material =>
    {
        var brief = material.Read(corpus, "brief");
        var attributed = brief.Attributions(SourcingAnalysis.LexiconFor(corpus.DataDirectory)).Select(a => a.SentenceIndex).ToHashSet();
        var sentences = ExerciseMaterial.NumberedSentences(brief);
        var expected = sentences.Select((s, i) => (s, Number: i + 1)).Where(x => !attributed.Contains(x.s.Index)).Select(x => x.Number).ToList();
        if (expected.Count == 0 || expected.Count == sentences.Count)
            return Check.CannotCheckMaterial(OwnWords, $"The attribution finder gives the brief in {material.File} no mix of credited and uncredited sentences.");
        if (Check.Blank(answer))
            return Check.NoAnswer(OwnWords);
        if (Answers.Numbers(answer) is not { Count: > 0 } numbers)
            return Check.Unreadable(OwnWords, answer, "Write the numbers of the sentences, separated by commas, like 2, 6.");
        return Check.Set(OwnWords, expected, numbers,
            why: "These sentences stand on the author's word alone. A forecast or a judgement (\"a turning point\") in the author's voice needs its own evidence.",
            hint: "For each sentence ask: who says so? A name, an outlet or even \"critics\" is a source; no one at all means the author.");
    });
}
