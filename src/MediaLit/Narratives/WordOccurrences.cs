using System.Buffers;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// The words of a comparison in reading order, as two growing arrays (a word's number and where it is) instead of a
/// list of (string, span) pairs: 12 bytes a word, and the numbers index arrays of counts directly. The arrays live only
/// while the comparison is made (each article keeps a copy of its own spans), so they are rented from the shared pool
/// and given back on <see cref="Dispose"/>.
/// </summary>
internal sealed class WordOccurrences(int capacity) : IDisposable
{
    private int[] _ids = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));
    private TextSpan[] _spans = ArrayPool<TextSpan>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public Span<int> Ids => _ids.AsSpan(0, Count);
    public ReadOnlySpan<TextSpan> Spans => _spans.AsSpan(0, Count);

    public void Add(int id, TextSpan span)
    {
        if (Count == _ids.Length || Count == _spans.Length)
        {
            _ids = Grow(_ids, Count);
            _spans = Grow(_spans, Count);
        }
        _ids[Count] = id;
        _spans[Count++] = span;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_ids);
        ArrayPool<TextSpan>.Shared.Return(_spans);
        _ids = [];
        _spans = [];
        Count = 0;
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(count * 2);
        array.AsSpan(0, count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }
}
