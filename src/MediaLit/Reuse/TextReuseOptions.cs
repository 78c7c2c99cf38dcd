namespace MediaLit.Reuse;

/// <summary>How <see cref="TextReuse"/> looks for shared passages. The defaults suit news articles.</summary>
public sealed record TextReuseOptions
{
    /// <summary>
    /// Words per shingle: two texts must share this many words in a row before a passage is seeded.
    /// Eight is long enough that stock phrases ("the Afghan peace process") do not match by chance,
    /// and short enough to catch a copied sentence.
    /// </summary>
    public int ShingleSize { get; init; } = 8;

    /// <summary>
    /// The most words that may differ between two exact runs, in each text, for the runs to count as
    /// one passage: a substituted word, "multipolar" split into "multi polar", a word dropped.
    /// </summary>
    public int MaxGap { get; init; } = 4;

    /// <summary>Passages shorter than this (in either text) are not reported. At least <see cref="ShingleSize"/>.</summary>
    public int MinWords { get; init; } = 8;

    /// <summary>
    /// Sentences read before a passage, in the other text, when looking for what a back-reference
    /// points to. One keeps the reported context short enough to read.
    /// </summary>
    public int ContextSentences { get; init; } = 1;

    /// <summary>
    /// Back-reference cues ("the aforementioned", "the latter"). Null means the pack's list,
    /// <c>data/lexicons/back-references.txt</c>.
    /// </summary>
    public IReadOnlyList<string>? BackReferenceCues { get; init; }

    /// <summary>
    /// When a passage is the feed's boilerplate rather than copying. Null means the rule in the corpus's
    /// <c>data/rules/feed.jsonl</c> (<c>feed-boilerplate</c>).
    /// </summary>
    public Cleaning.FeedRule? Boilerplate { get; init; }

    internal void Validate()
    {
        if (ShingleSize < 2)
            throw new ArgumentOutOfRangeException(nameof(ShingleSize), ShingleSize, "A shingle needs at least two words; one word matches everywhere.");
        if (MaxGap < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxGap), MaxGap, "The gap is a number of words: zero or more.");
        if (ContextSentences < 1)
            throw new ArgumentOutOfRangeException(nameof(ContextSentences), ContextSentences, "Read at least one sentence of context.");
    }
}
