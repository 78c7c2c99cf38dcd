namespace MediaLit.Segmentation;

/// <summary>The character classes and word shapes the splitter reads. Each test looks at a bounded stretch of text.</summary>
internal static class TextShape
{
    /// <summary>Abbreviations and initialisms are short: looking further back than this finds nothing new.</summary>
    private const int MaxWordBefore = 24;

    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Closing quotes and brackets: they stay with the sentence they close.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    public static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';

    /// <summary>List bullets. The middle dot (·) is left out: sites use it as a separator ("News · Politics").</summary>
    public static bool IsBullet(char c) => c is '•' or '⁃' or '‣' or '◦' or '▪' or '■';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>
    /// The word a full stop ends, with its inner stops and the stop itself: "Facebook/Amb." ⇒ "Amb.",
    /// "the U.S.A." ⇒ "U.S.A.", "N°." ⇒ "N°.". Never reaches before <paramref name="lower"/>.
    /// </summary>
    public static ReadOnlySpan<char> WordBefore(string text, int lower, int fullStop)
    {
        int start = fullStop;
        while (start > lower && fullStop - start < MaxWordBefore && IsWordChar(text[start - 1]))
            start--;
        return text.AsSpan(start, fullStop + 1 - start);
    }

    // '°' and 'º' are the numero sign's second half ("N°. 5", "Nº 5").
    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '.' or '°' or 'º';

    /// <summary>Letters with a stop after each, two or more: "U.S.", "e.g.", "a.m.", "G.R.U.".</summary>
    public static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
            return false;
        for (int k = 0; k < word.Length; k += 2)
            if (!char.IsLetter(word[k]) || word[k + 1] != '.')
                return false;
        return true;
    }

    /// <summary>One letter and its stop: "E." in "Jonas E. Smith", "I." in "Albert I. Jones", "c." in "vitamin c.".</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsLetter(word[0]) && word[1] == '.';

    /// <summary>
    /// A word of two letters or more, some in lower case, with no vowel (y counts): "bldg.", "Govt.", "pkg.".
    /// Every English word has one (bar "hmm", "nth"); all-capital acronyms ("BBC") are words of their own.
    /// </summary>
    public static bool HasNoVowel(ReadOnlySpan<char> word)
    {
        int letters = 0;
        bool lower = false;
        foreach (char c in word)
        {
            if (c == '.')
                continue;
            if (!char.IsAsciiLetter(c) || char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
                return false;
            letters++;
            lower |= char.IsLower(c);
        }
        return letters >= 2 && lower;
    }

    /// <summary>
    /// Whether the letters, digits and thousands commas just before <paramref name="at"/> make a word or a number
    /// that can end a sentence written without a space after it ("world.Today", "1,000.That"): a lower-case word
    /// of two letters or more, or a number. "U.S.A" (one capital) and "J.C" do not.
    /// </summary>
    public static bool EndsWordOrNumber(string text, int lower, int at)
    {
        int start = at, letters = 0, lowers = 0, digits = 0;
        while (start > lower && at - start < MaxWordBefore && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == ','))
        {
            char c = text[--start];
            if (char.IsLetter(c)) { letters++; if (char.IsLower(c)) lowers++; }
            else if (char.IsDigit(c)) digits++;
        }
        return at > start && (letters >= 2 && lowers > 0 && digits == 0 || letters == 0 && char.IsDigit(text[at - 1]));
    }
}
