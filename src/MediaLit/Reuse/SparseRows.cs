using System.Collections;

namespace MediaLit.Reuse;

/// <summary>
/// The overlap matrix's cells as rows of a square table, stored as only the cells that are not zero:
/// a feed of 100k articles would need 40 GB as a full table, and almost every cell is zero.
/// </summary>
internal sealed class SparseRows(int size, IReadOnlyDictionary<(int Row, int Column), int> cells) : IReadOnlyList<IReadOnlyList<int>>
{
    public int Count => size;

    public IReadOnlyList<int> this[int index] =>
        (uint)index < (uint)size ? new Row(size, index, cells) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<IReadOnlyList<int>> GetEnumerator()
    {
        for (int i = 0; i < size; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Row(int size, int row, IReadOnlyDictionary<(int Row, int Column), int> cells) : IReadOnlyList<int>
    {
        public int Count => size;

        public int this[int index] =>
            (uint)index < (uint)size ? cells.GetValueOrDefault((row, index)) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<int> GetEnumerator()
        {
            for (int i = 0; i < size; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
