namespace MediaLit.Reuse;

/// <summary>
/// Shingles set aside as a feed's boilerplate, as masked hashes (see <see cref="ShingleIndex"/>), and the words
/// they cover in one article.
/// <para>
/// Setting aside the boilerplate shingles alone is not enough: the shingle that straddles the boilerplate's edge
/// (an article's last word and the footer's first seven) is in only the articles that end the same way, too few
/// to be set aside, and it would still pair them. So no shingle that touches a set-aside word seeds a passage or
/// pairs two articles; a passage may still run up to the boilerplate, on shingles wholly outside it.
/// </para>
/// </summary>
internal sealed class Boilerplate(IReadOnlySet<ulong> hashes, ulong mask)
{
    public static readonly Boilerplate None = new(new HashSet<ulong>(), 0);

    public int Shingles => hashes.Count;

    /// <summary>For each word, whether a set-aside shingle covers it; null when none does.</summary>
    /// <param name="wordHashes">The words' key hashes, as <see cref="WordTokenizer.KeyHashes"/> gives them.</param>
    public bool[]? CoveredWords(ReadOnlySpan<int> wordHashes, int n)
    {
        if (hashes.Count == 0 || wordHashes.Length < n)
            return null;
        bool[]? covered = null;
        for (int start = 0; start + n <= wordHashes.Length; start++)
        {
            if (!hashes.Contains(ShingleIndex.Hash(wordHashes, start, n) & mask))
                continue;
            covered ??= new bool[wordHashes.Length];
            covered.AsSpan(start, n).Fill(true);
        }
        return covered;
    }

    /// <summary>The same, from tokens: a key's string hash equals the span hash <see cref="WordTokenizer.KeyHashes"/> gave it.</summary>
    public bool[]? CoveredWords(IReadOnlyList<WordToken> tokens, int n)
    {
        if (hashes.Count == 0 || tokens.Count < n)
            return null;
        int[] words = new int[tokens.Count];
        for (int i = 0; i < words.Length; i++)
            words[i] = tokens[i].Key.GetHashCode(StringComparison.Ordinal);
        return CoveredWords(words, n);
    }

    /// <summary>For each shingle start, whether any of its <paramref name="n"/> words is covered; null when none is.</summary>
    public static bool[]? BlockedStarts(bool[]? coveredWords, int n)
    {
        if (coveredWords is null || coveredWords.Length < n)
            return null;
        var blocked = new bool[coveredWords.Length - n + 1];
        // The last covered word at or before each shingle's end decides: a sliding window without a second loop.
        int lastCovered = -1;
        for (int word = 0; word < coveredWords.Length; word++)
        {
            if (coveredWords[word])
                lastCovered = word;
            int start = word - n + 1;
            if (start >= 0)
                blocked[start] = lastCovered >= start;
        }
        return blocked;
    }
}
