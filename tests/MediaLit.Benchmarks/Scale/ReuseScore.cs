using MediaLit.Articles;
using MediaLit.Reuse;

namespace MediaLit.Benchmarks.Scale;

/// <summary>
/// How well a reuse report finds the planted copies. A pair counts as found when the report has any
/// passage between the two articles, and as true when the two hold a sentence of the same origin
/// (<see cref="ScaleCorpus.RelatedPairs"/>); word recall counts the planted words that lie inside a passage
/// of the right pair (the target's side), so a copy found only in part counts in part.
/// </summary>
public sealed record ReuseScore(int PlantedPairs, int ReportedPairs, int TruePairs, long PlantedWords, long FoundWords)
{
    public double PairRecall => PlantedPairs == 0 ? 1 : (double)TruePairs / PlantedPairs;
    public double PairPrecision => ReportedPairs == 0 ? 1 : (double)TruePairs / ReportedPairs;
    public double WordRecall => PlantedWords == 0 ? 1 : Math.Min(1, (double)FoundWords / PlantedWords);

    public static ReuseScore Of(ReuseReport report, IReadOnlyList<Article> articles, ScaleCorpus corpus)
    {
        var index = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < articles.Count; i++)
            index[articles[i]] = i;
        var planted = corpus.Copies.ToDictionary(c => Key(c.Source, c.Target));
        var wordsInPair = new Dictionary<long, int>();
        foreach (var passage in report.Passages)
        {
            int a = index[passage.A], b = index[passage.B];
            long key = Key(a, b);
            // The target is the later article; count the passage's words on its side.
            wordsInPair[key] = wordsInPair.GetValueOrDefault(key) + (a > b ? passage.WordsInA : passage.WordsInB);
        }
        int truePairs = wordsInPair.Keys.Count(k => corpus.RelatedPairs.Contains(((int)(k >> 32), (int)(k & 0xFFFFFFFF))));
        long found = planted.Sum(p => (long)Math.Min(p.Value.Words, wordsInPair.GetValueOrDefault(p.Key)));
        return new ReuseScore(corpus.RelatedPairs.Count, wordsInPair.Count, truePairs, corpus.Copies.Sum(c => (long)c.Words), found);
    }

    private static long Key(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);

    public override string ToString() =>
        $"pairs: recall {PairRecall:P1} ({TruePairs}/{PlantedPairs}), precision {PairPrecision:P1} ({TruePairs}/{ReportedPairs}); planted words found {WordRecall:P1}";
}
