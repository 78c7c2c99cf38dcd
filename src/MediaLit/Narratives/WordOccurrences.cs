using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// The words of a comparison in reading order, as two growing arrays (a word's number and where it is) instead of a
/// list of (string, span) pairs: 12 bytes a word, and the numbers index arrays of counts directly.
/// </summary>
internal sealed class WordOccurrences(int capacity)
{
    private int[] _ids = new int[Math.Max(capacity, 16)];
    private TextSpan[] _spans = new TextSpan[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public Span<int> Ids => _ids.AsSpan(0, Count);
    public ReadOnlySpan<TextSpan> Spans => _spans.AsSpan(0, Count);

    public void Add(int id, TextSpan span)
    {
        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _spans, Count * 2);
        }
        _ids[Count] = id;
        _spans[Count++] = span;
    }
}
