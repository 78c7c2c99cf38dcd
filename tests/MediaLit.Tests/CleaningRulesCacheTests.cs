using MediaLit.Cleaning;

namespace MediaLit.Tests;

/// <summary>The rules are read once per folder while its files stay the same, and read again after an edit.</summary>
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
}
