using System.Text.RegularExpressions;
using MediaLit.Cleaning;

namespace MediaLit.Tests;

/// <summary>The linear bold scanner finds exactly what the pattern it replaced found.</summary>
public sealed class BoldRunsTests
{
    private static readonly Regex Pattern = new(@"\*\*(?=\S)(?<inner>.{1,300}?)(?<=\S)\*\*");

    [Fact]
    public void BoldRuns_match_the_old_pattern_on_random_lines()
    {
        var random = new Random(17);
        const string alphabet = "**** a\\\n";
        for (int n = 0; n < 5_000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 40 + (n % 7 == 0 ? 700 : 0))).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = Pattern.Matches(line).Select(m => (m.Index, m.Index + m.Length - 2)).ToList();
            Assert.Equal(expected, InlineMarkup.BoldRuns(line));
        }
    }
}
