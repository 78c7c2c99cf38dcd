using System.Text.RegularExpressions;

namespace MediaLit.Loading;

/// <summary>
/// A pattern from a data file a teacher may edit (the cleaning rules), matched in time linear in the text whatever
/// the pattern, without paying to build the linear engine on every kernel start.
/// </summary>
/// <remarks>
/// The non-backtracking engine is linear on any text, but building its matcher costs 10–60 ms of CPU per rule (about
/// 0.5 s for the 28 cleaning rules), which every lesson's first cell paid: in VS Code and Jupyter every notebook is a
/// new process. The backtracking engine builds a rule in well under a millisecond and is as fast on ordinary lines,
/// but a badly nested pattern can make it retry a line for seconds. So a rule first runs on the backtracking engine with
/// a time allowance; if a match ever runs out of it, the rule moves for the rest of the process to the non-backtracking
/// engine and that match is run again there. Both engines find the same matches for the patterns a rule may use (the
/// loader refuses the constructs only the backtracking engine knows: <see cref="LinearSyntax"/>), so a result never
/// depends on which engine found it, only the time does: at most one allowance per rule per process.
/// A rule that has read <see cref="CompileAfter"/> characters on the backtracking engine (a feed, a benchmark, a loop
/// over the articles; never the five articles of one lesson) moves to that engine's compiled form, the same matcher as
/// IL: about 3× faster on these rules, for about 1.3 ms of CPU to build each (see <see cref="Tier"/>).
/// </remarks>
public sealed class RulePattern
{
    /// <summary>How long one match may run on the backtracking engine before the rule moves to the linear one.</summary>
    /// <remarks>
    /// An ordinary rule takes microseconds on a line (rules see lines of at most
    /// <see cref="Cleaning.CleaningRules.MaxRuleLineLength"/> characters). Running out of time on a busy machine costs
    /// nothing but the move.
    /// </remarks>
    internal static readonly TimeSpan Allowance = TimeSpan.FromMilliseconds(100);

    /// <summary>Characters a rule reads on the interpreted backtracking engine before it is compiled.</summary>
    /// <remarks>
    /// About 55 reads of the five articles, or 700 articles of a feed. The interpreter costs 0.3–8 ns a character on
    /// these rules (the site-navigation rule retries every split of a line of letters), the compiled engine a third of
    /// that; building it costs about 1.3 ms of CPU, which a lesson reading its five articles once should not pay.
    /// </remarks>
    internal const long CompileAfter = 2_000_000;

    private readonly RegexOptions _options;
    private Regex _regex;
    // Characters read on the interpreter; racy increments from several threads only move the compile a little.
    private long _read;

    internal RulePattern(string pattern, RegexOptions options)
    {
        Text = pattern;
        ScansLines = (options & RegexOptions.Multiline) != 0 && LinesAreAnchoredAlike(pattern);
        _options = options & ~RegexOptions.NonBacktracking;
        // A rule that ran out of time in an earlier load of the library in this process starts on the linear engine.
        _regex = SharedPatterns.Existing(pattern, _options | RegexOptions.NonBacktracking)
            ?? SharedPatterns.Get(pattern, _options, Allowance);
    }

    /// <summary>
    /// Whether a search of many lines joined by '\n' finds a match starting in every line that has a match of its own
    /// (<see cref="FirstMatch"/>). True for a multi-line pattern without \A, \z or \Z and without an inline option that
    /// turns multi-line off: then '^' and '$' hold at each line's ends as at a lone line's, \b sees a '\n' as it sees
    /// the end of a line, and the path that matched the lone line matches it in the joined text.
    /// </summary>
    internal bool ScansLines { get; }

    // Read from the pattern text, erring towards false (a literal "\\A" also says no: the rule is then tried line by line).
    private static bool LinesAreAnchoredAlike(string pattern)
    {
        if (pattern.Contains(@"\A", StringComparison.Ordinal) || pattern.Contains(@"\z", StringComparison.Ordinal) || pattern.Contains(@"\Z", StringComparison.Ordinal))
            return false;
        for (int at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            bool off = false;
            for (int i = at + 2; i < pattern.Length && pattern[i] is 'i' or 'm' or 'n' or 's' or 'x' or '-'; i++)
            {
                off |= pattern[i] == '-';
                if (off && pattern[i] == 'm')
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where the rule's first match at or after <paramref name="startAt"/> in <paramref name="text"/> starts, or -1. The
    /// text before <paramref name="startAt"/> is seen by '^' and \b, as in one text.
    /// </summary>
    internal int FirstMatch(ReadOnlySpan<char> text, int startAt)
    {
        try
        {
            // A search from the start counts the whole text as read; the searches after it read on in the same text.
            foreach (var match in Tier(startAt == 0 ? text.Length : 0).EnumerateMatches(text, startAt))
                return match.Index;
            return -1;
        }
        catch (RegexMatchTimeoutException)
        {
            foreach (var match in Linear().EnumerateMatches(text, startAt))
                return match.Index;
            return -1;
        }
    }

    /// <summary>The pattern as written in the data file.</summary>
    public string Text { get; }

    /// <summary>Whether this rule runs on the non-backtracking engine (after a match ran out of time on the other).</summary>
    public bool IsLinear => (_regex.Options & RegexOptions.NonBacktracking) != 0;

    /// <summary>Whether the rule matches anywhere in <paramref name="input"/>.</summary>
    public bool IsMatch(string input)
    {
        try
        {
            return Tier(input.Length).IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Linear().IsMatch(input);
        }
    }

    /// <inheritdoc cref="IsMatch(string)"/>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        try
        {
            return Tier(input.Length).IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Linear().IsMatch(input);
        }
    }

    /// <summary>The rule's first match in <paramref name="input"/>, with its groups.</summary>
    public Match Match(string input)
    {
        try
        {
            return Tier(input.Length).Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Linear().Match(input);
        }
    }

    /// <summary>The engine's pattern the rule runs on now (shared by every load of the library in the process).</summary>
    internal Regex Regex => _regex;

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The engine for a read of <paramref name="length"/> characters, compiling the rule once it has read enough.</summary>
    private Regex Tier(int length)
    {
        var regex = _regex;
        if ((regex.Options & (RegexOptions.NonBacktracking | RegexOptions.Compiled)) != 0 || (_read += length) < CompileAfter)
            return regex;
        // Same engine, same time allowance, same matches: only the speed changes. Shared like the other forms, so a
        // second load of the library in this process takes the compiled form when it gets there, without building it.
        var compiled = SharedPatterns.Get(Text, _options | RegexOptions.Compiled, Allowance);
        // A time-out on another thread may have moved the rule to the linear engine meanwhile: that move stands.
        return Interlocked.CompareExchange(ref _regex, compiled, regex) == regex ? compiled : _regex;
    }

    /// <summary>Whether this rule runs compiled (after reading <see cref="CompileAfter"/> characters).</summary>
    internal bool IsCompiled => (_regex.Options & RegexOptions.Compiled) != 0;

    private Regex Linear() => _regex = SharedPatterns.Get(Text, _options | RegexOptions.NonBacktracking);
}
