using MediaLit.Articles;
using MediaLit.Timelines;

namespace MediaLit.Tests;

/// <summary>
/// The date finder skips a pattern for a sentence without the words it needs (TemporalTriggers), and rules a word out
/// by its length, first and last letter before comparing it with the trigger words. That quick no ignores case and
/// lets through any letter outside ASCII; these texts check that a trigger written in any case, or a word only a
/// comparison can rule out, still reads as it did before the last letter was part of the check (reading the wrong
/// letter as the last one fails all four).
/// </summary>
public sealed class DateTriggerTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private TemporalLexicon Lexicon => TimelineAnalysis.LexiconFor(_corpus.DataDirectory);

    private List<string> Found(string text) => [.. _corpus.TemporalExpressions(_corpus.Read("trigger", text)).Select(e => e.Text)];

    private static string LastUpper(string word) => word[..^1] + char.ToUpperInvariant(word[^1]);

    /// <summary>Every unit word of the lexicon, in lower case, upper case and with only its last letter upper, as "two … ago".</summary>
    [Fact]
    public void Units_are_found_in_any_case_of_their_first_and_last_letter()
    {
        var units = Lexicon.Words.Where(w => w.Means == "unit" && !w.Word.Contains(' ')).Select(w => w.Word).ToList();
        Assert.NotEmpty(units);
        foreach (string unit in units)
            foreach (string written in new[] { unit, unit.ToUpperInvariant(), LastUpper(unit), char.ToUpperInvariant(unit[0]) + unit[1..] })
                Assert.Contains($"two {written} ago", Found($"The law passed two {written} ago, said the minister."));
    }

    /// <summary>"AGO", "Ago" and "agO" are the word the Ago pattern needs; "agos" and "Chicago" are not.</summary>
    [Fact]
    public void A_trigger_word_counts_in_any_case_and_only_as_a_whole_word()
    {
        Assert.Contains("three years AGO", Found("It closed three years AGO."));
        Assert.Contains("three years agO", Found("It closed three years agO."));
        Assert.DoesNotContain(Found("It closed three years agos."), e => e.Contains("ago", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Found("It closed three years Chicago."), e => e.Contains("ago", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Months keep their case ("may" is a verb), whatever their last letter: "MaY" and "may" name no month.</summary>
    [Fact]
    public void Months_keep_their_case()
    {
        Assert.Contains("May 2019", Found("The vote was held in May 2019."));
        Assert.Contains("December 2016", Found("The vote was held in December 2016."));
        Assert.DoesNotContain("MaY 2019", Found("The vote was held in MaY 2019."));
        Assert.DoesNotContain("may 2019", Found("The vote was held in may 2019."));
    }

    /// <summary>
    /// A word that ends in a letter outside ASCII passes the quick no (that letter could fold onto an ASCII one) and is
    /// rejected by the comparison: "yearś" is not "years"; the date beside it in the same sentence is still found.
    /// </summary>
    [Fact]
    public void A_word_ending_outside_ascii_is_compared_not_skipped()
    {
        var found = Found("Two yearś ago the café closed; two years ago it opened.");
        Assert.DoesNotContain(found, e => e.Contains("yearś", StringComparison.Ordinal));
        Assert.Contains("two years ago", found);
    }
}
