using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// The framing terms of one article and how often they occur per 1,000 words. Counts are
/// suggestions: each hit must be read in context (<see cref="FramingHit.LeftContext"/>) and may be rejected.
/// </summary>
/// <param name="Words">Words of the sentences searched (title, subheadings and running text; not captions): the base of every rate.</param>
public sealed record FramingProfile(Article Article, int Words, IReadOnlyList<FramingHit> Hits)
{
    public IReadOnlyList<FramingHit> LoadedLanguage => Hits.Where(h => h.Term.Kind != FramingTermKind.FrameCue).ToList();
    public IReadOnlyList<FramingHit> FrameCues => Hits.Where(h => h.Term.Kind == FramingTermKind.FrameCue).ToList();

    public double PerThousandWords(int count) => Words == 0 ? 0 : 1000.0 * count / Words;

    /// <summary>Loaded-language hits per propaganda technique, most frequent first.</summary>
    public IReadOnlyList<(string Technique, int Count)> ByTechnique() =>
        LoadedLanguage.GroupBy(h => h.Term.Technique ?? "").Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>Frame-cue hits per Media Frames Corpus frame, most frequent first.</summary>
    public IReadOnlyList<(string Frame, int Count)> ByFrame() =>
        FrameCues.GroupBy(h => h.Term.Frame ?? "").Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>Hits of one loaded-language term, as written in the lexicon ("terrorist*|terrorism").</summary>
    public int CountOf(string term) => LoadedLanguage.Count(h => h.Term.Term == term);
}
