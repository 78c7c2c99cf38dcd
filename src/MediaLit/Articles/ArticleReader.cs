using MediaLit.Cleaning;
using MediaLit.Loading;
using MediaLit.Metadata;
using MediaLit.Segmentation;

namespace MediaLit.Articles;

/// <summary>Turns a raw text into an <see cref="Article"/>: clean, split, classify, read metadata.</summary>
public static class ArticleReader
{
    /// <summary>Reads a text that has no manifest entry, such as an article a student brings.</summary>
    public static Article FromText(string id, string rawText, CleaningRules rules) =>
        Read(ManifestEntry.Unknown(id, "(pasted text)"), rawText, rules);

    public static Article Read(ManifestEntry entry, string rawText, CleaningRules rules)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(rules);

        var cleaned = ArticleCleaner.Clean(rawText, rules);
        string text = cleaned.Text;
        var paragraphs = cleaned.Lines
            .Select((line, i) => new Paragraph(i, line.CleanSpan,
                ParagraphClassifier.Classify(line.CleanSpan.Of(text), i, line.HeadingLevel, rules, entry.CaptionStarts)) { Source = text })
            .ToList();

        var splitter = new SentenceSplitter(rules.Abbreviations);
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
            foreach (var span in splitter.Split(text, paragraph.Span))
                sentences.Add(new Sentence(sentences.Count, span, paragraph.Index, paragraph.Kind) { Source = text });

        int[] cleanToRaw = cleaned.CleanToRaw;
        TextSpan ToRaw(TextSpan s) => Article.RawSpanOf(cleanToRaw, rawText.Length, s);
        var metadata = MetadataResolver.Resolve(entry, cleaned.Findings, paragraphs, ToRaw);

        return new Article(entry.Id, entry.File, rawText, text, cleanToRaw, paragraphs, sentences,
            cleaned.Removals, cleaned.Links, cleaned.Comments, metadata);
    }
}
