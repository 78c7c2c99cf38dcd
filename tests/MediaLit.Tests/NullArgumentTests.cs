using MediaLit.Articles;
using MediaLit.Html;

namespace MediaLit.Tests;

/// <summary>Issue #17: a null passed to a public entry point is an ArgumentNullException saying what was expected.</summary>
public sealed class NullArgumentTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static void SaysWhatWasExpected(ArgumentNullException error, string parameter)
    {
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("is null: pass ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromString_with_null_text() =>
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleLoader.FromString(null!, _corpus.Rules)), "text");

    [Fact]
    public void FromString_with_null_rules() =>
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleLoader.FromString("Some text.", null!)), "rules");

    [Fact]
    public void FromString_with_a_null_id() =>
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleLoader.FromString("Some text.", _corpus.Rules, null!)), "id");

    [Fact]
    public void FromHtml_with_null_html() =>
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleLoader.FromHtml(null!, _corpus.Rules)), "html");

    [Fact]
    public void FromFile_with_a_null_path() =>
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleLoader.FromFile(null!, _corpus.Rules)), "path");

    [Fact]
    public async Task FromUrlAsync_with_a_null_url() =>
        SaysWhatWasExpected(await Assert.ThrowsAsync<ArgumentNullException>(() => ArticleLoader.FromUrlAsync(null!, _corpus.Rules)), "url");

    [Fact]
    public void Corpus_Read_and_ArticleReader_with_null_text()
    {
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => _corpus.Read("mine", null!)), "rawText");
        SaysWhatWasExpected(Assert.Throws<ArgumentNullException>(() => ArticleReader.FromText(null!, "Some text.", _corpus.Rules)), "id");
    }
}
