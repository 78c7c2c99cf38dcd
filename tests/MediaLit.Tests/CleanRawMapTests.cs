using MediaLit.Articles;

namespace MediaLit.Tests;

/// <summary>
/// The article keeps its removals only as cuts in the clean text (CleanRawMap): the raw text, each removal's span and
/// text, and every clean position's raw position are all derived from them, so each is checked against the text read.
/// </summary>
public class CleanRawMapTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    // Removals side by side with different rules (heading signs, then a link's markup, a blank line, an escape, bold),
    // at the very start and the very end, and a lone '\r' line end.
    private const string Raw = "  # [Title](http://x)  \r\n\n\nBody \\*one\\* **two** [three](#).\rLast line.\n\n\n";

    [Fact]
    public void The_raw_text_is_rebuilt_character_for_character_from_the_clean_text_and_the_cuts()
    {
        var article = _corpus.Read("map", new string(Raw.AsSpan()));
        Assert.Equal(Raw, article.RawText);
        Assert.Equal(Raw.Length, article.RawLength);
    }

    [Fact]
    public void Removals_are_the_raw_text_between_the_kept_characters_in_order()
    {
        var article = _corpus.Read("map", Raw);
        int at = 0, clean = 0;
        foreach (var removal in article.Removals)
        {
            // What lies before a removal is kept, character for character.
            while (at < removal.RawSpan.Start)
                Assert.Equal(Raw[at++], article.Text[clean++]);
            Assert.Equal(Raw[removal.RawSpan.Start..removal.RawSpan.End], removal.Text);
            at = removal.RawSpan.End;
        }
        Assert.Equal(Raw[at..], article.Text[clean..]);
        Assert.Contains(article.Removals, r => r.RuleId.StartsWith("markup.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_clean_position_maps_to_the_same_raw_character()
    {
        var article = _corpus.Read("map", Raw);
        for (int i = 0; i < article.Text.Length; i++)
            Assert.Equal(Raw[article.ToRawPosition(i)], article.Text[i]);
    }

    [Fact]
    public void Removals_are_made_once_and_kept()
    {
        var article = _corpus.Read("map", Raw);
        Assert.Same(article.Removals, article.Removals);
    }
}
