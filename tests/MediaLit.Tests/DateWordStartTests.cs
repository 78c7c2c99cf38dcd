using MediaLit.Articles;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// The date finder tries a {number} {unit} pattern and a decade only where a word starts: a match after a letter or digit
/// ("x12 years", the "949" of "1949") is always rejected, so trying it there is wasted work. Skipping those starts gives
/// the same expressions only while the lexicon keeps two properties, checked here, and the texts below read as before.
/// </summary>
public sealed class DateWordStartTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private TemporalLexicon Lexicon => TimelineAnalysis.LexiconFor(_corpus.DataDirectory);

    private IEnumerable<string> NumberWords => Lexicon.Words.Where(w => w.Means is "number" or "vague-number").Select(w => w.Word);

    /// <summary>
    /// A number word that began with a character other than a letter or digit ("-5", "'n'") would start a word in the
    /// middle of another ("x-5 years"): the search, which steps over a word's letters and digits as one, assumes none does.
    /// </summary>
    [Fact]
    public void Every_number_word_begins_with_a_letter_or_digit()
    {
        Assert.NotEmpty(NumberWords);
        Assert.All(NumberWords, word => Assert.True(char.IsLetterOrDigit(word[0]), $"'{word}' begins with '{word[0]}'"));
    }

    /// <summary>
    /// When a count found inside a word is skipped, the search goes on at the next word start, which may lie inside the
    /// count it skipped ("Rosa couple of years ago": "couple", "of", "years", "ago"). Had such a word been able to start a
    /// number, the old search (which jumped past claimed words there) and the new one could part ways. None can: no later
    /// word of a number, no unit and no word the count patterns put after a unit is, or begins with, a number word.
    /// </summary>
    [Fact]
    public void No_word_inside_a_count_after_its_first_can_start_a_number()
    {
        var numbers = NumberWords.ToList();
        var inside = Lexicon.Words.Where(w => w.Means is "number" or "vague-number").SelectMany(w => w.Word.Split(' ').Skip(1))
            .Concat(Lexicon.Words.Where(w => w.Means is "unit" or "month").Select(w => w.Word))
            .Concat(["ago", "back", "earlier", "in", "after", "later", "before"])
            .ToList();
        Assert.Contains("years", inside);
        Assert.Contains("couple", inside);
        foreach (string word in inside)
        {
            Assert.False(char.IsDigit(word[0]), $"'{word}' begins with a digit, which is a number");
            foreach (string number in numbers)
                Assert.False(word.Equals(number, StringComparison.OrdinalIgnoreCase) || word.StartsWith(number + " ", StringComparison.OrdinalIgnoreCase),
                    $"'{word}' (inside a count) can start the number '{number}'");
        }
    }

    [Theory]
    // A number glued to a letter or digit is not a number of the count, nor is the end of a year.
    [InlineData("It was x12 years ago.", new string[0])]
    [InlineData("Rosa year after year.", new string[0])]
    [InlineData("It took 1995 years.", new[] { "1995" })]
    [InlineData("The x1990s and the 1990s.", new[] { "1990s" })]
    // The same counts at a word start are read.
    [InlineData("It was 12 years ago.", new[] { "12 years ago" })]
    [InlineData("Rosa, a year after.", new[] { "a year after" })]
    [InlineData("in 1949, one year after 1948 and in 1950, a few years before", new[] { "1949", "one year after", "1948", "1950", "a few years before" })]
    [InlineData("Rosa couple of years ago, a couple of years ago", new[] { "a couple of years ago" })]
    public void A_count_or_decade_starts_only_at_a_word_start(string text, string[] expected)
    {
        var found = _corpus.TemporalExpressions(_corpus.Read("x", text)).Select(e => e.Text).ToArray();
        Assert.Equal(expected, found);
    }
}
