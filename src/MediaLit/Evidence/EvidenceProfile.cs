using MediaLit.Articles;

namespace MediaLit.Evidence;

/// <summary>Every evidence signal of one article, with the hits behind each, and what the page discloses.</summary>
public sealed record EvidenceProfile(Article Article, IReadOnlyList<Signal> Signals, Disclosure Disclosure)
{
    /// <summary>The signal with this id ("named-sources", "hedges" …).</summary>
    public Signal this[string id] => Signals.FirstOrDefault(s => s.Id == id)
        ?? throw new KeyNotFoundException($"No signal \"{id}\". The signals are: {string.Join(", ", Signals.Select(s => s.Id))}.");

    /// <summary>The sentences behind one signal's count.</summary>
    public IReadOnlyList<Sentence> SentencesFor(string signalId) => this[signalId].Sentences.Select(i => Article.Sentences[i]).ToList();

    /// <summary>Named sources as a share of all people and groups credited (0 when nobody is credited).</summary>
    public double NamedShare
    {
        get
        {
            int named = this["named-sources"].Count, anonymous = this["anonymous-sources"].Count;
            return named + anonymous == 0 ? 0 : (double)named / (named + anonymous);
        }
    }
}
