using MediaLit.Cleaning;
using MediaLit.Loading;
using MediaLit.Metadata;
using MediaLit.Segmentation;

namespace MediaLit.Articles;

/// <summary>Turns a raw text into an <see cref="Article"/>: clean, split, classify, read metadata.</summary>
public static class ArticleReader
{
    // One splitter per abbreviation list, shared by every article read with it (building one per article made a
    // dictionary of every abbreviation for each article). Keyed by the list itself, so rules made with another
    // list get their own, and a list no longer used is let go.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Abbreviation>, SentenceSplitter> Splitters = new();

    /// <summary>Reads a text that has no manifest entry, such as an article a student brings.</summary>
    public static Article FromText(string id, string rawText, CleaningRules rules)
    {
        Required.NotNull(id, nameof(id), "an article id such as \"my-article\"");
        Required.NotNull(rawText, nameof(rawText), "the article's text");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        return Read(ManifestEntry.Unknown(ArticleId.Checked(id, "(pasted text)"), "(pasted text)"), rawText, rules);
    }

    public static Article Read(ManifestEntry entry, string rawText, CleaningRules rules)
    {
        Required.NotNull(entry, nameof(entry), "a manifest entry");
        Required.NotNull(rawText, nameof(rawText), "the article's text");
        Required.NotNull(rules, nameof(rules), "the cleaning rules (corpus.Rules)");
        ArticleId.Checked(entry.Id, entry.File);

        // No regex time-out escapes while reading: a cleaning rule that runs out of time moves to the non-backtracking
        // engine and matches again there (RulePattern), and every other pattern is linear by construction.
        return Build(entry, rawText, rules);
    }

    private static Article Build(ManifestEntry entry, string rawText, CleaningRules rules)
    {
        var cleaned = ArticleCleaner.Clean(rawText, rules);
        string text = cleaned.Text;
        var lines = cleaned.Lines;
        var paragraphs = new Paragraph[lines.Length];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            var span = lines[i].CleanSpan;
            paragraphs[i] = new Paragraph(i, span,
                ParagraphClassifier.Classify(text.AsSpan(span.Start, span.Length), i, lines[i].HeadingLevel, rules, entry.CaptionStarts, lines.Length == 1)) { Source = text };
        }

        var map = cleaned.Map;
        TextSpan ToRaw(TextSpan s) => Article.RawSpanOf(map, text.Length, s);
        var metadata = MetadataResolver.Resolve(entry, cleaned.Findings, paragraphs, ToRaw);

        return new Article(entry.Id, entry.File, text, map, paragraphs, Splitters.GetValue(rules.Abbreviations, a => new SentenceSplitter(a)),
            cleaned.Links, cleaned.Comments, metadata);
    }
}
