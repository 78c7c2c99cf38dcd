using MediaLit.Articles;

namespace MediaLit.Evidence;

/// <summary>
/// The working lists of one <see cref="SignalFinder.Find"/> call, kept for the thread's next call. Hits are gathered
/// here and copied out at their final size (<see cref="Exact"/>): lists grown by doubling were a third of a call's bytes.
/// </summary>
internal sealed class SignalScratch
{
    // A list grown past this by one long text is let go, so that it is not held for the life of the thread.
    private const int KeptCapacity = 4096;

    [ThreadStatic]
    private static SignalScratch? t_spare;

    public SignalScratch()
    {
        // People and places count inside quotations too; metadiscourse only outside them.
        Excluded = [NoSpans, NoSpans, Quotes, Quotes, Quotes, Quotes];
        Words = [[], [], [], [], [], []];
        _allHits = [Named, Anonymous, Institutional, Documents, Quotations, Numbers, Dates, Links, LinksWithAddress, .. Words];
    }

    private readonly List<SignalHit>[] _allHits;

    // Never added to.
    private static readonly List<TextSpan> NoSpans = [];

    public List<Sentence> Body { get; } = [];
    public List<TextSpan> Quotes { get; } = [];
    public List<TextSpan> OfParagraph { get; } = [];
    public List<TextSpan> DateSpans { get; } = [];
    public HashSet<int> Quoted { get; } = [];
    public List<SignalHit> Named { get; } = [];
    public List<SignalHit> Anonymous { get; } = [];
    public List<SignalHit> Institutional { get; } = [];
    public List<SignalHit> Documents { get; } = [];
    public List<SignalHit> Quotations { get; } = [];
    public List<SignalHit> Numbers { get; } = [];
    public List<SignalHit> Dates { get; } = [];
    public List<SignalHit> Links { get; } = [];
    public List<SignalHit> LinksWithAddress { get; } = [];
    /// <summary>Hits of the six word lists, in the order of <see cref="Excluded"/>: people, places, then the four of metadiscourse.</summary>
    public List<SignalHit>[] Words { get; }
    /// <summary>Spans each word list's hits must lie outside.</summary>
    public List<TextSpan>[] Excluded { get; }

    /// <summary>The thread's spare, or a new one while it is in use (a call that threw never gave it back).</summary>
    public static SignalScratch Rent()
    {
        var scratch = t_spare ?? new SignalScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Empties every list (sentences and hits are not held between calls) and keeps this for the thread's next call.</summary>
    public void Return()
    {
        Clear(Body);
        Clear(Quotes);
        Clear(OfParagraph);
        Clear(DateSpans);
        bool many = Quoted.Count > KeptCapacity;
        Quoted.Clear();
        if (many)
            Quoted.TrimExcess();
        foreach (var hits in _allHits)
            Clear(hits);
        t_spare = this;
    }

    /// <summary>A copy of the gathered hits at their final size; the gathering list is emptied for the next signal.</summary>
    public static List<SignalHit> Exact(List<SignalHit> gathered)
    {
        var hits = new List<SignalHit>(gathered);
        gathered.Clear();
        return hits;
    }

    private static void Clear<T>(List<T> list)
    {
        list.Clear();
        if (list.Capacity > KeptCapacity)
            list.Capacity = 0;
    }
}
