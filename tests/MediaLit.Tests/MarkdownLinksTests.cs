using System.Text.RegularExpressions;
using MediaLit.Cleaning;

namespace MediaLit.Tests;

/// <summary>The linear link scanner finds exactly what the pattern it replaced found.</summary>
public sealed class MarkdownLinksTests
{
    private static readonly Regex Pattern = new(@"\[(?<anchor>(?:\\.|[^\]\\])*)\]\((?<target>[^)\s]*)\)", RegexOptions.NonBacktracking);

    [Fact]
    public void MarkdownLinks_match_the_old_pattern_on_random_lines()
    {
        var random = new Random(23);
        // Every character the pattern treats apart, and spaces it does not see as one ('\u00a0', '\u2028', '\u0085' are).
        const string alphabet = "[[]]((()))\\\\ a\n\u00a0\u2028\u0085x";
        int links = 0;
        for (int n = 0; n < 20_000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 30 + (n % 11 == 0 ? 400 : 0))).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = Pattern.Matches(line).Select(m => (m.Index, m.Groups["anchor"].Index + m.Groups["anchor"].Length, m.Index + m.Length)).ToList();
            Assert.Equal(expected, InlineMarkup.MarkdownLinks(line));
            links += expected.Count;
        }
        Assert.True(links > 1_000, $"only {links} links in the random lines: the alphabet no longer makes enough of them to compare");
    }

    [Theory]
    [InlineData(@"See [Afro-Asian \(""Indian""\) Ocean](#) and [the map](https://example.org/map).", 2)]
    [InlineData(@"[escaped \] bracket](a) [no target] (b) [space](a b)", 1)]
    [InlineData(@"[[nested]](x)", 0)] // an anchor ends at its first unescaped bracket
    [InlineData(@"\", 0)]
    public void Links_on_written_lines(string line, int count)
    {
        Assert.Equal(count, Pattern.Count(line));
        Assert.Equal(count, InlineMarkup.MarkdownLinks(line).Count);
    }
}
