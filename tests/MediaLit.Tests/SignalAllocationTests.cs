using MediaLit.Evidence;
using MediaLit.Sourcing;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// The evidence signals of the pack's five articles, already read and with their attributions found, allocate at most
/// one and a half times their clean text (counted in characters, about 31,000). They allocated about 374 KB a pass
/// (twelve times the text) when the body's words were counted by splitting every sentence and each hit made a string;
/// about 40 KB now, nearly all of it the hits themselves. Bytes are counted, not time, so a busy machine cannot fail it.
/// </summary>
public sealed class SignalAllocationTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Signals_of_the_five_articles_allocate_at_most_one_and_a_half_times_their_text()
    {
        var corpus = fixture.Corpus;
        var people = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        var lexicon = EvidenceAnalysis.LexiconFor(corpus.DataDirectory);
        var articles = corpus.ToList();
        var sourcing = articles.Select(a => a.Sourcing(people)).ToList();
        long characters = articles.Sum(a => (long)a.Text.Length);
        // Warmed first: the word lists' tables, their regexes and the thread's working lists are made once, not per pass.
        long perPass = AllocatedBytes.PerPass(() =>
        {
            for (int k = 0; k < articles.Count; k++)
                _ = SignalFinder.Find(articles[k], sourcing[k], lexicon, people);
        });

        output.WriteLine($"{perPass:N0} bytes a pass for {characters:N0} characters of text ({(double)perPass / characters:0.00} per character)");
        Assert.True(2 * perPass <= 3 * characters, $"Signals of the five articles allocated {perPass:N0} bytes a pass, over one and a half times their {characters:N0} characters.");
    }
}
