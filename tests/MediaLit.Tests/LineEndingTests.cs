using MediaLit.Articles;
using MediaLit.Html;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: "\r" (old Mac), "\r\n" (Windows) and "\n" all end a line, so a seed article gives the same
/// paragraphs and sentences whatever its line endings, and cleaning still only deletes.
/// </summary>
public sealed class LineEndingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static string Mixed(string lf)
    {
        // Cycle through the three endings, line by line.
        string[] lines = lf.Split('\n');
        string[] endings = ["\r", "\r\n", "\n"];
        return string.Concat(lines.Select((line, i) => i == lines.Length - 1 ? line : line + endings[i % 3]));
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "000", "CR" }, { "000", "CRLF" }, { "000", "mixed" },
        { "003", "CR" }, { "003", "CRLF" }, { "003", "mixed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_seed_article_has_the_same_paragraphs_with_any_line_endings(string id, string endings)
    {
        var seed = _corpus[id];
        string raw = endings switch
        {
            "CR" => seed.RawText.Replace("\n", "\r", StringComparison.Ordinal),
            "CRLF" => seed.RawText.Replace("\n", "\r\n", StringComparison.Ordinal),
            _ => Mixed(seed.RawText),
        };
        var article = ArticleLoader.FromString(raw, _corpus.Rules, id);

        Assert.Equal(seed.Paragraphs.Select(p => (p.Text, p.Kind)), article.Paragraphs.Select(p => (p.Text, p.Kind)));
        Assert.Equal(seed.Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        // The same rules remove the same things; only line-break whitespace differs ('\r' are extra characters).
        Assert.Equal(Claimed(seed), Claimed(article));
        Assert.Null(Accounting.PartitionFault(article));
    }

    private static IEnumerable<string> Claimed(Article article) =>
        article.Removals.Where(r => r.RuleId != "whitespace").Select(r => r.RuleId + ": " + string.Concat(r.Text.Where(c => !char.IsWhiteSpace(c))));

    [Fact]
    public void A_CR_only_text_is_not_one_disclaimer()
    {
        string raw = "A headline\r\rOfficials said it rained.\rThis site contains copyrighted material the use of which has not always been authorised.\r";
        var article = ArticleLoader.FromString(raw, _corpus.Rules);
        Assert.Equal(["A headline", "Officials said it rained."], article.Paragraphs.Select(p => p.Text));
        Assert.Single(article.Removals, r => r.RuleId == "disclaimer");
        Assert.Null(Accounting.PartitionFault(article));
    }
}
