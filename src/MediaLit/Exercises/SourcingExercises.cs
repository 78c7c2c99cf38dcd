using MediaLit.Articles;
using MediaLit.Outlets;
using MediaLit.Reuse;
using MediaLit.Sourcing;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 01 (sourcing). Expected answers come from the library's own analyses: of the
/// articles, and for 01.4 and 01.5 of new texts in data/exercises/01-sourcing.json. Answers are plain text, read
/// leniently (<see cref="Answers"/>).
/// </summary>
public static class SourcingExercises
{
    private const string Unidentified = "01.1 Outlets nobody could identify";
    private const string BountySource = "01.2 The source of 001's bounty claim";
    private const string CopiedFrom = "01.3 Where 001's passages come from";
    private const string Kinds = "01.4 Who speaks in a new report?";
    private const string WhoCopied = "01.5 Who copied whom? Two new reports";

    private const string KindWords = "own (no source), named official, named expert, journalist or outlet, anonymous, institution, document, role only";

    /// <summary>SIFT, "investigate the source": which articles come from an outlet nobody has identified? Ids in any form.</summary>
    public static Feedback CheckUnidentifiedOutlets(Corpus corpus, OutletProfiles outlets, string? answer) =>
        CheckUnidentifiedOutlets(corpus, outlets, Answers.Ids(answer));

    /// <summary>SIFT, "investigate the source": which articles come from an outlet nobody has identified?</summary>
    public static Feedback CheckUnidentifiedOutlets(Corpus corpus, OutletProfiles outlets, IEnumerable<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(outlets);
        var expected = corpus.Where(a => !outlets.ForArticle(a).Identified).Select(a => a.Id).ToList();
        if (expected.Count == 0)
            return Check.CannotCheck(Unidentified, "Every outlet of the articles loaded is identified, so there is no answer to check.");
        return Check.Set(Unidentified, expected, ids?.Select(id => id.Trim()),
            why: "When the outlet is unknown you cannot check its record, its owners or its corrections policy: the text has to stand on its own evidence.",
            hint: "Look at the source cards: an outlet is identified when the fact-check could name it, whatever the page says.");
    }

    /// <summary>Who is behind the bounty claim in 001? The kind of source in plain words ("named official", "anonymous" …).</summary>
    public static Feedback CheckBountySource(Corpus corpus, string? answer)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (BountyAttribution(corpus) is not { } attribution)
            return Check.CannotCheck(BountySource, NoBountySentence);
        if (Check.Blank(answer))
            return Check.NoAnswer(BountySource);
        string? kind = Answers.KindOfSource(answer);
        if (kind is null || kind == Answers.OwnWords || !Enum.TryParse<SourceKind>(kind, out var parsed))
            return Check.Unreadable(BountySource, answer, $"Write one kind of source: {KindWords}.");
        return JudgeBountySource(attribution, parsed);
    }

    /// <summary>Who is behind the bounty claim in 001?</summary>
    public static Feedback CheckBountySource(Corpus corpus, SourceKind answer)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return BountyAttribution(corpus) is { } attribution
            ? JudgeBountySource(attribution, answer)
            : Check.CannotCheck(BountySource, NoBountySentence);
    }

    private const string NoBountySentence = "Article 001's sentence about bounties was not found.";

    // One judgement for both forms of the answer, on the attribution found once.
    private static Feedback JudgeBountySource(Attribution attribution, SourceKind answer)
    {
        return Check.Value(BountySource, attribution.Kind, answer,
            why: "\"United States secret service officials\" could be anyone: no name, no agency, no document. "
                + "Trace the claim: which article reported it first, and whom did that article cite?",
            hint: "Find the sentence with \"bounties\" in the attribution table of 001 and read its kind column.");
    }

    private static Attribution? BountyAttribution(Corpus corpus) =>
        corpus.FirstOrDefault(a => a.Id == "001")?.Attributions(SourcingAnalysis.LexiconFor(corpus.DataDirectory))
            .FirstOrDefault(a => a.ContentText.Contains("bounties", StringComparison.Ordinal));

    /// <summary>SIFT, "trace claims to the original": which article did 001 copy from? An id in any form.</summary>
    public static Feedback CheckCopiedFrom(ReuseReport reuse, string? id)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        var copied = reuse.Passages
            .Where(p => p.A.Id == "001" || p.B.Id == "001")
            .GroupBy(p => p.A.Id == "001" ? p.B.Id : p.A.Id)
            .MaxBy(g => g.Sum(p => p.A.Id == "001" ? p.WordsInA : p.WordsInB))?.Key;
        if (copied is null)
            return Check.CannotCheck(CopiedFrom, "In the articles loaded, 001 shares no passage with another article, so there is no answer to check.");
        if (Check.Blank(id))
            return Check.NoAnswer(CopiedFrom);
        if (Answers.Id(id) is not { } answered)
            return Check.Unreadable(CopiedFrom, id, "Write one article id, like 003.");
        return Check.Value(CopiedFrom, copied, answered,
            why: "The shared passages are word for word, and only the other article holds the list that 001's \"all of the aforementioned\" points to: "
                + "the copying ran from it to 001, and 001 does not credit it.",
            hint: "Look for the largest number in 001's row of the shared-words table.");
    }

    /// <summary>
    /// A new report (data/exercises): the kind of source of each numbered sentence, in order ("own" for the author's
    /// own words). The expected kinds are those the pack's attribution finder gives each sentence.
    /// </summary>
    public static Feedback CheckSourceKinds(Corpus corpus, string? answer) => Check.WithMaterial(Kinds, corpus, material =>
    {
        var report = material.Read(corpus, "report");
        var sentences = ExerciseMaterial.NumberedSentences(report);
        var attributions = report.Attributions(SourcingAnalysis.LexiconFor(corpus.DataDirectory));
        // Per numbered sentence, the kinds the finder gives it; a sentence with no attribution is the author's own.
        var expected = sentences.Select(s => attributions.Where(a => a.SentenceIndex == s.Index).Select(a => a.Kind.ToString()).ToHashSet(StringComparer.Ordinal))
            .Select(k => k.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) { Answers.OwnWords } : k)
            .ToList();
        if (sentences.Count == 0 || expected.All(k => k.Contains(Answers.OwnWords)))
            return Check.CannotCheckMaterial(Kinds, $"The attribution finder finds no source in the report in {material.File}.");
        if (Check.Blank(answer))
            return Check.NoAnswer(Kinds);
        var items = Answers.Items(answer, keepSpaces: true);
        if (items.FirstOrDefault(i => Answers.KindOfSource(i) is null) is { } unreadable)
            return Check.Unreadable(Kinds, unreadable, $"Write one kind per sentence, in order, separated by commas. The kinds: {KindWords}.");
        if (items.Count != sentences.Count)
            return new(Kinds, Verdict.Wrong, $"The report has {sentences.Count} sentences and you wrote {items.Count} kind(s). Write one kind per sentence, in order, separated by commas.");
        var wrong = Enumerable.Range(0, items.Count).Where(i => !expected[i].Contains(Answers.KindOfSource(items[i])!)).Select(i => i + 1).ToList();
        if (wrong.Count == 0)
            return new(Kinds, Verdict.Right, "A name and a role let you check who said it; \"officials\" could be anyone; an outlet is a source you can look up; a sentence with no source is the author's own claim.");
        return new(Kinds, wrong.Count == items.Count ? Verdict.Wrong : Verdict.PartlyRight,
            $"{items.Count - wrong.Count} of {items.Count} right. Look again at sentence(s) {string.Join(", ", wrong)}: who is speaking, is the speaker named, and is it a person, a group, an outlet or nobody?");
    });

    /// <summary>
    /// Two new reports (data/exercises) share a sentence: which one copied, and which of its numbered sentences is
    /// the copy? Answer as the letter and the number ("B 1"). The shared passage comes from the pack's text-reuse
    /// finder; the direction from the reports' own publication dates (the later one copied).
    /// </summary>
    public static Feedback CheckWhoCopied(Corpus corpus, string? answer) => Check.WithMaterial(WhoCopied, corpus, material =>
    {
        var texts = material.Texts.Select(t => (Label: t.Label.ToUpperInvariant(), Article: material.Read(corpus, t.Label))).ToList();
        if (texts.Count != 2)
            return Check.CannotCheckMaterial(WhoCopied, $"{material.File} should hold two reports for this exercise.");
        var reuse = corpus.FindReuse(texts.Select(t => t.Article));
        var dates = texts.Select(t => t.Article.Metadata.Published.Value?.Date).ToList();
        if (reuse.Passages.Count == 0 || dates[0] is not { } first || dates[1] is not { } second || first == second)
            return Check.CannotCheckMaterial(WhoCopied, $"The two reports in {material.File} share no passage, or their dates do not say which came first.");
        var copier = first > second ? texts[0] : texts[1];
        var copied = reuse.Passages.SelectMany(p => ExerciseMaterial.NumberedSentences(copier.Article)
                .Select((s, i) => (Number: i + 1, s.Span))
                .Where(s => p.SpanIn(copier.Article).Start < s.Span.End && s.Span.Start < p.SpanIn(copier.Article).End)
                .Select(s => s.Number))
            .ToHashSet();
        if (Check.Blank(answer))
            return Check.NoAnswer(WhoCopied);
        var items = Answers.Ids(answer).Where(i => i is not ("TEXT" or "REPORT" or "SENTENCE" or "NUMBER")).ToList();
        string? letter = items.FirstOrDefault(i => texts.Any(t => t.Label == i));
        int? number = items.Select(i => int.TryParse(i, out int n) ? n : (int?)null).FirstOrDefault(n => n is not null);
        if (letter is null || number is null || items.Count != 2)
            return Check.Unreadable(WhoCopied, answer, "Write the letter of the report that copied and the number of its copied sentence, like C 4.");
        bool rightText = letter == copier.Label, rightSentence = rightText && copied.Contains(number.Value);
        if (rightText && rightSentence)
            return new(WhoCopied, Verdict.Right, "The same words in two places came from one of them: the dates show which was first, and the copy does not credit the original. "
                + "The copy's \"on Thursday\" still points at the day of the original report.");
        if (rightText)
            return new(WhoCopied, Verdict.PartlyRight, "Right report. Now find its sentence that appears, word for word, in the other report.");
        return new(WhoCopied, Verdict.Wrong, "Compare the two reports' publication dates: a text cannot copy one that did not exist yet.");
    });
}
