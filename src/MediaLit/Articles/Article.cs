using MediaLit.Metadata;

namespace MediaLit.Articles;

/// <summary>
/// One article: the raw text as received, the clean text the lessons analyse, and everything
/// needed to trace one to the other. Built by <see cref="ArticleReader"/>; never changes afterwards.
/// Every span in a result refers to <see cref="Text"/> unless its name says raw.
/// </summary>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed class Article
{
    private readonly int[] _cleanToRaw;

    internal Article(string id, string fileName, string rawText, string text, int[] cleanToRaw,
        IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<Removal> removals,
        IReadOnlyList<Link> links, IReadOnlyList<ReaderComment> readerComments, ArticleMetadata metadata)
    {
        Id = id;
        FileName = fileName;
        RawText = rawText;
        Text = text;
        _cleanToRaw = cleanToRaw;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Removals = removals;
        Links = links;
        ReaderComments = readerComments;
        Metadata = metadata;
    }

    /// <summary>The short id used in lessons: "000" … "004".</summary>
    public string Id { get; }
    /// <summary>The file the text came from, relative to the data folder.</summary>
    public string FileName { get; }
    /// <summary>The file's text exactly as decoded (byte-order mark aside).</summary>
    public string RawText { get; }
    /// <summary>The article without page furniture or markup: one paragraph per line.</summary>
    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    /// <summary>Everything cleaning left out, in raw-text order, with the rule that removed it.</summary>
    public IReadOnlyList<Removal> Removals { get; }
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
        return RawSpanOf(_cleanToRaw, RawText.Length, span);
    }

    /// <summary>The conversion behind <see cref="ToRawSpan"/>, also used while the article is being built.</summary>
    internal static TextSpan RawSpanOf(int[] cleanToRaw, int rawLength, TextSpan span)
    {
        if (span.IsEmpty)
        {
            int at = span.Start < cleanToRaw.Length ? cleanToRaw[span.Start] : rawLength;
            return new TextSpan(at, at);
        }
        return new TextSpan(cleanToRaw[span.Start], cleanToRaw[span.End - 1] + 1);
    }

    /// <summary>The raw-text position of each clean character: cleaning only deletes, so this is exact.</summary>
    public int ToRawPosition(int cleanPosition) => _cleanToRaw[cleanPosition];

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
