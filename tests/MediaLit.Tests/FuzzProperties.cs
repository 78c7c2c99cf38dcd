using System.Text;
using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Reuse;
using MediaLit.Segmentation;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// What must hold for one generated input of each input path. The property tests (<see cref="FuzzTests"/>, FsCheck,
/// shrinking) and the volume run (<see cref="FuzzVolumeTests"/>, a million cheap inputs per path) check the same
/// things; a failure throws with the reason.
/// </summary>
internal sealed class FuzzProperties(Corpus corpus)
{
    private static readonly CorpusProblem[] DecodingProblems = [CorpusProblem.EmptyFile, CorpusProblem.BinaryFile, CorpusProblem.UndecodableText];

    private readonly CleaningRules _rules = corpus.Rules;
    private readonly SentenceSplitter _splitter = new(corpus.Rules.Abbreviations);
    private readonly TemporalLexicon _dates = TimelineAnalysis.LexiconFor(corpus.DataDirectory);
    private readonly SourcingLexicon _sources = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
    private readonly TextReuseOptions _reuse = new() { BackReferenceCues = BackReferenceLexicon.Load(corpus.DataDirectory) };

    public static void Decoding(byte[] bytes)
    {
        try
        {
            string text = TextDecoder.Decode(bytes, "fuzz.txt");
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.True(IsWellFormed(text), "decoded text holds a lone surrogate");
        }
        catch (CorpusException e)
        {
            Assert.Contains(e.Problem, DecodingProblems);
            Assert.StartsWith("fuzz.txt: ", e.Message, StringComparison.Ordinal);
            Assert.Contains("Fix: ", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A manifest file loads, or fails with a <see cref="CorpusException"/> naming the file and a fix.</summary>
    public static void Manifest(string manifestPath)
    {
        try
        {
            foreach (var entry in ManifestReader.Read(manifestPath))
            {
                Assert.True(ArticleId.IsValid(entry.Id), $"id \"{entry.Id}\" accepted");
            }
        }
        catch (CorpusException e)
        {
            Assert.StartsWith(manifestPath + ": ", e.Message, StringComparison.Ordinal);
            Assert.Contains("Fix: ", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Cleaning: the text reads, every span lies inside it, the same text gives the same article.</summary>
    public void Cleaning(string raw)
    {
        var article = ArticleReader.FromText("fuzz", raw, _rules);
        Assert.Null(Accounting.PartitionFault(article));
        AssertSpansInside(article);
        Assert.Equal(Fingerprint(article), Fingerprint(ArticleReader.FromText("fuzz", raw, _rules)));
    }

    public void Sentences(string text, TextSpan paragraph)
    {
        var sentences = _splitter.Split(text, paragraph).ToList();
        int previousEnd = paragraph.Start;
        foreach (var s in sentences)
        {
            Assert.True(paragraph.Contains(s) && !s.IsEmpty && s.Start >= previousEnd, $"sentence {s} in paragraph {paragraph}");
            Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), $"sentence {s} is not trimmed");
            previousEnd = s.End;
        }

        Assert.Equal(sentences, _splitter.Split(text, paragraph).ToList());
    }

    public void Dates(string raw)
    {
        var article = ArticleReader.FromText("fuzz", raw, _rules);
        var found = article.TemporalExpressions(_dates);
        foreach (var e in found)
        {
            Assert.True(e.Span.End <= article.Text.Length && !e.Span.IsEmpty, $"expression {e.Span} outside {article.Text.Length}");
            Assert.True(e.Anchor is null || e.Anchor.Value.End <= article.Text.Length);
            Assert.True(e.SentenceIndex >= 0 && e.SentenceIndex < article.Sentences.Count);
            Assert.True(article.Sentences[e.SentenceIndex].Span.Contains(e.Span), $"expression {e.Span} outside its sentence");
            _ = e.Text;
        }

        Assert.Equal(found.Select(e => e.ToString()), article.TemporalExpressions(_dates).Select(e => e.ToString()));
    }

    public void Sources(string raw)
    {
        var article = ArticleReader.FromText("fuzz", raw, _rules);
        var found = article.Attributions(_sources);
        foreach (var a in found)
        {
            Assert.True(a.SentenceIndex >= 0 && a.SentenceIndex < article.Sentences.Count);
            Assert.True(a.Content.End <= article.Text.Length, $"content {a.Content} outside {article.Text.Length}");
            Assert.True(a.Source is null || a.Source.Value.End <= article.Text.Length, $"source {a.Source} outside {article.Text.Length}");
            _ = (a.ContentText, a.SourceText);
        }

        Assert.Equal(found.Select(Describe), article.Attributions(_sources).Select(Describe));

        static string Describe(Attribution a) => $"{a} {a.Content} {a.Source}";
    }

    public void Reuse(string first, string second)
    {
        var a = ArticleReader.FromText("a", first, _rules);
        var b = ArticleReader.FromText("b", second, _rules);
        var report = TextReuse.Find([a, b], _reuse);
        foreach (var p in report.Passages)
        {
            Assert.True(p.SpanInA.End <= p.A.Text.Length && p.SpanInB.End <= p.B.Text.Length, p.ToString());
            Assert.True(p.WordsInA > 0 && p.WordsInB > 0 && p.ExactWords <= p.WordsInB, p.ToString());
        }

        foreach (var d in report.DanglingReferences)
        {
            Assert.True(d.Cue.End <= d.Article.Text.Length && d.ReferentContextInSource.End <= d.Source.Text.Length);
        }

        Assert.All(report.Shares, s => Assert.InRange(s.SharedWords, 0, s.TotalWords));
        Assert.Equal(report.Passages.Select(p => p.ToString()), TextReuse.Find([a, b], _reuse).Passages.Select(p => p.ToString()));
    }

    public void HtmlPage(string html)
    {
        try
        {
            var article = ArticleLoader.FromHtml(html, _rules, origin: "fuzz.html");
            Assert.Null(Accounting.PartitionFault(article));
            AssertSpansInside(article);
            Assert.Equal(Fingerprint(article), Fingerprint(ArticleLoader.FromHtml(html, _rules, origin: "fuzz.html")));
        }
        catch (CorpusException e)
        {
            Assert.Equal(CorpusProblem.EmptyFile, e.Problem);
            Assert.StartsWith("fuzz.html: ", e.Message, StringComparison.Ordinal);
        }
    }

    public static void AssertSpansInside(Article article)
    {
        foreach (var p in article.Paragraphs)
            Assert.True(p.Span.End <= article.Text.Length && !p.Span.IsEmpty, $"paragraph {p.Span} of {article.Text.Length}");
        foreach (var s in article.Sentences)
        {
            Assert.True(article.Paragraphs[s.ParagraphIndex].Span.Contains(s.Span), $"sentence {s.Span} outside its paragraph");
            Assert.True(article.ToRawSpan(s.Span).End <= article.RawText.Length);
        }
        foreach (var link in article.Links)
            Assert.True(link.AnchorSpan.End <= article.Text.Length && link.RawSpan.End <= article.RawText.Length);
        foreach (var comment in article.ReaderComments)
            Assert.True(comment.RawSpan.End <= article.RawText.Length);
        foreach (var removal in article.Removals)
            Assert.True(removal.RawSpan.End <= article.RawText.Length);
    }

    public static string Fingerprint(Article a)
    {
        var text = new StringBuilder().Append(a.Text).Append('\u0001');
        foreach (var p in a.Paragraphs)
            text.Append(p.Span).Append(p.Kind).Append(';');
        foreach (var s in a.Sentences)
            text.Append(s.Span).Append(';');
        foreach (var r in a.Removals)
            text.Append(r.RuleId).Append(r.RawSpan).Append(';');
        foreach (var l in a.Links)
            text.Append(l.AnchorSpan).Append(l.Target).Append(';');
        var m = a.Metadata;
        return text.Append(m.Title.Value).Append(m.Author.Value).Append(m.Published.Value).Append(m.Outlet.Value).Append(m.Url.Value).ToString();
    }

    public static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }
}
