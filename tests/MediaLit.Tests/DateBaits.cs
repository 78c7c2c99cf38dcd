namespace MediaLit.Tests;

/// <summary>
/// Texts built against the date patterns (issue #17), each 60-250 KB: runs of what the patterns start on (month
/// names, numbers, units, dashes, anchors), some with a date before or after the run that makes every pattern try.
/// Shared by the tests, which check that reading one takes time in proportion to its length, and by the benchmarks'
/// quick command, which compares each with normal news text.
/// </summary>
internal static class DateBaits
{
    private sealed record Recipe(string Before, string Unit, int Count, string After);

    private static readonly Dictionary<string, Recipe> Recipes = new()
    {
        ["month names"] = new("", "in July July ", 20_000, "2021"),
        ["numbers and units"] = new("", "12 years 12 ", 20_000, ""),
        ["anaphoric dates"] = new("On July 8, 2021 ", "the same day ", 20_000, ""),
        ["years counted from years"] = new("", "in 1949, one year after 1948 and ", 5_000, ""),
        ["digits and dashes"] = new("", "1999-2001-12-", 15_000, ""),
        ["month day month day"] = new("", "December 3 December 3, ", 10_000, ""),
        ["early late mid"] = new("", "early mid-late ", 15_000, "1990s"),
        ["ordinals without century"] = new("", "21st 3rd-", 20_000, ""),
    };

    public static IEnumerable<string> Names => Recipes.Keys;

    /// <summary>The bait, or with <paramref name="share"/> of its repeats (the same text before and after them).</summary>
    public static string Build(string name, double share = 1)
    {
        var recipe = Recipes[name];
        return recipe.Before + string.Concat(Enumerable.Repeat(recipe.Unit, (int)(recipe.Count * share))) + recipe.After;
    }
}
