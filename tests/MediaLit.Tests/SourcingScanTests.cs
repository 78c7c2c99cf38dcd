using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Sourcing;

namespace MediaLit.Tests;

/// <summary>
/// The attribution finder's scans and linear patterns find exactly what the non-backtracking patterns they replaced
/// found (kept here as the specification), on random texts made of the pieces each pattern reads.
/// </summary>
public sealed class SourcingScanTests
{
    private const string FullNameSpec = @"\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,5}";
    private const string PassiveAgentSpec = @"^(?:was|were|is|are|been|being)\b.*\bby\s+(?<agent>.+)$";
    private const string ListSeparatorSpec = @"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+nor\s+|\s+or\s+)\s*";
    private const string CapitalisedListSpec = @"^\s*(?:[\p{Lu}][\p{L}/’'.-]*(?:\s[\p{Lu}][\p{L}/’'.-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))+[\p{Lu}][\p{L}/’'.-]*(?:\s[\p{Lu}][\p{L}/’'.-]*)*";

    private static Regex Spec(string pattern) => new(pattern, RegexOptions.NonBacktracking);

    private static string RandomText(Random random, string[] pieces, int maxPieces)
    {
        var text = new StringBuilder();
        for (int n = random.Next(0, maxPieces); n > 0; n--)
            text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    private static Regex Generated(string name) =>
        (Regex)typeof(AttributionFinder).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    [Fact]
    public void Full_names_are_those_the_pattern_found()
    {
        var spec = Spec(FullNameSpec);
        string[] pieces = ["Ab", "A", "b", "É", "é", "x", "Y", " ", "  ", "\n", "\t", "\u00a0", "’", "'", ".", "-", ",", "1", "Bc Cd"];
        var random = new Random(31);
        int names = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string text = RandomText(random, pieces, 30);
            int from = text.Length == 0 ? 0 : random.Next(0, Math.Min(3, text.Length));
            var expected = new List<(int, int)>();
            foreach (var match in spec.EnumerateMatches(text, from))
                expected.Add((match.Index, match.Length));
            var found = new List<(int, int)>();
            for (var run = AttributionFinder.NextFullName(text, from); run.Index >= 0; run = AttributionFinder.NextFullName(text, run.Index + run.Length))
                found.Add(run);
            Assert.Equal(expected, found);
            names += expected.Count;
        }
        Assert.True(names > 2_000, $"only {names} names in the random texts");
    }

    [Fact]
    public void Passive_agents_are_those_the_pattern_found()
    {
        var spec = Spec(PassiveAgentSpec);
        string[] pieces = ["was", "were", "is", "are", "been", "being", "by", " by ", " by ", " by\n", "b", "y", " ", " ", "  ", "\n", "\t", "x", "_", "\u0301", "\u0903", "\u200D", "\u0660", "\u2160", ".", "1"];
        var random = new Random(37);
        int agents = 0;
        for (int n = 0; n < 50_000; n++)
        {
            string text = pieces[random.Next(6)] + RandomText(random, pieces, 10);
            var match = spec.Match(text);
            int expected = match.Success ? match.Groups["agent"].Index : -1;
            Assert.True(expected == AttributionFinder.PassiveAgentStart(text), $"\"{Regex.Escape(text)}\": the pattern's agent starts at {expected}");
            agents += match.Success ? 1 : 0;
        }
        Assert.True(agents > 2_000, $"only {agents} agents in the random texts");
    }

    [Theory]
    [InlineData("ListSeparator", ListSeparatorSpec)]
    [InlineData("CapitalisedList", CapitalisedListSpec)]
    public void Linear_patterns_match_what_the_patterns_they_replaced_matched(string name, string specification)
    {
        var spec = Spec(specification);
        var pattern = Generated(name);
        Assert.False(pattern.Options.HasFlag(RegexOptions.NonBacktracking));
        string[] pieces = name == "CapitalisedList"
            ? ["Ab", "Ab Cd", "A", "b", " ", ", ", ",", " and ", "and ", "x", "/", "’", ".", "É", "\n"]
            : ["Ab", "A", "b", " ", "  ", "\n", ",", ", ", "and", "or", "nor", "android", "x", "/", "’", ".", "-", "É", "\u00a0"];
        var random = new Random(41);
        int matches = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string text = RandomText(random, pieces, 16);
            int start = text.Length == 0 ? 0 : random.Next(0, Math.Min(4, text.Length));
            int length = random.Next(0, text.Length - start + 1);
            var expected = Matches(spec.Match(text, start, length));
            Assert.Equal(expected, Matches(pattern.Match(text, start, length)));
            matches += expected.Count;
        }
        // Lists are rarer than separators in random text, but a few hundred of each is plenty to compare.
        Assert.True(matches > 200, $"only {matches} matches in the random texts");
    }

    /// <summary>The quick checks that skip a pattern on most sentences never skip one it matches.</summary>
    [Fact]
    public void Quick_checks_never_skip_a_sentence_the_word_list_patterns_match()
    {
        var lexicon = SourcingAnalysis.LexiconFor(TestPaths.DataDirectory);
        var grammar = lexicon.Grammar;
        var patterns = new[] { grammar.UnownedReport, grammar.StatementMadeBy, grammar.StatementNamedMade };
        // The phrases and nouns in any case, with the characters a case-insensitive match treats apart: the Kelvin
        // sign (a "k"), a dotless i, letters and digits that touch a word.
        string[] pieces = [
            "there", "There have been ", "reports", "REPORTS", "Rumours", "statement", "Statement", "remar\u212As", "remarks",
            " was made by ", " were ", " of ", " that ", "Winfrey", " made", "to say nothing of", "Needless To Say", "so to spea\u212A",
            "that is to say", "thıs", " ", ", ", "x", "1", "\u00e9", "ſ", "’"];
        var random = new Random(43);
        int matched = 0, idioms = 0;
        for (int n = 0; n < 30_000; n++)
        {
            string text = RandomText(random, pieces, 12);
            if (patterns.Any(p => p.IsMatch(text)))
            {
                matched++;
                Assert.True(grammar.MayHoldPatternNoun(text), $"\"{Regex.Escape(text)}\" matches a pattern but was skipped");
            }
            if (lexicon.IdiomPattern!.IsMatch(text))
            {
                idioms++;
                Assert.True(lexicon.MayHoldIdiom(text), $"\"{Regex.Escape(text)}\" holds a set phrase but was skipped");
            }
        }
        Assert.True(matched > 200 && idioms > 2_000, $"only {matched} pattern matches and {idioms} set phrases in the random texts");
    }

    private static List<(int, int)> Matches(Match match)
    {
        var all = new List<(int, int)>();
        for (; match.Success; match = match.NextMatch())
            all.Add((match.Index, match.Length));
        return all;
    }
}
