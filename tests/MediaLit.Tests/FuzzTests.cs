using System.Text;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Reuse;
using MediaLit.Segmentation;
using MediaLit.Sourcing;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// Property-based tests of every input path on text a student might paste (see <see cref="FuzzInputs"/> for the
/// generators and the MEDIALIT_FUZZ switch): only documented exceptions, every span inside its text, cleaning
/// idempotent where it can be, and the same input always giving the same output.
/// </summary>
public sealed class FuzzTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static readonly string[] FileExtensions = [".txt", ".html"];

    private static readonly CorpusProblem[] DecodingProblems = [CorpusProblem.EmptyFile, CorpusProblem.BinaryFile, CorpusProblem.UndecodableText];

    [Fact]
    public void Any_bytes_decode_to_well_formed_text_or_fail_with_a_decoding_problem_naming_the_file()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.FileBytes, bytes =>
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
        }));
    }

    [Fact]
    public void Any_file_named_txt_or_html_loads_as_an_article_or_fails_with_a_problem_naming_the_file()
    {
        string folder = Directory.CreateTempSubdirectory("medialit-fuzz-").FullName;
        try
        {
            int n = 0;
            Check.One(FuzzInputs.Config(0.3), Prop.ForAll(FuzzInputs.FileBytes, bytes =>
            {
                foreach (string extension in FileExtensions)
                {
                    string path = Path.Combine(folder, $"case{n++}{extension}");
                    File.WriteAllBytes(path, bytes);
                    try
                    {
                        var article = ArticleLoader.FromFile(path, _corpus.Rules);
                        Assert.Null(Accounting.PartitionFault(article));
                    }
                    catch (CorpusException e)
                    {
                        Assert.Contains(e.Problem, DecodingProblems);
                        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
                    }
                }
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Any_text_is_read_without_error_with_every_span_inside_its_text()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.UnicodeText, raw =>
        {
            var article = ArticleReader.FromText("fuzz", raw, _corpus.Rules);
            Assert.Null(Accounting.PartitionFault(article));
            AssertSpansInside(article);
        }));
    }

    [Fact]
    public void Pasted_text_loads_or_fails_only_as_empty()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.UnicodeText, raw =>
        {
            try
            {
                AssertSpansInside(ArticleLoader.FromString(raw, _corpus.Rules));
            }
            catch (CorpusException e)
            {
                Assert.Equal(CorpusProblem.EmptyFile, e.Problem);
                Assert.True(string.IsNullOrWhiteSpace(raw));
            }
        }));
    }

    [Fact]
    public void Cleaning_any_text_without_uncoverable_markup_twice_changes_nothing_the_second_time()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.IdempotentText, raw =>
        {
            string once = ArticleReader.FromText("fuzz", raw, _corpus.Rules).Text;
            var twice = ArticleReader.FromText("fuzz", once, _corpus.Rules);
            Assert.Equal(once, twice.Text);
        }));
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_the_same_article()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.UnicodeText, raw =>
            Assert.Equal(Fingerprint(ArticleReader.FromText("fuzz", raw, _corpus.Rules)), Fingerprint(ArticleReader.FromText("fuzz", raw, _corpus.Rules)))));
    }

    [Fact]
    public void Sentences_of_any_paragraph_are_non_empty_trimmed_ordered_and_inside_it()
    {
        var splitter = new SentenceSplitter(_corpus.Rules.Abbreviations);
        var cases = FuzzInputs.UnicodeText.Generator
            .SelectMany(text => Gen.Choose(0, text.Length).SelectMany(start => Gen.Choose(start, text.Length).Select(end => (text, new TextSpan(start, end)))))
            .ToArbitrary();
        Check.One(FuzzInputs.Config(), Prop.ForAll(cases, c =>
        {
            var (text, paragraph) = c;
            var sentences = splitter.Split(text, paragraph).ToList();
            int previousEnd = paragraph.Start;
            foreach (var s in sentences)
            {
                Assert.True(paragraph.Contains(s) && !s.IsEmpty && s.Start >= previousEnd, $"sentence {s} in paragraph {paragraph}");
                Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), $"sentence {s} is not trimmed");
                previousEnd = s.End;
            }
            Assert.Equal(sentences, splitter.Split(text, paragraph).ToList());
        }));
    }

    [Fact]
    public void Temporal_expressions_of_any_text_lie_inside_it_and_are_the_same_on_every_run()
    {
        var lexicon = TimelineAnalysis.LexiconFor(_corpus.DataDirectory);
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.UnicodeText, raw =>
        {
            var article = ArticleReader.FromText("fuzz", raw, _corpus.Rules);
            var found = article.TemporalExpressions(lexicon);
            foreach (var e in found)
            {
                Assert.True(e.Span.End <= article.Text.Length && !e.Span.IsEmpty, $"expression {e.Span} outside {article.Text.Length}");
                Assert.True(e.Anchor is null || e.Anchor.Value.End <= article.Text.Length);
                Assert.True(e.SentenceIndex >= 0 && e.SentenceIndex < article.Sentences.Count);
                Assert.True(article.Sentences[e.SentenceIndex].Span.Contains(e.Span), $"expression {e.Span} outside its sentence");
                _ = e.Text;
            }
            Assert.Equal(found.Select(e => e.ToString()), article.TemporalExpressions(lexicon).Select(e => e.ToString()));
        }));
    }

    [Fact]
    public void Attributions_of_any_text_lie_inside_their_sentence_and_are_the_same_on_every_run()
    {
        var lexicon = SourcingAnalysis.LexiconFor(_corpus.DataDirectory);
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.UnicodeText, raw =>
        {
            var article = ArticleReader.FromText("fuzz", raw, _corpus.Rules);
            var found = article.Attributions(lexicon);
            foreach (var a in found)
            {
                Assert.True(a.SentenceIndex >= 0 && a.SentenceIndex < article.Sentences.Count);
                Assert.True(a.Content.End <= article.Text.Length, $"content {a.Content} outside {article.Text.Length}");
                Assert.True(a.Source is null || a.Source.Value.End <= article.Text.Length, $"source {a.Source} outside {article.Text.Length}");
                _ = (a.ContentText, a.SourceText);
            }
            Assert.Equal(found.Select(Describe), article.Attributions(lexicon).Select(Describe));
        }));

        static string Describe(Attribution a) => $"{a} {a.Content} {a.Source}";
    }

    [Fact]
    public void Shared_passages_between_any_two_texts_lie_inside_both_and_are_the_same_on_every_run()
    {
        var options = new TextReuseOptions { BackReferenceCues = BackReferenceLexicon.Load(_corpus.DataDirectory) };
        // Two texts around a common middle, so most cases do share a passage.
        var pairs = FuzzInputs.UnicodeText.Generator.Three()
            .Select(t => (t.Item1 + "\n" + t.Item3 + " " + t.Item3 + "\n" + t.Item2, t.Item2 + " the aforementioned " + t.Item3 + " " + t.Item3 + " " + t.Item1))
            .ToArbitrary();
        Check.One(FuzzInputs.Config(0.5), Prop.ForAll(pairs, pair =>
        {
            var a = ArticleReader.FromText("a", pair.Item1, _corpus.Rules);
            var b = ArticleReader.FromText("b", pair.Item2, _corpus.Rules);
            var report = TextReuse.Find([a, b], options);
            foreach (var p in report.Passages)
            {
                Assert.True(p.SpanInA.End <= p.A.Text.Length && p.SpanInB.End <= p.B.Text.Length, p.ToString());
                Assert.True(p.WordsInA > 0 && p.WordsInB > 0 && p.ExactWords <= p.WordsInB, p.ToString());
            }
            foreach (var d in report.DanglingReferences)
                Assert.True(d.Cue.End <= d.Article.Text.Length && d.ReferentContextInSource.End <= d.Source.Text.Length);
            Assert.All(report.Shares, s => Assert.InRange(s.SharedWords, 0, s.TotalWords));
            Assert.Equal(report.Passages.Select(p => p.ToString()), TextReuse.Find([a, b], options).Passages.Select(p => p.ToString()));
        }));
    }

    [Fact]
    public void Any_HTML_loads_as_an_article_or_fails_only_for_want_of_text()
    {
        Check.One(FuzzInputs.Config(), Prop.ForAll(FuzzInputs.Html, html =>
        {
            try
            {
                var article = ArticleLoader.FromHtml(html, _corpus.Rules, origin: "fuzz.html");
                Assert.Null(Accounting.PartitionFault(article));
                AssertSpansInside(article);
                Assert.Equal(Fingerprint(article), Fingerprint(ArticleLoader.FromHtml(html, _corpus.Rules, origin: "fuzz.html")));
            }
            catch (CorpusException e)
            {
                Assert.Equal(CorpusProblem.EmptyFile, e.Problem);
                Assert.StartsWith("fuzz.html: ", e.Message, StringComparison.Ordinal);
            }
        }));
    }

    [Fact]
    public void The_HTML_views_of_an_article_from_any_HTML_hold_no_script_handler_or_javascript_link()
    {
        var formatter = new MediaLitFormatterSource().CreateTypeFormatters().Cast<MediaLitFormatter>().Single(f => f.MimeType == "text/html");
        var parser = new HtmlParser();
        Check.One(FuzzInputs.Config(0.5), Prop.ForAll(FuzzInputs.Html, html =>
        {
            Article article;
            try
            {
                article = ArticleLoader.FromHtml(html, _corpus.Rules, origin: "fuzz.html");
            }
            catch (CorpusException)
            {
                return;
            }
            foreach (object view in new object[] { article, article.ShowCleaning(includeFormatting: true), new[] { article }.Overview() })
            {
                using var writer = new StringWriter();
                Assert.True(formatter.Format(view, writer));
                var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + writer + "</body></html>");
                Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, svg, math, base, meta, link"));
                foreach (var element in document.All)
                    foreach (var attribute in element.Attributes)
                    {
                        Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> in a view");
                        Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"javascript: link in a view");
                    }
            }
        }));
    }

    // Found by Any_HTML_loads_as_an_article_or_fails_only_for_want_of_text: System.Text.Json refuses a lone
    // surrogate with an ArgumentException, which escaped the extractor's "skip broken JSON-LD" catch.
    [Fact]
    public void JSON_LD_holding_a_lone_surrogate_is_skipped_like_any_broken_JSON_LD()
    {
        string html = "<html><head><script type=\"application/ld+json\">{\"headline\": \"Bad \uD800 title\"}</script></head>"
            + "<body><h1>Good title</h1><p>Officials said it rained.</p></body></html>";
        var article = ArticleLoader.FromHtml(html, _corpus.Rules);
        Assert.Equal("Good title", article.Metadata.Title.Value);
    }

    private static void AssertSpansInside(Article article)
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

    private static string Fingerprint(Article a)
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

    private static bool IsWellFormed(string text)
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
