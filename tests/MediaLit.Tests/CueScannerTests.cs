using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Tests;

/// <summary>
/// The cue scanner finds exactly what the alternation it replaced found: every cue as a whole word, ignoring case,
/// the longest at each place, leftmost first, no overlaps. The reference is that regex, built here from the same
/// cues, and the texts are the five articles, the Wikinews dev and held-out texts and hand-made edge cases.
/// </summary>
public sealed class CueScannerTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static readonly SourcingLexicon Lexicon = SourcingAnalysis.LexiconFor(TestPaths.DataDirectory);

    private static readonly Regex Reference = new(
        $@"(?<!\p{{L}})(?:{string.Join('|', Lexicon.Cues.Select(c => c.Text).OrderByDescending(t => t.Length).Select(Regex.Escape))})(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<(string Cue, TextSpan At)> Expected(string text, int start, int end) =>
        Reference.Matches(text[start..end]).Select(m => (m.Value.ToLowerInvariant(), new TextSpan(start + m.Index, start + m.Index + m.Length))).ToList();

    private static List<(string Cue, TextSpan At)> Found(string text, int start, int end) =>
        new CueScanner(Lexicon.Cues).Scan(text, start, end).Select(x => (x.Cue.Text.ToLowerInvariant(), x.At)).ToList();

    [Fact]
    public void The_five_articles_give_the_same_cues_sentence_by_sentence()
    {
        int compared = 0;
        foreach (var article in fixture.Corpus)
            foreach (var sentence in article.Sentences)
            {
                Assert.Equal(Expected(article.Text, sentence.Span.Start, sentence.Span.End), Found(article.Text, sentence.Span.Start, sentence.Span.End));
                compared++;
            }
        Assert.True(compared > 200, $"only {compared} sentences compared");
    }

    [Fact]
    public void Unseen_news_gives_the_same_cues()
    {
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "attributions", "articles.jsonl"))
            .Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        Assert.True(texts.Count >= 80);
        int cues = 0;
        foreach (string text in texts)
        {
            var expected = Expected(text, 0, text.Length);
            Assert.Equal(expected, Found(text, 0, text.Length));
            cues += expected.Count;
        }
        Assert.True(cues > 100, $"only {cues} cues in the unseen texts");
    }

    [Theory]
    [InlineData("He SAID so.")]                                  // any case
    [InlineData("unsaid, resaid and said-so")]                   // inside a word: none; before a hyphen: one
    [InlineData("according to them, according  to them")]        // a cue's space is one space
    [InlineData("according\nto them")]                           // not a line break
    [InlineData("said")]                                         // the stretch's edges are word edges
    [InlineData("élsaid ésaid saidé said")]                      // letters of other scripts are letters
    [InlineData("")]
    [InlineData("“Quoted,” she said, adding that he told reporters he denied it.")]
    public void Edge_cases_give_the_same_cues(string text) =>
        Assert.Equal(Expected(text, 0, text.Length), Found(text, 0, text.Length));

    [Fact]
    public void A_stretch_inside_a_text_sees_no_letter_outside_it()
    {
        const string text = "xsaid said";
        // From index 1 the stretch starts with "said": the letter before it lies outside, as it did for the regex.
        Assert.Equal(Expected(text, 1, text.Length), Found(text, 1, text.Length));
        Assert.Equal(2, Found(text, 1, text.Length).Count);
    }

    [Theory]
    [InlineData("said,")]
    [InlineData("according  to")]
    [InlineData(" said")]
    public void A_cue_the_scanner_cannot_find_is_refused_with_the_file_named(string cue)
    {
        string folder = TestPaths.CopyOfDataSubfolder(SourcingLexicon.FolderName);
        try
        {
            string cues = Path.Combine(folder, SourcingLexicon.FolderName, "attribution-cues.jsonl");
            File.AppendAllText(cues, JsonSerializer.Serialize(new { cue, type = "speech", source = "test" }) + "\n");
            var error = Record.Exception(() => SourcingLexicon.Load(folder));
            Assert.NotNull(error);
            Assert.Contains("attribution-cues.jsonl", error.Message);
            Assert.Contains("one space between two", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
