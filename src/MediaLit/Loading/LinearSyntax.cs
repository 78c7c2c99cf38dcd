namespace MediaLit.Loading;

/// <summary>
/// Finds the regex constructs only the backtracking engine can run: a rule that uses one could not move to the
/// non-backtracking engine when it runs out of time (<see cref="RulePattern"/>), so the loader refuses it up front.
/// </summary>
/// <remarks>
/// The list is the one .NET documents for <c>RegexOptions.NonBacktracking</c>: lookarounds, atomic groups,
/// backreferences, conditionals, balancing groups and <c>\G</c>. Checked by reading the pattern (escapes and character
/// classes skipped), because asking the non-backtracking engine means building it, the very cost rules avoid.
/// </remarks>
internal static class LinearSyntax
{
    /// <summary>The first construct in <paramref name="pattern"/> the non-backtracking engine lacks, named for a reader; null if none.</summary>
    public static string? Unsupported(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length:
                    char escaped = pattern[++i];
                    if (escaped is >= '1' and <= '9' || escaped == 'k')
                        return $"a backreference ({pattern[(i - 1)..Math.Min(pattern.Length, i + 1)]})";
                    if (escaped == 'G')
                        return "the \\G anchor";
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?':
                    if (Group(pattern, i + 2) is { } name)
                        return name;
                    break;
            }
        }
        return null;
    }

    private static string? Group(string pattern, int at) => pattern[at] switch
    {
        '=' => "a lookahead ((?=)",
        '!' => "a negative lookahead ((?!)",
        '>' => "an atomic group ((?>)",
        '(' => "a conditional ((?()",
        '<' when at + 1 < pattern.Length && pattern[at + 1] == '=' => "a lookbehind ((?<=)",
        '<' when at + 1 < pattern.Length && pattern[at + 1] == '!' => "a negative lookbehind ((?<!)",
        '<' or '\'' when Balancing(pattern, at) => "a balancing group ((?<name-other>)",
        _ => null,
    };

    // (?<a-b>…) or (?'a-b'…): a '-' inside the group's name.
    private static bool Balancing(string pattern, int at)
    {
        char close = pattern[at] == '<' ? '>' : '\'';
        int end = pattern.IndexOf(close, at + 1);
        return end > 0 && pattern.AsSpan(at + 1, end - at - 1).Contains('-');
    }

    // The index of the ']' that closes the class opened at 'open' ('[]…]' and '[^]…]' start with a literal ']';
    // a class may hold a subtraction, '[a-z-[aeiou]]', which closes twice).
    private static int EndOfClass(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
            i++;
        if (i < pattern.Length && pattern[i] == ']')
            i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == '[' && pattern[i - 1] == '-')
                i = EndOfClass(pattern, i);
            else if (pattern[i] == ']')
                return i;
        }
        return pattern.Length;
    }
}
