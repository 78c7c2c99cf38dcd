using System.Diagnostics;
using System.Text.RegularExpressions;
using MediaLit.Cleaning;

namespace MediaLit.Tests;

/// <summary>The hand-read link syntax finds exactly what the link pattern it replaced found, in time linear in the line.</summary>
public sealed class LinkSyntaxTests
{
    private static readonly Regex Pattern = new(InlineMarkup.LinkPattern);

    private static List<(int, int, string, string)> Scanned(string line)
    {
        var found = new List<(int, int, string, string)>();
        for (var link = InlineMarkup.NextLink(line, 0); link is { } l; link = InlineMarkup.NextLink(line, l.End))
            found.Add((l.Start, l.End - l.Start, line[l.AnchorStart..l.AnchorEnd], line[l.TargetStart..l.TargetEnd]));
        return found;
    }

    [Theory]
    [InlineData("See [the report](https://example.org/a) and [this](#).")]
    [InlineData(@"[Afro-Asian \(""Indian""\) Ocean](#) and [a \] b](x)")]
    [InlineData(@"[a\](b) [c](d e) [f]( g) [](h)[i]()")]
    [InlineData(@"[[nested](x)] [a\\](y) \[not](z) [end\")]
    public void Written_links_are_read_as_the_pattern_reads_them(string line) =>
        Assert.Equal(Pattern.Matches(line).Select(m => (m.Index, m.Length, m.Groups["anchor"].Value, m.Groups["target"].Value)).ToList(), Scanned(line));

    [Fact]
    public void Links_match_the_pattern_on_random_lines()
    {
        var random = new Random(23);
        const string alphabet = "[[]](()) \\\ta\u00A0\n";
        for (int n = 0; n < 20_000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, n % 11 == 0 ? 400 : 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = Pattern.Matches(line).Select(m => (m.Index, m.Length, m.Groups["anchor"].Value, m.Groups["target"].Value)).ToList();
            Assert.Equal(expected, Scanned(line));
        }
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[](")]
    [InlineData("[a](b")]
    [InlineData("\\[")]
    public void A_line_of_one_unclosed_piece_repeated_is_read_in_linear_time(string unit)
    {
        // A rescan from every bracket reads about 2 x 10^10 characters for 200,000 units (tens of seconds); a linear
        // read, a few times the line (milliseconds). The bound sits between the two, far from either, so a busy
        // machine cannot make it fail. The short line warms the code up first.
        static TimeSpan Cpu(string line)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            Assert.Empty(Scanned(line));
            return Process.GetCurrentProcess().TotalProcessorTime - before;
        }
        string small = string.Concat(Enumerable.Repeat(unit, 10_000)), large = string.Concat(Enumerable.Repeat(unit, 200_000));
        Cpu(small);
        var t = Cpu(large);
        // Quadratic reading of 200,000 units takes minutes; linear reading, milliseconds.
        Assert.True(t < TimeSpan.FromSeconds(5), $"{t.TotalMilliseconds:F0} ms for {large.Length:N0} characters");
    }
}
