using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Tests;

/// <summary>A source is looked for inside its own sentence, even where a comma just before the sentence is in reach.</summary>
public sealed class SentenceStartTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    // Found by a random text: the place-and-age reading walked back over spaces to the comma that ends the line
    // before, and read the stretch from the sentence's start to that comma backwards (an exception, so no attributions).
    [Theory]
    [InlineData("Title\n\nthe spokesman told by Ab Cd, Ef and Gh , according to . , \nAb Cdwere reported by the spokesman . told said the spokesman said by Ab Cd, Ef and Gh ")]
    [InlineData("Title\n\n. told  and ,  and Reuters, AP and TASS\"quote here,\" \n. , \ntold , , , Reuters, AP and TASS and \"quote here,\" by Ab Cd, Ef and Gh \"quote here,\"  and Reuters, AP and TASS")]
    public void A_comma_before_the_sentence_is_not_read_as_part_of_it(string text)
    {
        var article = fixture.Corpus.Read("comma", text);
        var lexicon = SourcingAnalysis.LexiconFor(fixture.Corpus.DataDirectory);
        var attributions = article.Attributions(lexicon);
        foreach (var attribution in attributions)
        {
            var sentence = article.Sentences[attribution.SentenceIndex].Span;
            if (attribution.Source is { } source)
                Assert.True(source.Start >= sentence.Start && source.End <= sentence.End, $"source {source} outside its sentence {sentence}");
        }
    }

    // Found by the allocation helper's random texts: a comma that opens the text, before a reporting verb, made the
    // search for an appositive's comma start at position -1 (ArgumentOutOfRangeException, so no attributions at all).
    [Theory]
    [InlineData(", said Reuters.")]
    [InlineData(",said the spokesman, and more.")]
    public void A_comma_that_opens_the_text_before_a_cue_is_read(string text)
    {
        var article = fixture.Corpus.Read("comma", text);
        var attributions = article.Attributions(SourcingAnalysis.LexiconFor(fixture.Corpus.DataDirectory));
        Assert.All(attributions, a => Assert.InRange(a.Content.Start, 0, text.Length));
    }
}
