using System.Text.RegularExpressions;
using MediaLit.Cleaning;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>
/// A cleaning rule runs on the backtracking engine (cheap to build) until a match runs out of time, then on the
/// non-backtracking engine (linear on any text), with the same result; constructs only backtracking has are refused.
/// </summary>
public sealed class RulePatternTests
{
    [Fact]
    public void The_share_block_rule_moves_to_the_linear_engine_on_a_line_it_would_retry_for_ever_and_answers_the_same()
    {
        var rule = CleaningRules.Load(TestPaths.DataDirectory).Furniture.Single(r => r.Id == "share-block");
        // Thirty share words then a letter that is none: each space can go to either of the rule's two \s*, so
        // the backtracking engine tries 2^30 splits before it gives up.
        string hostile = string.Concat(Enumerable.Repeat("Share ", 30)) + "x";
        var linear = new Regex(rule.Pattern.Text, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        Assert.Equal(linear.IsMatch(hostile), rule.Pattern.IsMatch(hostile));
        Assert.True(rule.Pattern.IsLinear);
        Assert.True(rule.Pattern.IsMatch("Share Facebook Twitter Email"));
        Assert.False(rule.Pattern.IsMatch("Share the news with your friends"));
    }

    [Fact]
    public void A_rule_starts_on_the_backtracking_engine_and_a_later_load_starts_where_a_time_out_left_it()
    {
        // A pattern no other test builds, so no earlier test has moved it.
        const string pattern = @"^(?<word>\w+\s?)+ RulePatternTests$";
        var first = new RulePattern(pattern, RegexOptions.CultureInvariant);
        Assert.False(first.IsLinear);
        Assert.Equal("ab cd", first.Match("ab cd RulePatternTests").Groups[0].Value[..5]);

        var hostile = first.Match(new string('a', 40) + "!");
        Assert.False(hostile.Success);
        Assert.True(first.IsLinear);
        Assert.True(first.IsMatch("ab cd RulePatternTests"));
        Assert.Equal("cd", first.Match("ab cd RulePatternTests").Groups["word"].Value.Trim());

        Assert.True(new RulePattern(pattern, RegexOptions.CultureInvariant).IsLinear);
    }

    [Fact]
    public void A_rule_that_has_read_enough_runs_compiled_and_finds_the_same_matches()
    {
        // A pattern no other test builds; the site-navigation rule's shape, which retries every split of a line of letters.
        const string pattern = @"^[A-Za-z ]*(?:[a-z][A-Z][A-Za-z ]*){5,}$ ?(?#RulePatternTests compiled)";
        var rule = new RulePattern(pattern, RegexOptions.CultureInvariant);
        var reference = new Regex(pattern, RegexOptions.CultureInvariant);
        string[] lines = ["HomeNewsWorldSportsCultureOpinion", "Home News World Sports", "the Taliban, said NewsWorld aB cD eF gH iJ",
            "aBcDeFgHiJ", "aBcDeFgHiJ!", "a line of prose as long as a paragraph with no capital inside it at all"];

        long read = 0;
        while (!rule.IsCompiled)
        {
            foreach (string line in lines)
            {
                Assert.Equal(reference.IsMatch(line), rule.IsMatch(line.AsSpan()));
                read += line.Length;
            }
            Assert.True(read < 2 * RulePattern.CompileAfter, $"still interpreted after {read:N0} characters");
        }
        Assert.True(read >= RulePattern.CompileAfter);
        Assert.False(rule.IsLinear);
        foreach (string line in lines)
        {
            Assert.Equal(reference.IsMatch(line), rule.IsMatch(line));
            Assert.Equal(reference.IsMatch(line), rule.IsMatch(line.AsSpan()));
            Assert.Equal(reference.Match(line).Value, rule.Match(line).Value);
        }
        Assert.Equal([true, false, false, true, false, false], lines.Select(rule.IsMatch).ToArray());
        // A new load of the rule starts interpreted again: each load pays its own reads before it compiles.
        Assert.False(new RulePattern(pattern, RegexOptions.CultureInvariant).IsCompiled);
    }

    [Fact]
    public void Every_line_a_rule_matches_alone_holds_the_start_of_a_match_when_the_lines_are_searched_joined()
    {
        // What the cleaner relies on to search an article's lines at once (ArticleCleaner.Candidates): a search from a
        // line's start finds a match starting in that line whenever the line has one. Lines from the pack's own rules,
        // lines that only almost match, and lines whose end a \s or a class could run past.
        var rules = CleaningRules.Load(TestPaths.DataDirectory);
        var patterns = rules.Furniture.Select(r => r.Pattern).Concat(rules.Metadata.Select(r => r.Pattern)).ToList();
        string[] pool = ["Share this:", "Share", "Share on Facebook Twitter Email", "By Jane Doe", "By:", "Articles by:", "Articles by: X",
            "Published: 3 March 2020", "Global Research, July 01, 2020", "Post Comment", "---", "*", "\\*", "Disclaimer:", "Region:",
            "HomeNewsWorldSportsCulture", "Tags:", "Copyright © 2020", "© 2019", "This article is licensed under CC BY 4.0",
            "Reporting by Jane Doe; Editing by John Roe", "originally published on The Site", "• Home » World", "•", "Subscribe",
            "The original source of this article is Global Research", "Sign up for our newsletter", "", " ", "plain prose, with a comma."];
        var random = new Random(5);
        foreach (var pattern in patterns)
        {
            Assert.True(pattern.ScansLines, pattern.Text);
            for (int round = 0; round < 300; round++)
            {
                var lines = Enumerable.Range(0, random.Next(1, 8)).Select(_ => pool[random.Next(pool.Length)]).ToArray();
                string joined = string.Concat(lines.Select(l => l + "\n"));
                var starts = new List<int>();
                for (int i = 0, at = 0; i < lines.Length; at += lines[i].Length + 1, i++)
                    starts.Add(at);
                var marked = new HashSet<int>();
                for (int at = 0; at < joined.Length;)
                {
                    int found = pattern.FirstMatch(joined, at);
                    if (found < 0)
                        break;
                    int line = starts.FindLastIndex(s => s <= found);
                    marked.Add(line);
                    at = line + 1 < starts.Count ? starts[line + 1] : joined.Length;
                }
                for (int i = 0; i < lines.Length; i++)
                    if (pattern.IsMatch(lines[i]))
                        Assert.True(marked.Contains(i), $"{pattern.Text}: line {i} of {string.Join(" | ", lines)}");
            }
        }
    }

    [Theory]
    [InlineData(@"^Share$", true)]
    [InlineData(@"\AShare", false)]
    [InlineData(@"Share\z", false)]
    [InlineData(@"Share\Z", false)]
    [InlineData(@"(?-m)^Share$", false)]
    [InlineData(@"(?i-sm:^share)", false)]
    [InlineData(@"(?m)^Share(?i:x)?", true)]
    public void A_rule_searches_joined_lines_only_when_its_anchors_hold_at_every_line(string pattern, bool scans) =>
        Assert.Equal(scans, new RulePattern(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline).ScansLines);

    [Theory]
    [InlineData("^(?=a)b", "lookahead")]
    [InlineData("^(?!a)b", "negative lookahead")]
    [InlineData("(?<=a)b", "lookbehind")]
    [InlineData("(?<!a)b", "negative lookbehind")]
    [InlineData("(?>a+)b", "atomic group")]
    [InlineData(@"(a)\1", "backreference")]
    [InlineData(@"(?<x>a)\k<x>", "backreference")]
    [InlineData("(?(a)b|c)", "conditional")]
    [InlineData("(?<x>a)(?<y-x>b)", "balancing group")]
    [InlineData(@"\Ga", @"\G")]
    public void A_construct_only_the_backtracking_engine_has_is_named(string pattern, string named)
    {
        Assert.Contains(named, LinearSyntax.Unsupported(pattern), StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => new Regex(pattern, RegexOptions.NonBacktracking));
    }

    [Theory]
    [InlineData(@"\(?=a")]
    [InlineData("[(?=]a")]
    [InlineData(@"[]\]](?<name>a)")]
    [InlineData(@"(?:a|b)(?i:c)\\1")]
    [InlineData(@"[a-z-[aeiou]](?'x'b)")]
    [InlineData(@"^\*\*Disclaimer:\*\*\s*\p{Lu}\b")]
    public void Look_alikes_the_linear_engine_runs_are_accepted(string pattern)
    {
        Assert.Null(LinearSyntax.Unsupported(pattern));
        _ = new Regex(pattern, RegexOptions.NonBacktracking);
    }

    [Fact]
    public void Every_rule_of_the_pack_would_build_on_the_linear_engine()
    {
        var rules = CleaningRules.Load(TestPaths.DataDirectory);
        var patterns = rules.Furniture.Select(r => r.Pattern).Concat(rules.Metadata.Select(r => r.Pattern)).Concat(rules.Captions.Select(r => r.Pattern)).ToList();
        Assert.True(patterns.Count >= 20, $"only {patterns.Count} rules found");
        Assert.All(patterns, p => _ = new Regex(p.Text, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
    }
}
