using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Loading;

namespace MediaLit.Reuse;

/// <summary>
/// Finds passages that two articles share, allowing small edits, the way passim, R's textreuse
/// and churnalism detectors do: shared n-word shingles seed a match, and nearby matches are
/// chained into one passage across small edits (see <c>PassageAligner</c>).
/// <para>
/// <b>What it cannot tell you:</b> who copied whom. Shared text shows that two articles are
/// related; it does not show direction, because both may copy a third text, and an earlier
/// date can be a repost's date rather than the original's. The report shows each article's date
/// (<see cref="SharedPassage.PublishedA"/>) so a lesson can reason about it, and flags
/// back-references left without their referent (<see cref="ReuseReport.DanglingReferences"/>),
/// which are evidence to weigh, not proof.
/// </para>
/// </summary>
/// <example><c>TextReuse.Find(corpus).Between(corpus["000"], corpus["001"])</c> ⇒ two passages, about 175 words of 001.</example>
public static class TextReuse
{
    // Articles whose words are kept between pairs: about two source windows of a news feed, a few MB.
    private const int TokenCacheSize = 1024;

    /// <summary>Compares every two articles of the corpus; back-reference cues come from the corpus's data folder.</summary>
    public static ReuseReport Find(Corpus corpus, TextReuseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new TextReuseOptions();
        if (options.BackReferenceCues is null)
            options = options with { BackReferenceCues = BackReferenceLexicon.Load(corpus.DataDirectory) };
        return Find((IEnumerable<Article>)corpus, options with { Boilerplate = options.Boilerplate ?? corpus.Rules.Feed.Boilerplate });
    }

    /// <summary>
    /// Compares every two of <paramref name="articles"/>. Without cues in the options, the pack's list
    /// is read from the data folder <see cref="DataFolder.Find"/> finds.
    /// </summary>
    public static ReuseReport Find(IEnumerable<Article> articles, TextReuseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new TextReuseOptions();
        options.Validate();
        string? folder = null; // found once, and only when the options leave something to the pack's data
        var cues = options.BackReferenceCues ?? BackReferenceLexicon.Load(folder ??= DataFolder.Find());
        // The rules are read once per version of their files (CleaningRules.Load), not on every comparison.
        var rule = options.Boilerplate ?? CleaningRules.Load(folder ?? DataFolder.Find()).Feed.Boilerplate;
        options = options with { BackReferenceCues = cues, Boilerplate = rule };
        var list = articles.ToList();
        int n = options.ShingleSize;
        int articlesNeeded = rule.ArticlesNeeded(list.Count);

        // Only pairs that share a shingle can share a passage; the rest are never compared (see ShingleIndex).
        var texts = list.Select(a => a.Text).ToList();
        var (candidates, wordCounts, boilerplate) = ShingleIndex.CandidatePairs(texts, n, articlesNeeded);
        // Made for an article when it first shares a passage: most articles of a feed never do.
        var covered = new bool[]?[list.Count];
        var cells = new Dictionary<(int Row, int Column), int>();
        var passages = new List<SharedPassage>();
        var dangling = new List<DanglingReference>();
        var finder = new DanglingReferenceFinder(cues, options);
        // Tokens are made when a pair needs them and not kept for the whole feed, which would not fit in memory at 100k articles.
        var tokens = new TokenCache(texts, n, TokenCacheSize, boilerplate);

        foreach (var (i, j) in candidates)
        {
            // The same article twice (or two copies of one id) is not reuse.
            if (ReferenceEquals(list[i], list[j]) || list[i].Id == list[j].Id)
                continue;
            var tokensI = tokens.Tokens(i);
            var tokensJ = tokens.Tokens(j);
            var alignments = PassageAligner.Align(tokensI, tokensJ, tokens.ShingleIndex(j), n, options.MaxGap, tokens.BoilerplateMarks(i))
                .Where(al => al.AEnd - al.AStart >= options.MinWords && al.BEnd - al.BStart >= options.MinWords)
                .ToList();
            var pair = alignments.Select(al => ToPassage(list[i], tokensI, list[j], tokensJ, al)).ToList();
            passages.AddRange(pair);
            for (int k = 0; k < pair.Count; k++)
                dangling.AddRange(finder.Find(pair[k], alignments[k], tokensI, tokensJ, pair));
            if (alignments.Count == 0)
                continue;
            cells[(i, j)] = Mark(covered[i] ??= new bool[wordCounts[i]], alignments.Select(al => (al.AStart, al.AEnd)));
            cells[(j, i)] = Mark(covered[j] ??= new bool[wordCounts[j]], alignments.Select(al => (al.BStart, al.BEnd)));
        }

        var shares = list.Select((a, i) => new ReuseShare(a, covered[i]?.Count(c => c) ?? 0, wordCounts[i])).ToList();
        return new ReuseReport(list, passages, shares, new OverlapMatrix(list, new SparseRows(list.Count, cells)) { Passages = passages }, dangling, options)
        {
            SetAside = SetAside(texts, n, boilerplate, rule, articlesNeeded),
        };
    }

    /// <summary>Counts the boilerplate in every article: stretches of words covered by set-aside shingles.</summary>
    private static BoilerplateSetAside SetAside(IReadOnlyList<string> texts, int n, Boilerplate boilerplate, FeedRule rule, int articlesNeeded)
    {
        int passages = 0, words = 0, articles = 0;
        string? example = null;
        if (boilerplate.Shingles > 0)
        {
            var pool = new WordPool();
            foreach (string text in texts)
            {
                var tokens = WordTokenizer.Tokenize(text, pool);
                if (boilerplate.CoveredWords(tokens, n) is not { } covered)
                    continue;
                articles++;
                for (int start = 0; start < covered.Length; start++)
                {
                    if (!covered[start] || (start > 0 && covered[start - 1]))
                        continue;
                    int end = start;
                    while (end < covered.Length && covered[end])
                        end++;
                    passages++;
                    words += end - start;
                    string stretch = text[tokens[start].Start..tokens[end - 1].End];
                    if (example is null || stretch.Length > example.Length)
                        example = stretch;
                }
            }
        }
        return new BoilerplateSetAside(rule, articlesNeeded, boilerplate.Shingles, passages, words, articles, example);
    }

    private static SharedPassage ToPassage(Article a, WordToken[] tokensA, Article b, WordToken[] tokensB, Alignment al) =>
        new(a, new TextSpan(tokensA[al.AStart].Start, tokensA[al.AEnd - 1].End),
            b, new TextSpan(tokensB[al.BStart].Start, tokensB[al.BEnd - 1].End),
            al.AEnd - al.AStart, al.BEnd - al.BStart, al.ExactWords);

    /// <summary>Marks the words in the ranges as shared and returns how many distinct words the ranges hold.</summary>
    private static int Mark(bool[] covered, IEnumerable<(int Start, int End)> ranges)
    {
        var inPair = new HashSet<int>();
        foreach (var (start, end) in ranges)
            for (int t = start; t < end; t++)
            {
                covered[t] = true;
                inPair.Add(t);
            }
        return inPair.Count;
    }
}
