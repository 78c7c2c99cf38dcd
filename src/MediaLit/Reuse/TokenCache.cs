namespace MediaLit.Reuse;

/// <summary>
/// The words (and, once asked for, the shingle index) of the articles compared most recently. Candidate
/// pairs come in order of their first article, and a copy is usually of a recent article, so the same
/// articles come back pair after pair: each is split into words once while it is in use, not once per
/// pair, and the whole feed's words are never held at once (they would not fit at 100k articles).
/// </summary>
internal sealed class TokenCache(IReadOnlyList<string> texts, int shingleSize, int capacity, Boilerplate boilerplate)
{
    private readonly WordPool _pool = new();
    private readonly Dictionary<int, Entry> _entries = [];
    private readonly Queue<int> _order = new();

    /// <summary>Times an article was split into words: a measure of how well the cache works.</summary>
    public int Tokenizations { get; private set; }

    public WordToken[] Tokens(int article) => Get(article).Tokens;

    /// <summary>The article's shingles for <see cref="PassageAligner.Align"/>, without those that touch boilerplate.</summary>
    public ulong[] ShingleIndex(int article)
    {
        var entry = Get(article);
        return entry.Index ??= PassageAligner.IndexShingles(entry.Tokens, shingleSize, Blocked(entry));
    }

    /// <summary>Which shingles of the article touch the feed's boilerplate and seed nothing; null when none does.</summary>
    public bool[]? BoilerplateMarks(int article) => Blocked(Get(article));

    private bool[]? Blocked(Entry entry)
    {
        if (boilerplate.Shingles == 0)
            return null;
        if (!entry.BlockedKnown)
        {
            entry.Blocked = Boilerplate.BlockedStarts(boilerplate.CoveredWords(entry.Tokens, shingleSize), shingleSize);
            entry.BlockedKnown = true;
        }
        return entry.Blocked;
    }

    private Entry Get(int article)
    {
        if (_entries.TryGetValue(article, out var entry))
            return entry;
        // First in, first out: simpler than least-recently-used, and pairs move forward through the feed.
        if (_entries.Count >= capacity)
            _entries.Remove(_order.Dequeue());
        entry = new Entry(WordTokenizer.Tokenize(texts[article], _pool));
        Tokenizations++;
        _entries[article] = entry;
        _order.Enqueue(article);
        return entry;
    }

    private sealed class Entry(WordToken[] tokens)
    {
        public WordToken[] Tokens { get; } = tokens;
        public ulong[]? Index { get; set; }
        public bool[]? Blocked { get; set; }
        public bool BlockedKnown { get; set; }
    }
}
