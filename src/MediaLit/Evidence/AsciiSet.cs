using System.Text.RegularExpressions;

namespace MediaLit.Evidence;

/// <summary>
/// The ASCII characters one element of a regex (a character, or a class) matches, as its engine says: a check that can
/// only rule a character out, never in, since every character outside ASCII is let through for the regex to decide.
/// </summary>
internal readonly struct AsciiSet
{
    private static readonly string Ascii = string.Create(128, 0, static (chars, _) =>
    {
        for (int c = 0; c < chars.Length; c++)
            chars[c] = (char)c;
    });

    private readonly ulong _low, _high;

    private AsciiSet(ulong low, ulong high) => (_low, _high) = (low, high);

    /// <summary>The ASCII characters <paramref name="element"/> (one character or one class, no quantifier) matches.</summary>
    public static AsciiSet Of(Regex element)
    {
        ulong low = 0, high = 0;
        foreach (var m in element.EnumerateMatches(Ascii))
        {
            // One element reads one character; anything else is not an element, and nothing may be ruled out for it.
            if (m.Length != 1)
                return new AsciiSet(ulong.MaxValue, ulong.MaxValue);
            if (m.Index < 64)
                low |= 1UL << m.Index;
            else
                high |= 1UL << (m.Index - 64);
        }
        return new AsciiSet(low, high);
    }

    /// <summary>False only for an ASCII character the element cannot match.</summary>
    public bool Admits(char c) => c >= 128 || ((c < 64 ? _low >> c : _high >> (c - 64)) & 1) != 0;
}
