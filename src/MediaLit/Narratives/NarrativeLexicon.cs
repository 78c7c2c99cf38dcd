using MediaLit.Loading;

namespace MediaLit.Narratives;

/// <summary>Everything the narratives analysis reads from the data folder, each file with its sources.</summary>
public sealed record NarrativeLexicon(ClaimCodebook Codebook, FramingLexicon Framing, IReadOnlySet<string> StopWords)
{
    public const string StopWordsFile = "stop-words.txt";

    public static NarrativeLexicon Load(string dataDirectory) => new(
        ClaimCodebook.Load(dataDirectory),
        FramingLexicon.Load(dataDirectory),
        JsonLines.ReadList(Path.Combine(dataDirectory, "lexicons", StopWordsFile)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
}
