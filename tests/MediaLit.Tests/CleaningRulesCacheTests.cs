using System.Runtime.Loader;
using System.Text.RegularExpressions;
using MediaLit.Cleaning;

namespace MediaLit.Tests;

/// <summary>
/// The rules are read once per folder while its files stay the same, and read again after an edit; their patterns
/// are built once per process, even by a second load of the library (as a notebook kernel makes).
/// </summary>
public sealed class CleaningRulesCacheTests
{
    [Fact]
    public void Unchanged_rules_are_not_read_again_and_an_edited_file_is()
    {
        string data = TestPaths.CopyOfDataSubfolder(CleaningRules.FolderName);
        try
        {
            string rules = Path.Combine(data, CleaningRules.FolderName);

            var first = CleaningRules.Load(data);
            Assert.Same(first, CleaningRules.Load(data));
            Assert.DoesNotContain(first.Abbreviations, a => a.Text == "Xyzzy.");

            // A teacher adds an abbreviation: the next load sees it.
            File.AppendAllText(Path.Combine(rules, "abbreviations.txt"), "\nXyzzy.\n");
            var edited = CleaningRules.Load(data);
            Assert.NotSame(first, edited);
            Assert.Contains(edited.Abbreviations, a => a.Text.Equals("Xyzzy.", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(first.Abbreviations.Count + 1, edited.Abbreviations.Count);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void A_second_load_of_the_library_uses_the_patterns_the_first_one_built()
    {
        string data = TestPaths.CopyOfDataSubfolder(CleaningRules.FolderName);
        var context = new AssemblyLoadContext("a second load, as a notebook kernel makes", isCollectible: true);
        try
        {
            var first = CleaningRules.Load(data);
            var library = context.LoadFromAssemblyPath(typeof(CleaningRules).Assembly.Location);
            var rulesType = library.GetType(typeof(CleaningRules).FullName!)!;
            Assert.NotSame(typeof(CleaningRules), rulesType);

            object second = rulesType.GetMethod(nameof(CleaningRules.Load))!.Invoke(null, [data])!;
            var furniture = ((System.Collections.IEnumerable)rulesType.GetProperty(nameof(CleaningRules.Furniture))!.GetValue(second)!)
                .Cast<object>().ToList();
            var patterns = furniture.Select(rule => (Regex)rule.GetType().GetProperty(nameof(FurnitureRule.Pattern))!.GetValue(rule)!).ToList();

            Assert.Equal(first.Furniture.Count, patterns.Count);
            Assert.All(first.Furniture.Zip(patterns), pair => Assert.Same(pair.First.Pattern, pair.Second));
        }
        finally
        {
            context.Unload();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void An_edited_pattern_is_built_anew()
    {
        string data = TestPaths.CopyOfDataSubfolder(CleaningRules.FolderName);
        try
        {
            var before = CleaningRules.Load(data).Furniture.Single(r => r.Id == "reader-comments");
            string file = Path.Combine(data, CleaningRules.FolderName, "furniture.jsonl");
            File.WriteAllText(file, File.ReadAllText(file).Replace("^Post Comment$", "^Post (?:a )?Comment$", StringComparison.Ordinal));

            var after = CleaningRules.Load(data).Furniture.Single(r => r.Id == "reader-comments");
            Assert.NotSame(before.Pattern, after.Pattern);
            Assert.DoesNotMatch(before.Pattern, "Post a Comment");
            Assert.Matches(after.Pattern, "Post a Comment");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
