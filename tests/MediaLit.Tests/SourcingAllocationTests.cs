using MediaLit.Sourcing;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Issue #18: finding the attributions of the pack's five articles, already read, allocates at most twice their clean
/// text (counted in characters, about 31,000). It allocated about 276 KB a pass before; the bound catches a copy per
/// word or per phrase coming back, not a few objects more. Bytes are counted, not time, so a busy machine cannot fail it.
/// </summary>
public sealed class SourcingAllocationTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Attributions_of_the_five_articles_allocate_at_most_twice_their_text()
    {
        var corpus = fixture.Corpus;
        var lexicon = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        long characters = corpus.Sum(a => (long)a.Text.Length);
        // Warmed first: the sentences, the lexicon's patterns and caches are made once, not per pass.
        long perPass = AllocatedBytes.PerPass(() =>
        {
            foreach (var article in corpus)
                _ = article.Attributions(lexicon);
        });

        output.WriteLine($"{perPass:N0} bytes a pass for {characters:N0} characters of text ({(double)perPass / characters:0.00} per character)");
        Assert.True(perPass <= 2 * characters, $"Attributions of the five articles allocated {perPass:N0} bytes a pass, over twice their {characters:N0} characters.");
    }
}
