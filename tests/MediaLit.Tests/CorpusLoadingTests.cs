using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Tests;

public class CorpusLoadingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void The_corpus_holds_the_five_articles_in_id_order()
    {
        Assert.Equal(["000", "001", "002", "003", "004"], _corpus.Select(a => a.Id));
        Assert.Equal(5, _corpus.Count);
        Assert.Equal("002", _corpus[2].Id);
    }

    [Theory]
    [InlineData("000", "articles/000_eb30bf6db58f06ef.txt")]
    [InlineData("001", "articles/001_0b374cb1d939e815.txt")]
    [InlineData("002", "articles/002_abb946adf4301d00.txt")]
    [InlineData("003", "articles/003_70b5d496d5c5ba0b.txt")]
    [InlineData("004", "articles/004_a4b30b875674f979.txt")]
    public void Each_article_keeps_its_file_exactly_as_stored(string id, string file)
    {
        var article = _corpus[id];
        Assert.Equal(file, article.FileName);
        string onDisk = File.ReadAllText(Path.Combine(fixture.DataDirectory, file));
        Assert.Equal(onDisk, article.RawText);
    }

    [Fact]
    public void An_unknown_id_throws_KeyNotFoundException_that_lists_the_ids()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => _corpus["999"]);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains("000, 001, 002, 003, 004", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_remembers_its_data_folder_and_rules()
    {
        Assert.Equal(Path.GetFullPath(fixture.DataDirectory), _corpus.DataDirectory);
        Assert.NotEmpty(_corpus.Rules.Furniture);
        Assert.NotEmpty(_corpus.Rules.Metadata);
        Assert.NotEmpty(_corpus.Rules.Captions);
        Assert.Contains(_corpus.Rules.Abbreviations, a => a.Text == "Mr." && !a.BeforeNumberOnly);
        Assert.Contains(_corpus.Rules.Abbreviations, a => a.Text == "No." && a.BeforeNumberOnly);
    }

    [Fact]
    public void DataFolder_finds_data_from_the_notebooks_folder()
    {
        string notebooks = Path.Combine(TestPaths.RepositoryRoot, "notebooks");
        Assert.True(Directory.Exists(notebooks), $"{notebooks} should exist");
        Assert.Equal(Path.GetFullPath(TestPaths.DataDirectory), DataFolder.Find(notebooks));
    }

    [Fact]
    public void DataFolder_finds_data_from_the_test_binaries()
    {
        Assert.Equal(Path.GetFullPath(TestPaths.DataDirectory), DataFolder.Find(AppContext.BaseDirectory));
    }

    [Fact]
    public void DataFolder_falls_back_to_the_library_location_when_the_start_folder_has_no_data()
    {
        Assert.Equal(Path.GetFullPath(TestPaths.DataDirectory), DataFolder.Find(Path.GetPathRoot(Path.GetTempPath())));
    }

    [Fact]
    public void A_text_of_ones_own_is_read_with_the_corpus_rules()
    {
        var article = _corpus.Read("mine", "My Headline\n\nBy Jane Doe\n\nIt rained. Then it stopped.\n\nPlease enter your comment!");
        Assert.Equal("mine", article.Id);
        Assert.Equal("My Headline\nIt rained. Then it stopped.", article.Text);
        Assert.Equal("Jane Doe", article.Metadata.Author.FromText.Value);
        Assert.Equal(["My Headline", "It rained.", "Then it stopped."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Every_article_has_paragraphs_and_sentences_of_its_own_text()
    {
        foreach (var article in _corpus)
        {
            Assert.NotEmpty(article.Paragraphs);
            Assert.Equal(article.Text, string.Join("\n", article.Paragraphs.Select(p => p.Text)));
            Assert.Equal(Enumerable.Range(0, article.Sentences.Count), article.Sentences.Select(s => s.Index));
            Assert.All(article.Sentences, s => Assert.True(article.Paragraphs[s.ParagraphIndex].Span.Contains(s.Span), $"{article.Id} sentence {s.Index}"));
            Assert.All(article.Sentences, s => Assert.Equal(article.Paragraphs[s.ParagraphIndex].Kind, s.ParagraphKind));
            Assert.True(article.WordCount > 500, $"{article.Id} has {article.WordCount} words");
        }
    }
}
