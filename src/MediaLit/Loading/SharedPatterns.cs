using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MediaLit.Loading;

/// <summary>
/// Regular expressions built once per process and shared: those on the non-backtracking engine (the patterns written in
/// the code that need it, the word-list patterns, and the cleaning rules that once ran out of time) and the cleaning
/// rules on the backtracking engine (<see cref="RulePattern"/>).
/// </summary>
/// <remarks>
/// The non-backtracking engine (linear time on any text) takes 10–60 ms of CPU to build each pattern. A static cache is
/// not enough: a .NET Interactive kernel loads this library afresh for every notebook it runs (its script loader gives
/// each kernel its own load context), so every lesson's first cell paid the build again. A <see cref="Regex"/> is a framework type, the same in every load context, immutable
/// and safe to use from many threads, so the built patterns are kept in the process's own data slot, which every
/// load of the library sees. The key is the pattern and its options: an edited rule is a new pattern, built anew.
/// </remarks>
internal static class SharedPatterns
{
    private const string Slot = "MediaLit.SharedPatterns.v1";

    public static Regex Get(string pattern, RegexOptions options) => Get(pattern, options, Regex.InfiniteMatchTimeout);

    /// <summary>The pattern built with a match time-out (on the backtracking engine: see <see cref="RulePattern"/>).</summary>
    public static Regex Get(string pattern, RegexOptions options, TimeSpan matchTimeout)
    {
        var cache = Cache();
        // Two threads asking for a new pattern at once may each build it; one of the two is kept.
        return cache.GetOrAdd(Key(pattern, options, matchTimeout),
            static (_, p) => new Regex(p.Pattern, p.Options, p.MatchTimeout), (Pattern: pattern, Options: options, MatchTimeout: matchTimeout));
    }

    /// <summary>The pattern if some load of the library in this process has built it already, else null.</summary>
    public static Regex? Existing(string pattern, RegexOptions options) =>
        Cache().TryGetValue(Key(pattern, options, Regex.InfiniteMatchTimeout), out var regex) ? regex : null;

    private static string Key(string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        matchTimeout == Regex.InfiniteMatchTimeout ? $"{(int)options}\n{pattern}" : $"{(int)options}:{matchTimeout.Ticks}\n{pattern}";

    private static ConcurrentDictionary<string, Regex> Cache()
    {
        var domain = AppDomain.CurrentDomain;
        if (domain.GetData(Slot) is ConcurrentDictionary<string, Regex> existing)
            return existing;
        // No lock: it could only order this load of the library, not another. Two loads that start at the same
        // moment may each set a cache; the last one set is kept, and the other serves only its own load. Both work.
        var created = new ConcurrentDictionary<string, Regex>(StringComparer.Ordinal);
        domain.SetData(Slot, created);
        return created;
    }
}

/// <summary>
/// A pattern written in the code that needs the non-backtracking engine, built on first use and shared like the data
/// files' patterns. The regex source generator cannot generate non-backtracking code: for such a pattern it emits a
/// plain <c>new Regex(…)</c>, built again by every load of the library.
/// </summary>
internal sealed class SharedPattern(string pattern, RegexOptions options)
{
    private Regex? _regex;

    public Regex Regex => _regex ??= SharedPatterns.Get(pattern, options);
}
