using MediaLit.Articles;

namespace MediaLit.Display;

/// <summary>
/// An article's raw text with what cleaning removed struck through and the rule named, so a
/// student can check every removal. Get one with <c>article.ShowCleaning()</c>.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record CleaningReport(Article Article, bool IncludeFormatting)
{
    /// <summary>The raw text cut into runs: kept text (rule null) and removed text (with its rule).</summary>
    public IReadOnlyList<(string Text, Removal? Removal)> Runs()
    {
        var runs = new List<(string, Removal?)>();
        int at = 0;
        foreach (var removal in Article.Removals)
        {
            if (removal.RawSpan.Start > at)
                runs.Add((Article.RawText[at..removal.RawSpan.Start], null));
            // Formatting removals (spaces, markup) are shown as kept text unless asked for: they hide nothing.
            runs.Add((removal.Text, removal.IsFormatting && !IncludeFormatting ? null : removal));
            at = removal.RawSpan.End;
        }
        if (at < Article.RawText.Length)
            runs.Add((Article.RawText[at..], null));
        return runs;
    }
}

/// <summary>Entry points for cleaning views.</summary>
public static class CleaningViews
{
    /// <summary>The raw text with removed furniture struck through and named.</summary>
    /// <param name="includeFormatting">Also strike through whitespace and markdown syntax.</param>
    public static CleaningReport ShowCleaning(this Article article, bool includeFormatting = false) => new(article, includeFormatting);
}
