using System.Globalization;

namespace MediaLit.Sourcing;

/// <summary>
/// Two patterns of the finder done as scans: each finds exactly what its pattern (in the comment above it) found, in
/// time linear in the text. They ran on the non-backtracking engine, the only one that kept them linear, whose build
/// and JIT compilation were about a third of the CPU time of a kernel's first sourcing call (every lesson pays it
/// once, in its first cell). SourcingScanTests checks each against its pattern on random texts.
/// </summary>
internal sealed partial class AttributionFinder
{
    private const int MaxExtraNameWords = 5;

    // \p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,5}: a capitalised word of two or more characters and one to five
    // more after spaces. Every start inside one run of name characters is followed by the same run end, so only the
    // run's first capital with a character after it can start a name.
    /// <summary>The next full name in <paramref name="text"/> from <paramref name="from"/>, or (-1, 0).</summary>
    internal static (int Index, int Length) NextFullName(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        while (i < text.Length)
        {
            if (!IsNameChar(text[i]))
            {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.Length && IsNameChar(text[runEnd]))
                runEnd++;
            int start = i;
            while (start < runEnd - 1 && !char.IsUpper(text[start]))
                start++;
            if (start < runEnd - 1)
            {
                int end = runEnd;
                for (int words = 0; words < MaxExtraNameWords; words++)
                {
                    int word = end;
                    while (word < text.Length && char.IsWhiteSpace(text[word]))
                        word++;
                    if (word == end || word + 1 >= text.Length || !char.IsUpper(text[word]) || !IsNameChar(text[word + 1]))
                        break;
                    end = word + 1;
                    while (end < text.Length && IsNameChar(text[end]))
                        end++;
                }
                if (end > runEnd)
                    return (start, end - start);
            }
            i = runEnd;
        }
        return (-1, 0);
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || c is '’' or '\'' or '.' or '-';

    private static readonly string[] PassiveAuxiliaries = ["was", "were", "is", "are", "been", "being"];

    // ^(?:was|were|is|are|been|being)\b.*\bby\s+(?<agent>.+)$ (no options): '.' is any character but '\n', and '$'
    // is the end or a '\n' that ends the text. So "by" is on the first line, and the last "by" whose agent reaches
    // the end wins (the greedy '.*' gives the line back one character at a time).
    /// <summary>Where the agent of a passive starts in <paramref name="segment"/>, or -1.</summary>
    internal static int PassiveAgentStart(ReadOnlySpan<char> segment)
    {
        int auxiliary = -1;
        foreach (string word in PassiveAuxiliaries)
            if (segment.StartsWith(word, StringComparison.Ordinal) && (segment.Length == word.Length || !IsWordChar(segment[word.Length])))
            {
                auxiliary = word.Length;
                break;
            }
        if (auxiliary < 0)
            return -1;
        int firstBreak = segment.IndexOf('\n');
        int lineEnd = firstBreak < 0 ? segment.Length : firstBreak;
        // An agent that starts on the first line runs to its end: it reaches '$' only if that line ends the text.
        bool firstLineEndsText = lineEnd >= segment.Length - 1;
        for (int by = lineEnd - 2; by >= auxiliary; by--)
        {
            if (segment[by] != 'b' || segment[by + 1] != 'y' || IsWordChar(segment[by - 1]))
                continue;
            int spaces = by + 2, agent = spaces;
            while (agent < segment.Length && char.IsWhiteSpace(segment[agent]))
                agent++;
            // "\s+" gives back what ".+" needs: a character that is not a line break.
            while (agent > spaces && (agent == segment.Length || segment[agent] == '\n'))
                agent--;
            if (agent == spaces)
                continue;
            if (agent < lineEnd)
            {
                if (firstLineEndsText)
                    return agent;
                continue;
            }
            // Only spaces and line breaks between "by" and the agent: it runs to the next line break (once per call).
            int next = segment[agent..].IndexOf('\n');
            if (next < 0 || agent + next == segment.Length - 1)
                return agent;
        }
        return -1;
    }

    // \b as the regex engine reads it: a letter, a decimal digit, a non-spacing mark, a connector such as '_', or a joiner.
    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
