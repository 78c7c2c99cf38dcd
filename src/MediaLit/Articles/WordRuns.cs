namespace MediaLit.Articles;

/// <summary>Words counted as runs of non-white-space, the way the rates per thousand words and a quotation's length count them.</summary>
internal static class WordRuns
{
    /// <summary>
    /// What <c>Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length</c> gives for the span's text (the same
    /// white space, <see cref="char.IsWhiteSpace(char)"/>), without making a string per word: the evidence view counted an
    /// article's words that way on every call, a string for each of them.
    /// </summary>
    public static int Count(string text, TextSpan span) => CountUpTo(text, span, int.MaxValue);

    /// <summary>
    /// True when the span holds at least <paramref name="words"/> words, read only as far as the last of them: the
    /// attribution finder asks this of a quotation for every sentence it overlaps, and a quotation can run to the end
    /// of a long paragraph (counting it whole each time would make that paragraph's cost grow with its square).
    /// </summary>
    public static bool AtLeast(string text, TextSpan span, int words) => CountUpTo(text, span, words) >= words;

    private static int CountUpTo(string text, TextSpan span, int limit)
    {
        int words = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End && words < limit; i++)
        {
            bool space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }
}
