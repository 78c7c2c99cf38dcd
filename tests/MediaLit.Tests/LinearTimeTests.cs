using Xunit.Abstractions;
using Xunit.Sdk;

namespace MediaLit.Tests;

/// <summary>
/// The bait tests' check itself: it must pass linear work and fail work that grows with the square of the length,
/// or the bait tests could not fail.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class LinearTimeTests(ITestOutputHelper output)
{
    private static readonly string Quarter = new('a', 1_000), Whole = new('a', 4_000);

    /// <summary>Reads the text a fixed number of times: linear.</summary>
    private static int ReadThrough(string text)
    {
        int seen = 0;
        for (int pass = 0; pass < 200; pass++)
            foreach (char c in text)
                seen += c == 'a' ? 1 : 0;
        return seen;
    }

    /// <summary>From every character, reads to the end of the text: quadratic.</summary>
    private static int ReadFromEveryCharacter(string text)
    {
        int seen = 0;
        for (int start = 0; start < text.Length; start++)
            for (int i = start; i < text.Length; i++)
                seen += text[i] == 'a' ? 1 : 0;
        return seen;
    }

    [Fact]
    public void Linear_work_passes()
    {
        LinearTime.Holds("linear", Quarter.Length, () => ReadThrough(Quarter), Whole.Length, () => ReadThrough(Whole), output);
    }

    [Fact]
    public void Quadratic_work_fails()
    {
        var failure = Assert.ThrowsAny<XunitException>(() =>
            LinearTime.Holds("quadratic", Quarter.Length, () => ReadFromEveryCharacter(Quarter), Whole.Length, () => ReadFromEveryCharacter(Whole), output));
        Assert.Contains("more than twice its quarter", failure.Message);
    }
}
