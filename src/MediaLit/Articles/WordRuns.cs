namespace MediaLit.Articles;

/// <summary>Words counted as runs of non-white-space, the way the rates per thousand words and a quotation's length count them.</summary>
internal static class WordRuns
{
    /// <summary>
    /// What <c>Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length</c> gives for the span's text (the same
    /// white space, <see cref="char.IsWhiteSpace(char)"/>), without making a string per word: the evidence view counted an
    /// article's words that way on every call, a string for each of them.
    /// </summary>
    public static int Count(string text, TextSpan span)
    {
        int words = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }
}
