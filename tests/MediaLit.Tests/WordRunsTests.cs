using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Tests;

/// <summary>
/// The rates per thousand words count words as runs of non-white-space. The count is now made in place; these check it
/// against the split it replaced, on the articles and on the white space a pasted text brings.
/// </summary>
public sealed class WordRunsTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static int BySplit(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("one")]
    [InlineData("  two  words ")]
    [InlineData("tab\tand\r\nline\nbreaks")]
    [InlineData("no\u00A0break space and\u2028line separator")]
    [InlineData("zero\u200Bwidth space is not white space")]
    [InlineData("ideographic\u3000space, em\u2003space")]
    [InlineData("“Quoted,” he said — twice .")]
    public void Counts_what_a_split_on_white_space_counts(string text) =>
        Assert.Equal(BySplit(text), WordRuns.Count(text, new TextSpan(0, text.Length)));

    [Theory]
    [InlineData("", 1)]
    [InlineData("one", 1)]
    [InlineData("one", 2)]
    [InlineData("  two  words ", 2)]
    [InlineData("  two  words ", 3)]
    [InlineData("“Four words at least,” he said", 4)]
    [InlineData("“Three words only”", 4)]
    public void At_least_answers_as_the_count_does(string text, int words) =>
        Assert.Equal(BySplit(text) >= words, WordRuns.AtLeast(text, new TextSpan(0, text.Length), words));

    [Fact]
    public void Every_sentence_of_the_articles_has_the_split_count()
    {
        foreach (var article in fixture.Corpus)
            foreach (var sentence in article.Sentences)
                Assert.Equal(BySplit(sentence.Text), WordRuns.Count(article.Text, sentence.Span));
    }

    [Fact]
    public void Body_words_are_counted_without_a_string_per_word()
    {
        var lexicon = SourcingAnalysis.LexiconFor(fixture.Corpus.DataDirectory);
        var profiles = fixture.Corpus.Select(a => a.Sourcing(lexicon)).ToList();
        foreach (var profile in profiles)
            Assert.Equal(profile.Article.BodySentences.Sum(s => BySplit(s.Text)), profile.BodyWords);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int words = profiles.Sum(p => p.BodyWords);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // A few enumerators, not the thousands of strings a split makes.
        Assert.True(allocated < 2_000, $"Counting {words:N0} body words allocated {allocated:N0} bytes.");
    }
}
