namespace MediaLit.Reuse;

/// <summary>
/// One string per distinct word key for one comparison of a feed. Tokens share these strings instead of each
/// making its own (a feed repeats a vocabulary of tens of thousands of words millions of times), and two keys
/// are equal exactly when they are the same object, which makes comparing shingles cheap.
/// </summary>
internal sealed class WordPool
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Lock _gate = new();

    public WordPool() => _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string for this key, added on first sight. Safe from several threads.</summary>
    public string Intern(ReadOnlySpan<char> key)
    {
        lock (_gate)
        {
            if (_lookup.TryGetValue(key, out string? known))
                return known;
            string added = key.ToString();
            _keys.Add(added);
            return added;
        }
    }
}
