using MediaLit.Articles;

namespace MediaLit.Sourcing;

/// <summary>
/// Who one article credits with what, and how often per 1,000 words. Every count can list the
/// sentences behind it (<see cref="SentencesFor"/>), and the sentences credited to nobody are the
/// author's own assertions (<see cref="OwnAssertions"/>).
/// </summary>
public sealed record SourcingProfile(Article Article, IReadOnlyList<Attribution> Attributions)
{
    /// <summary>Words of running text (body paragraphs), the base of every rate.</summary>
    public int BodyWords
    {
        get
        {
            int words = 0;
            foreach (var sentence in Article.BodySentences)
                words += WordRuns.Count(Article.Text, sentence.Span);
            return words;
        }
    }

    public int Count(SourceKind kind) => Attributions.Count(a => a.Kind == kind);

    /// <summary>Attributions of one kind per 1,000 words of running text.</summary>
    public double PerThousandWords(SourceKind kind) => BodyWords == 0 ? 0 : 1000.0 * Count(kind) / BodyWords;

    /// <summary>The sentences behind a count: "which sentences?"</summary>
    public IReadOnlyList<Sentence> SentencesFor(SourceKind kind) =>
        Attributions.Where(a => a.Kind == kind).Select(a => Article.Sentences[a.SentenceIndex]).Distinct().ToList();

    /// <summary>Running-text sentences that credit nobody: the author speaks for themself.</summary>
    public IReadOnlyList<Sentence> OwnAssertions
    {
        get
        {
            // A set of the credited sentences: checking every attribution for every sentence cost sentences × attributions.
            var credited = Attributions.Select(a => a.SentenceIndex).ToHashSet();
            return Article.BodySentences.Where(s => !credited.Contains(s.Index)).ToList();
        }
    }

    /// <summary>The named people, outlets and institutions the article cites, in order of first mention.</summary>
    public IReadOnlyList<string> NamedSources => Attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!).Distinct().ToList();

    /// <summary>Attributions whose content is, or includes, a direct quotation.</summary>
    public int Quotations => Attributions.Count(a => a.IsQuotation);
}
