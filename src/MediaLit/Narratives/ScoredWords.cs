using System.Collections;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// One article's words scored against the rest (<see cref="DistinctiveWords.Words"/>), kept as arrays: the z of every
/// word of the prior and the order they sort in are computed when the comparison is made, and a
/// <see cref="DistinctiveWord"/> is made only when an element is read. A lesson reads the top fifteen words of each
/// article, so making a score object and a word object for each of the corpus's words and every article (about 6,000
/// of each for the five articles, most of the comparison's allocations) bought nothing. Nothing is deferred that
/// decides the result: z, which the order needs, is computed for every word in the comparison (and not kept); the
/// scores of a word read are computed again by the same function (<see cref="LogOddsRatio.Terms"/>) from the same
/// counts, which gives the same doubles, bit for bit (the identity probe compares them printed with "R").
/// </summary>
/// <remarks>
/// Also an <see cref="IList{T}"/>, as the <see cref="List{T}"/> it replaces was, but read-only: LINQ's positional
/// shortcuts (<c>Last</c>, <c>ElementAt</c>, <c>Skip</c>) then index the list instead of reading every word.
/// </remarks>
internal sealed class ScoredWords : IReadOnlyList<DistinctiveWord>, IList<DistinctiveWord>
{
    private readonly VocabularyPrior _prior;
    // The article's spans grouped by word in the prior's order, each group in reading order: word k's are
    // _spans[_starts[k].._starts[k + 1]], so its count here is the group's length.
    private readonly int[] _starts;
    private readonly TextSpan[] _spans;
    // Indexes into the prior's words, highest z first, ties by word.
    private readonly int[] _order;
    private readonly int _totalHere, _totalElsewhere;

    public ScoredWords(VocabularyPrior prior, int[] starts, TextSpan[] spans, int[] order)
    {
        _prior = prior;
        _starts = starts;
        _spans = spans;
        _order = order;
        _totalHere = spans.Length;
        _totalElsewhere = (int)(prior.Total - _totalHere);
    }

    public int Count => _order.Length;

    public DistinctiveWord this[int index] =>
        (uint)index < (uint)_order.Length ? Make(_order[index]) : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {Count} words.");

    DistinctiveWord IList<DistinctiveWord>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    bool ICollection<DistinctiveWord>.IsReadOnly => true;

    public int IndexOf(DistinctiveWord item)
    {
        for (int i = 0; i < _order.Length; i++)
            if (Make(_order[i]).Equals(item))
                return i;
        return -1;
    }

    public bool Contains(DistinctiveWord item) => IndexOf(item) >= 0;

    public void CopyTo(DistinctiveWord[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _order.Length)
            throw new ArgumentException("The array is too short for the list.", nameof(array));
        for (int i = 0; i < _order.Length; i++)
            array[arrayIndex + i] = Make(_order[i]);
    }

    void IList<DistinctiveWord>.Insert(int index, DistinctiveWord item) => throw ReadOnly();
    void IList<DistinctiveWord>.RemoveAt(int index) => throw ReadOnly();
    void ICollection<DistinctiveWord>.Add(DistinctiveWord item) => throw ReadOnly();
    void ICollection<DistinctiveWord>.Clear() => throw ReadOnly();
    bool ICollection<DistinctiveWord>.Remove(DistinctiveWord item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The scored words are read-only.");

    public IEnumerator<DistinctiveWord> GetEnumerator()
    {
        for (int i = 0; i < _order.Length; i++)
            yield return Make(_order[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><see cref="DistinctiveWords.Top"/> without making the words it passes over.</summary>
    public List<DistinctiveWord> Top(int count, int minimumCount)
    {
        var top = new List<DistinctiveWord>(Math.Clamp(count, 0, _order.Length));
        for (int i = 0; i < _order.Length && top.Count < count; i++)
            if (CountHere(_order[i]) >= minimumCount)
                top.Add(Make(_order[i]));
        return top;
    }

    /// <summary><see cref="DistinctiveWords.Avoided"/>: the last <paramref name="count"/> words, last first.</summary>
    public List<DistinctiveWord> Avoided(int count)
    {
        var avoided = new List<DistinctiveWord>(Math.Clamp(count, 0, _order.Length));
        for (int i = _order.Length - 1; i >= 0 && avoided.Count < count; i--)
            avoided.Add(Make(_order[i]));
        return avoided;
    }

    /// <summary>The word's entry, found by binary search in the prior's ordinal order, or null if neither side uses it.</summary>
    public DistinctiveWord? Find(string? word)
    {
        if (word is null || _order.Length == 0)
            return null;
        int k = Array.BinarySearch(_prior.Words, word, StringComparer.Ordinal);
        return k >= 0 ? Make(k) : null;
    }

    private int CountHere(int k) => _starts[k + 1] - _starts[k];

    private DistinctiveWord Make(int k)
    {
        int yI = CountHere(k), priorCount = _prior.Counts[k];
        var (alpha, delta, variance, z) = LogOddsRatio.Terms(yI, _totalHere, priorCount - yI, _totalElsewhere, priorCount, _prior.Total, _prior.Alpha0);
        var score = new LogOddsScore(_prior.Words[k], yI, _totalHere, priorCount - yI, _totalElsewhere, alpha, delta, variance, z);
        // A word only the others use (most words) shares the one empty list. (Not "yI == 0 ? [] : segment": that [] would
        // be a default ArraySegment, whose Count throws.)
        IReadOnlyList<TextSpan> spans = [];
        if (yI > 0)
            spans = new ArraySegment<TextSpan>(_spans, _starts[k], yI);
        return new DistinctiveWord(score, spans);
    }
}
