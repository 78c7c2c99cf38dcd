namespace MediaLit.Benchmarks.Scale;

/// <summary>How <see cref="ScaleCorpus"/> builds a feed. The defaults give news-length articles (about 400 words).</summary>
public sealed record ScaleCorpusOptions
{
    public int Articles { get; init; } = 1_000;
    public ulong Seed { get; init; } = 20170405;
    public int MinSentences { get; init; } = 8;
    public int MaxSentences { get; init; } = 24;

    /// <summary>Share of articles that copy one passage (2 to 5 sentences) from an earlier article.</summary>
    public double PassageCopyRate { get; init; } = 0.10;

    /// <summary>Share of articles that repost an earlier article whole, with edits.</summary>
    public double RepostRate { get; init; } = 0.02;

    /// <summary>Chance, per copied word, of an edit: a word substituted, dropped or inserted.</summary>
    public double EditRate { get; init; } = 0.03;

    /// <summary>
    /// Copies come from the last this-many articles, as a feed copies the week's stories, not last year's.
    /// </summary>
    public int SourceWindow { get; init; } = 500;
}
