using System.Text;
using MediaLit.Articles;

namespace MediaLit.Benchmarks.Scale;

/// <summary>One planted copy: <see cref="Target"/> took <see cref="Words"/> words of <see cref="Source"/> (indexes into the feed).</summary>
/// <param name="Whole">A whole-article repost rather than one passage.</param>
public sealed record PlantedCopy(int Source, int Target, int Words, bool Whole);

/// <summary>A generated feed: raw texts in order, every copy planted in it, and every pair that shares a sentence.</summary>
/// <param name="RelatedPairs">
/// Pairs (lower index first) that hold a sentence of the same origin: a copy and its source, and also
/// two articles that copied the same passage, which share it at second hand.
/// </param>
public sealed record ScaleCorpus(IReadOnlyList<string> Texts, IReadOnlyList<PlantedCopy> Copies, IReadOnlySet<(int, int)> RelatedPairs, ScaleCorpusOptions Options)
{
    /// <summary>
    /// Builds a feed of <see cref="ScaleCorpusOptions.Articles"/> texts from the five articles, the same
    /// for the same options on every machine.
    /// <para>
    /// Original sentences recombine the five articles' words: each takes the length of a real sentence
    /// and draws its words from their vocabulary, a third of them from the commonest words. That keeps
    /// the pack's vocabulary and sentence lengths while making it vanishingly unlikely that two original
    /// sentences share eight words in a row, so every shared passage the detector can find is one that
    /// was planted, and recall and precision can be scored exactly. (Real sentences reused as they are
    /// would make every article a copy of every other.)
    /// </para>
    /// <para>
    /// Then copies are planted at known rates: a passage of 2–5 original sentences of a recent article
    /// inserted as a paragraph, or a whole recent article reposted, both with word edits at
    /// <see cref="ScaleCorpusOptions.EditRate"/>. Copies are taken only from original sentences, so
    /// nothing is shared at second hand and the planted list is the whole truth.
    /// </para>
    /// <para>
    /// With <paramref name="take"/>, each text is handed over as soon as it is made and not kept (the result's
    /// <see cref="Texts"/> is then empty): a reader can clean it while the next ones are made, as a teacher's feed is
    /// read file by file, instead of the whole feed's raw text (0.57 GB at 100,000 articles) waiting in memory first.
    /// The texts and the truth are the same either way.
    /// </para>
    /// </summary>
    public static ScaleCorpus Generate(IReadOnlyList<Article> seedArticles, ScaleCorpusOptions? options = null, Action<int, string>? take = null)
    {
        ArgumentNullException.ThrowIfNull(seedArticles);
        options ??= new ScaleCorpusOptions();
        var vocabulary = Vocabulary.From(seedArticles);
        var rng = new SplitMix64(options.Seed);
        var texts = new string[take is null ? options.Articles : 0];
        // Only the last SourceWindow articles can be copied, so only theirs are kept (at 100k articles keeping every
        // article's sentences took about 0.4 GB, most of the benchmark's peak before reading).
        var originals = new List<string[]>?[options.Articles];
        var copies = new List<PlantedCopy>();
        // Which articles hold each copied sentence, keyed by (article, sentence): the truth for pairs. A sentence no
        // one copied pairs nothing, so it gets no entry.
        var holders = new Dictionary<(int Article, int Sentence), List<int>>();
        void Holds(int article, int owner, int sentence)
        {
            if (article == owner)
                return;
            if (!holders.TryGetValue((owner, sentence), out var list))
                holders[(owner, sentence)] = list = [owner];
            if (list[^1] != article)
                list.Add(article);
        }

        for (int k = 0; k < options.Articles; k++)
        {
            var paragraphs = new List<string[][]>();
            var own = new List<string[]>();
            int source = k == 0 ? -1 : rng.Between(Math.Max(0, k - options.SourceWindow), k - 1);
            var sourceSentences = source >= 0 ? originals[source]! : [];
            bool canCopy = sourceSentences.Count > 0;

            if (canCopy && rng.Chance(options.RepostRate))
            {
                // A repost: the source's paragraphs, edited, under its own title.
                int words = 0;
                for (int s = 0; s < sourceSentences.Count; s++)
                    Holds(k, source, s);
                foreach (var paragraph in SplitIntoParagraphs(sourceSentences, ref rng))
                {
                    var edited = paragraph.Select(s => Edit(s, vocabulary, options.EditRate, ref rng)).ToArray();
                    words += edited.Sum(WordCount);
                    paragraphs.Add(edited);
                }
                copies.Add(new PlantedCopy(source, k, words, Whole: true));
            }
            else
            {
                int count = rng.Between(options.MinSentences, options.MaxSentences);
                for (int s = 0; s < count; s++)
                {
                    own.Add(vocabulary.Sentence(ref rng));
                    Holds(k, k, s);
                }
                paragraphs.AddRange(SplitIntoParagraphs(own, ref rng));
                if (canCopy && rng.Chance(options.PassageCopyRate))
                {
                    var from = sourceSentences;
                    int length = Math.Min(from.Count, rng.Between(2, 5));
                    int start = rng.Below(from.Count - length + 1);
                    for (int s = start; s < start + length; s++)
                        Holds(k, source, s);
                    var passage = from.Skip(start).Take(length).Select(s => Edit(s, vocabulary, options.EditRate, ref rng)).ToArray();
                    paragraphs.Insert(rng.Below(paragraphs.Count + 1), passage);
                    copies.Add(new PlantedCopy(source, k, passage.Sum(WordCount), Whole: false));
                }
            }
            originals[k] = own;
            if (k - options.SourceWindow >= 0)
                originals[k - options.SourceWindow] = null;
            string text = Render(k, vocabulary.Title(ref rng), paragraphs);
            if (take is null)
                texts[k] = text;
            else
                take(k, text);
        }
        var related = new HashSet<(int, int)>();
        foreach (var list in holders.Values)
            for (int a = 0; a < list.Count; a++)
                for (int b = a + 1; b < list.Count; b++)
                    related.Add((Math.Min(list[a], list[b]), Math.Max(list[a], list[b])));
        return new ScaleCorpus(texts, copies, related, options);
    }

    private static List<string[][]> SplitIntoParagraphs(List<string[]> sentences, ref SplitMix64 rng)
    {
        var paragraphs = new List<string[][]>();
        for (int i = 0; i < sentences.Count;)
        {
            int length = Math.Min(sentences.Count - i, rng.Between(1, 4));
            paragraphs.Add(sentences.GetRange(i, length).ToArray());
            i += length;
        }
        return paragraphs;
    }

    /// <summary>Substitutes, drops or inserts a word at <paramref name="rate"/> per word; the kind of edit a copy-editor makes.</summary>
    private static string[] Edit(string[] sentence, Vocabulary vocabulary, double rate, ref SplitMix64 rng)
    {
        var words = new List<string>(sentence.Length + 2);
        foreach (string word in sentence)
        {
            if (!rng.Chance(rate))
            {
                words.Add(word);
                continue;
            }
            switch (rng.Below(3))
            {
                case 0: words.Add(vocabulary.Word(ref rng)); break;
                case 1: break;
                default: words.Add(word); words.Add(vocabulary.Word(ref rng)); break;
            }
        }
        return words.Count == 0 ? sentence : [.. words];
    }

    private static int WordCount(string[] sentence) => sentence.Length;

    private static string Render(int index, string title, List<string[][]> paragraphs)
    {
        var text = new StringBuilder();
        text.Append(title).Append(" (").Append(index).Append(")\n\n");
        foreach (var paragraph in paragraphs)
        {
            text.AppendJoin(' ', paragraph.Select(Sentence));
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Sentence(string[] words)
    {
        string joined = string.Join(' ', words);
        return char.ToUpperInvariant(joined[0]) + joined[1..] + ".";
    }
}
