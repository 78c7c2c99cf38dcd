using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MediaLit.Loading;

/// <summary>
/// Regular expressions on the non-backtracking engine (the data files' rules, and the patterns written in the code that
/// need it), built once per process and shared.
/// </summary>
/// <remarks>
/// The non-backtracking engine (linear time on any text, which is why the rules use it) takes about 0.6 s of CPU to
/// build the cleaning rules' 28 patterns. A static cache is not enough: a .NET Interactive kernel loads this library
/// afresh for every notebook it runs (its script loader gives each kernel its own load context), so every lesson's
/// first cell paid the build again. A <see cref="Regex"/> is a framework type, the same in every load context, immutable
/// and safe to use from many threads, so the built patterns are kept in the process's own data slot, which every
/// load of the library sees. The key is the pattern and its options: an edited rule is a new pattern, built anew.
/// </remarks>
internal static class SharedPatterns
{
    private const string Slot = "MediaLit.SharedPatterns.v1";

    public static Regex Get(string pattern, RegexOptions options)
    {
        var cache = Cache();
        // Two threads asking for a new pattern at once may each build it; one of the two is kept.
        return cache.GetOrAdd($"{(int)options}\n{pattern}", static (_, p) => new Regex(p.Pattern, p.Options), (Pattern: pattern, Options: options));
    }

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
