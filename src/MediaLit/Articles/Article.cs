using MediaLit.Metadata;
using MediaLit.Segmentation;

namespace MediaLit.Articles;

/// <summary>
/// One article: the raw text as received, the clean text the lessons analyse, and everything
/// needed to trace one to the other. Built by <see cref="ArticleReader"/>; never changes afterwards.
/// Every span in a result refers to <see cref="Text"/> unless its name says raw.
/// </summary>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed class Article
{
    private readonly CleanRawMap _map;
    // The raw text is the clean text with the removals put back: rebuilt when asked for and kept only while
    // someone holds it, so a feed of 100,000 articles does not keep every text twice. The weak reference is made on
    // the first request: an article whose raw text is never asked for pays for neither it nor its GC handle.
    private WeakReference<string>? _rawText;
    // Sentences are split when first asked for: a feed compared for reuse never asks, and at 100,000 articles
    // they would hold about 0.1 GB (17 objects per article). The splitter is shared by every article of the rules.
    private readonly SentenceSplitter _splitter;
    private IReadOnlyList<Sentence>? _sentences;
    private IReadOnlyList<Removal>? _removals;

    internal Article(string id, string fileName, string text, CleanRawMap map,
        IReadOnlyList<Paragraph> paragraphs, SentenceSplitter splitter, IReadOnlyList<Link> links, IReadOnlyList<ReaderComment> readerComments, ArticleMetadata metadata)
    {
        Id = id;
        FileName = fileName;
        Text = text;
        _map = map;
        Paragraphs = paragraphs;
        _splitter = splitter;
        Links = links;
        ReaderComments = readerComments;
        Metadata = metadata;
    }

    /// <summary>The short id used in lessons: "000" … "004".</summary>
    public string Id { get; }
    /// <summary>The file the text came from, relative to the data folder.</summary>
    public string FileName { get; }
    /// <summary>The file's text exactly as decoded (byte-order mark aside).</summary>
    public string RawText
    {
        get
        {
            if (_rawText is { } known && known.TryGetTarget(out string? raw))
                return raw;
            raw = Rebuild();
            // Two threads may both rebuild it; the texts are equal, and either reference will do.
            _rawText = new WeakReference<string>(raw);
            return raw;
        }
    }

    /// <summary>Length of <see cref="RawText"/>, without rebuilding it.</summary>
    public int RawLength => _map.RawLength;
    /// <summary>The article without page furniture or markup: one paragraph per line.</summary>
    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences
    {
        get
        {
            if (_sentences is { } known)
                return known;
            // Two threads may both split; the result is the same, and the first one stored is the one kept.
            var made = SplitSentences();
            return Interlocked.CompareExchange(ref _sentences, made, null) ?? made;
        }
    }
    /// <summary>Everything cleaning left out, in raw-text order, with the rule that removed it.</summary>
    public IReadOnlyList<Removal> Removals
    {
        get
        {
            if (_removals is { } known)
                return known;
            // Made from the map when first asked for, then kept; two threads may both make them, and the first is kept.
            var made = _map.Removals();
            return Interlocked.CompareExchange(ref _removals, made, null) ?? made;
        }
    }
    public IReadOnlyList<Link> Links { get; }
    /// <summary>Readers' comments printed under the article: not part of <see cref="Text"/>.</summary>
    public IReadOnlyList<ReaderComment> ReaderComments { get; }
    public ArticleMetadata Metadata { get; }

    /// <summary>Sentences of running text only: no title, subheadings or captions.</summary>
    public IEnumerable<Sentence> BodySentences => Sentences.Where(s => s.ParagraphKind == ParagraphKind.Body);

    public int WordCount => Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The clean text a span covers.</summary>
    public string Slice(TextSpan span) => span.Of(Text);

    /// <summary>
    /// Where a span of the clean text came from in the raw text. Markup removed from inside the
    /// span (a link's address, say) falls inside the raw span, so the raw span can be longer.
    /// </summary>
    public TextSpan ToRawSpan(TextSpan span)
    {
        if (span.End > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} runs past the end of article {Id} ({Text.Length} characters).");
        return RawSpanOf(_map, Text.Length, span);
    }

    /// <summary>The conversion behind <see cref="ToRawSpan"/>, also used while the article is being built.</summary>
    internal static TextSpan RawSpanOf(CleanRawMap map, int cleanLength, TextSpan span)
    {
        if (span.IsEmpty)
        {
            int at = span.Start < cleanLength ? map.ToRaw(span.Start) : map.RawLength;
            return new TextSpan(at, at);
        }
        return new TextSpan(map.ToRaw(span.Start), map.ToRaw(span.End - 1) + 1);
    }

    /// <summary>The raw-text position of each clean character: cleaning only deletes, so this is exact.</summary>
    public int ToRawPosition(int cleanPosition)
    {
        if ((uint)cleanPosition >= (uint)Text.Length)
            throw new ArgumentOutOfRangeException(nameof(cleanPosition), cleanPosition, $"Article {Id} has {Text.Length} clean characters.");
        return _map.ToRaw(cleanPosition);
    }

    private List<Sentence> SplitSentences()
    {
        // The paragraph's scan is run directly: the splitter's enumerator was an object per paragraph.
        var sentences = new List<Sentence>();
        for (int p = 0; p < Paragraphs.Count; p++)
        {
            var paragraph = Paragraphs[p];
            var scan = new ParagraphScan(_splitter, Text, paragraph.Span);
            while (scan.Next(out var span))
                sentences.Add(new Sentence(sentences.Count, span, paragraph.Index, paragraph.Kind) { Source = Text });
        }
        return sentences;
    }

    // Clean runs and removed pieces, in raw order, give back the raw text character for character.
    private string Rebuild() => _map.RawText(Text);

    /// <summary>
    /// Warnings for a report when cleaning may have gone wrong: it removed more than half of the text as page
    /// furniture or metadata, or it left no sentence of running text. Either way the analysis describes little
    /// of what the reader saw, so check <see cref="Removals"/> before trusting it.
    /// </summary>
    public IReadOnlyList<string> CleaningWarnings()
    {
        var warnings = new List<string>();
        long raw = RawText.Count(c => !char.IsWhiteSpace(c));
        long removed = Removals.Where(r => !r.IsFormatting).Sum(r => (long)r.Text.Count(c => !char.IsWhiteSpace(c)));
        if (raw > 0 && 2 * removed > raw)
            warnings.Add($"Cleaning removed {removed:N0} of {raw:N0} visible characters ({(double)removed / raw:P0}) as page furniture or metadata: "
                + "check what it removed (the cleaning report) before trusting this analysis.");
        if (!BodySentences.Any())
            warnings.Add("Cleaning left no sentence of running text (only a headline, subheadings or captions): the analyses below have nothing to read. "
                + "Check that the text was not classified as a caption or removed as furniture.");
        return warnings;
    }

    /// <summary>The sentence that holds a position of the clean text, if any.</summary>
    public Sentence? SentenceAt(int position)
    {
        // Sentences are in text order and never overlap: a binary search keeps long pastes fast.
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            var span = Sentences[middle].Span;
            if (span.Contains(position))
                return Sentences[middle];
            if (position < span.Start)
                high = middle - 1;
            else
                low = middle + 1;
        }
        return null;
    }

    public override string ToString() => $"{Id}: {Metadata.Title.Value ?? "(no headline)"}";
}
