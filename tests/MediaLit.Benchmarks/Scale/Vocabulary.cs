using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Benchmarks.Scale;

/// <summary>The five articles' words and sentence lengths, which generated sentences recombine.</summary>
internal sealed partial class Vocabulary
{
    // Common words are drawn a third of the time: enough to read like the articles' word mix, few
    // enough that eight words in a row almost never repeat by chance (see ScaleCorpus.Generate).
    private const int CommonWords = 60;
    private const double CommonShare = 1.0 / 3;

    private readonly string[] _common;
    private readonly string[] _content;
    private readonly int[] _sentenceLengths;

    private Vocabulary(string[] common, string[] content, int[] sentenceLengths)
    {
        _common = common;
        _content = content;
        _sentenceLengths = sentenceLengths;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*(?:['’-]\p{L}+)*|\p{N}+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();

    public static Vocabulary From(IReadOnlyList<Article> articles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengths = new List<int>();
        foreach (var sentence in articles.SelectMany(a => a.BodySentences))
        {
            var words = WordPattern().Matches(sentence.Text).Select(m => m.Value.ToLowerInvariant()).ToList();
            if (words.Count >= 4)
                lengths.Add(Math.Min(words.Count, 60));
            foreach (string word in words)
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        // Ordinal order after the count, so the lists (and the feed) do not depend on dictionary order.
        var byCount = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        return new Vocabulary([.. byCount.Take(CommonWords)], [.. byCount.Skip(CommonWords).Order(StringComparer.Ordinal)], [.. lengths]);
    }

    public string Word(ref SplitMix64 rng) =>
        rng.Chance(CommonShare) ? _common[rng.Below(_common.Length)] : _content[rng.Below(_content.Length)];

    public string[] Sentence(ref SplitMix64 rng)
    {
        var words = new string[_sentenceLengths[rng.Below(_sentenceLengths.Length)]];
        for (int i = 0; i < words.Length; i++)
            words[i] = Word(ref rng);
        return words;
    }

    public string Title(ref SplitMix64 rng)
    {
        var words = new string[rng.Between(4, 9)];
        for (int i = 0; i < words.Length; i++)
            words[i] = _content[rng.Below(_content.Length)];
        string joined = string.Join(' ', words);
        return char.ToUpperInvariant(joined[0]) + joined[1..];
    }
}
