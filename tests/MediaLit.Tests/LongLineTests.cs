using System.Text;
using MediaLit.Articles;
using MediaLit.Cleaning;
using MediaLit.Html;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>
/// Issue #17: a 10 MB article on one line. No result depends on a regex time-out: rules are never tried on a
/// line longer than <see cref="CleaningRules.MaxRuleLineLength"/>, and a rule that runs out of time moves to the
/// non-backtracking engine (<see cref="RulePattern"/>); a rule that needs a construct only backtracking has is refused
/// on load with a CorpusException naming the file, the rule and the fix.
/// </summary>
public sealed class LongLineTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static string Line(string unit, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length + unit.Length < length)
            text.Append(unit);
        return text.Append('.').ToString();
    }

    // Letters and spaces to the end, then a full stop: site-navigation's nested quantifiers backtracked on it
    // past their 1 s time-out (a raw RegexMatchTimeoutException), whatever the machine.
    [Theory]
    [InlineData("the quick brown fox jumps over the lazy dog ")]
    [InlineData("aBcDeFgHiJ ")]
    public void A_10_MB_line_loads_from_a_file_without_a_time_out(string unit)
    {
        using var folder = new TempDataFolder(copyRules: false);
        string path = folder.WriteArticle("one-line.txt", Line(unit, (int)ArticleLoader.MaxBytes - 16));
        var article = ArticleLoader.FromFile(path, _corpus.Rules);
        Assert.Single(article.Paragraphs);
        Assert.DoesNotContain(article.Removals, r => r.RuleId != CleaningRuleIds.Whitespace);
    }

    [Fact]
    public void A_one_line_article_is_not_claimed_whole_by_an_unanchored_rule()
    {
        // The disclaimer rule matches this phrase anywhere in a line; a long one-line article is text, not a disclaimer.
        string text = Line("Officials said it rained in Kabul. ", 20_000) + " This site contains copyrighted material the use of which has not always been authorised.";
        var article = ArticleLoader.FromString(text, _corpus.Rules);
        Assert.Single(article.Paragraphs);
        Assert.DoesNotContain(article.Removals, r => r.RuleId == "disclaimer");
    }

    [Fact]
    public void A_rule_that_needs_backtracking_is_refused_on_load_naming_the_file_the_rule_and_the_fix()
    {
        using var folder = new TempDataFolder();
        // A lookahead needs the backtracking engine, and (a+)+$ would then retry exponentially on "aaa…ab" with
        // nowhere to move to: refused when the rules load, so no article can ever wait on it.
        string rules = Path.Combine(folder.Root, "rules", "furniture.jsonl");
        File.AppendAllText(rules,
            """{"id": "slow-rule", "reason": "r", "scope": "line", "pattern": "^(?=a)(a+)+$", "source": "a test"}""" + "\n");
        var error = Assert.Throws<CorpusException>(() => CleaningRules.Load(folder.Root));
        Assert.Equal(CorpusProblem.MalformedRules, error.Problem);
        Assert.StartsWith(rules + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the rule \"slow-rule\" needs a feature of the backtracking regex engine", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: rewrite its pattern without lookarounds", error.Message, StringComparison.Ordinal);
    }
}
