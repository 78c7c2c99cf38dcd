using MediaLit.Articles;
using MediaLit.Evidence;
using MediaLit.Reuse;

namespace MediaLit.Exercises;

/// <summary>
/// The checked exercises of notebook 04 (evidence). Expected answers come from the library's own analyses: of the
/// articles, and for 04.3 and 04.4 of new texts in data/exercises/04-evidence.json. Answers are plain text, read
/// leniently (<see cref="Answers"/>).
/// </summary>
public static class EvidenceExercises
{
    private const string MostNamed = "04.1 Most named sources";
    private const string NonDiagnostic = "04.2 Evidence that cannot decide";
    private const string Grade = "04.3 Grade a new claim";
    private const string Hedges = "04.4 Hedges in a new paragraph";

    /// <summary>Which article names the most sources per 1,000 words? An id in any form.</summary>
    public static Feedback CheckMostNamedSources(Corpus corpus, string? id)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var profiles = corpus.Evidence();
        var best = profiles.MaxBy(p => p["named-sources"].PerThousandWords);
        if (best is null || best["named-sources"].Count == 0 || profiles.Count(p => p["named-sources"].PerThousandWords == best["named-sources"].PerThousandWords) > 1)
            return Check.CannotCheck(MostNamed, "In the articles loaded, no single article names the most sources per 1,000 words.");
        if (Check.Blank(id))
            return Check.NoAnswer(MostNamed);
        if (Answers.Id(id) is not { } answered)
            return Check.Unreadable(MostNamed, id, "Write one article id, like 003.");
        return Check.Value(MostNamed, best.Article.Id, answered,
            why: "Named sources make an article checkable: you can look each person up and ask whether they said it.",
            hint: "Read the \"named sources\" column of the signals table: it is per 1,000 words, so long and short articles compare.");
    }

    /// <summary>Which evidence items fit every hypothesis equally, and so cannot help decide? Ids in any form: "E1, E5".</summary>
    public static Feedback CheckNonDiagnostic(AchMatrix matrix, string? answer) => CheckNonDiagnostic(matrix, Answers.Ids(answer));

    /// <summary>Which evidence items fit every hypothesis equally, and so cannot help decide?</summary>
    public static Feedback CheckNonDiagnostic(AchMatrix matrix, IEnumerable<string>? ids)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var expected = matrix.Evidence.Where(e => matrix.Diagnosticity(e.Id) == 0).Select(e => e.Id.ToUpperInvariant()).ToList();
        if (expected.Count == 0)
            return Check.CannotCheck(NonDiagnostic, "In the matrix loaded, every evidence item tells the hypotheses apart, so there is no answer to check.");
        return Check.Set(NonDiagnostic, expected, ids?.Select(i => i.Trim().ToUpperInvariant()),
            why: "Evidence that every hypothesis expects, like a denial by the accused, feels weighty but tells you nothing about which hypothesis is right (Heuer's diagnosticity).",
            hint: "Look for rows whose ratings are the same in every column (diagnosticity 0) — with the suggested ratings, not your overrides.");
    }

    /// <summary>
    /// A new claim on three sites (data/exercises): its Admiralty grade, and the letter of each text that does not
    /// count as corroboration ("C2 A"). The credibility digit is computed as lesson 04 §3 computes it (the pack's
    /// text-reuse finder leaves copies out, <see cref="Admiralty.SuggestCredibility"/>); the reliability letter is a
    /// judgement, read from the entry's "reliability" field with its reason ("reliabilityWhy").
    /// </summary>
    public static Feedback CheckGrade(Corpus corpus, string? answer) => Check.WithMaterial(Grade, corpus, material =>
    {
        string source = (material.Field("source") ?? "").ToUpperInvariant();
        var letters = material.ListField("reliability").Where(l => l.Length == 1).Select(l => char.ToUpperInvariant(l[0])).ToHashSet();
        string? reason = material.Field("reliabilityWhy");
        var texts = material.Texts.Select(t => (Label: t.Label.ToUpperInvariant(), Article: material.Read(corpus, t.Label))).ToList();
        if (letters.Count == 0 || reason is null || texts.All(t => t.Label != source) || texts.Count < 2)
            return Check.CannotCheckMaterial(Grade, $"{material.File} needs a \"source\" among its texts, other texts, and the judged \"reliability\" letters with \"reliabilityWhy\".");
        var reuse = corpus.FindReuse(texts.Select(t => t.Article));
        var original = texts.Single(t => t.Label == source).Article;
        var copies = texts.Where(t => t.Label != source && reuse.Between(original, t.Article).Count > 0).Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
        if (copies.Count == 0)
            return Check.CannotCheckMaterial(Grade, $"No text in {material.File} copies text {source}: the exercise asks which text does not count.");
        int independent = texts.Count - 1 - copies.Count;
        int credibility = (int)Admiralty.SuggestCredibility(independent).Credibility;
        if (Check.Blank(answer))
            return Check.NoAnswer(Grade);
        if (Answers.Grade(answer) is not { } grade)
            return Check.Unreadable(Grade, answer, "Write the grade (a letter A–F and a digit 1–6, like D4), then the letter of each text that does not count, like D4 C.");
        string rest = (Answers.Clean(answer) ?? "")[(GradeEnd(answer!))..];
        var named = Answers.Ids(rest).Where(i => i is not ("NONE" or "NO")).ToHashSet(StringComparer.Ordinal);
        if (named.Any(n => texts.All(t => t.Label != n)))
            return Check.Unreadable(Grade, answer, $"After the grade, write only text letters ({string.Join(", ", texts.Select(t => t.Label))}), or nothing if every text counts.");
        bool rightLetter = letters.Contains(grade.Reliability), rightDigit = grade.Credibility == credibility, rightCopies = named.SetEquals(copies);
        if (rightLetter && rightDigit && rightCopies)
            return new(Grade, Verdict.Right, $"{reason} The credibility counts only independent reports: a word-for-word copy repeats the claim, it does not confirm it.");
        var notes = new List<string>();
        notes.Add(rightLetter ? "Your reliability letter fits." : "Reliability: what do you know about the site that made the claim: its owner, its record?");
        notes.Add(rightDigit ? "Your credibility digit is right." : "Credibility: count only the other texts that report the claim independently.");
        notes.Add(rightCopies ? "You found the text that does not count." : "Compare the texts' wording: which repeats the claim word for word?");
        int right = (rightLetter ? 1 : 0) + (rightDigit ? 1 : 0) + (rightCopies ? 1 : 0);
        return new(Grade, right == 0 ? Verdict.Wrong : Verdict.PartlyRight, string.Join(' ', notes));
    });

    // Where the grade ends in the cleaned answer ("F3 B" → 2), so that the letters after it are read alone.
    private static int GradeEnd(string answer)
    {
        string text = Answers.Clean(answer) ?? "";
        for (int i = 0; i < text.Length; i++)
            if (text[i] is >= '1' and <= '6')
                return i + 1;
        return text.Length;
    }

    /// <summary>
    /// A new paragraph (data/exercises): which words in it are hedges? The expected words are the hedges of the
    /// pack's metadiscourse list (data/lexicons/metadiscourse.jsonl) found in it, as the signals table counts them.
    /// </summary>
    public static Feedback CheckHedges(Corpus corpus, string? answer) => Check.WithMaterial(Hedges, corpus, material =>
    {
        var paragraph = material.Read(corpus, "paragraph");
        var expected = corpus.Evidence(paragraph)["hedges"].Hits.Select(h => paragraph.Slice(h.Span).ToLowerInvariant()).Distinct().ToList();
        if (expected.Count == 0)
            return Check.CannotCheckMaterial(Hedges, $"The metadiscourse list finds no hedge in the paragraph in {material.File}.");
        if (Check.Blank(answer))
            return Check.NoAnswer(Hedges);
        var words = Answers.Words(answer);
        if (words.Count == 0 || words.Any(w => !w.Any(char.IsLetter)))
            return Check.Unreadable(Hedges, answer, "Write the words themselves, copied from the paragraph and separated by commas.");
        return Check.Set(Hedges, expected, words,
            why: "Hedges admit that the writer is not sure. Where the evidence is thin, that is honest, not weak (Hyland).",
            hint: "Look for words that make a statement less certain: how sure is the writer in each sentence?");
    });
}
