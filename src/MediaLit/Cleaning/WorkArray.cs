using System.Buffers;

namespace MediaLit.Cleaning;

/// <summary>
/// The cleaner's per-character work arrays (who claims each character, where it lands in the clean text), lent by the
/// shared pool instead of made for every article: they were most of what reading an article allocated, and a feed
/// reads thousands. A rented array is cleared before use (the pool hands back old contents). Texts longer than
/// <see cref="PooledUpTo"/> characters get their own arrays, so one huge paste does not leave hundreds of megabytes
/// in the pool.
/// </summary>
internal static class WorkArray<T>
{
    private const int PooledUpTo = 1 << 20;

    /// <param name="clear">False when the caller writes every position before reading it.</param>
    public static T[] Rent(int length, bool clear = true)
    {
        if (length > PooledUpTo)
            return new T[length];
        var array = ArrayPool<T>.Shared.Rent(length);
        if (clear)
            Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Gives a rented array back; one made for a longer text (longer than the pool lends) is left to the collector.</summary>
    public static void Return(T[] array)
    {
        if (array.Length <= PooledUpTo)
            ArrayPool<T>.Shared.Return(array);
    }
}
