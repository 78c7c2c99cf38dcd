namespace MediaLit.Display;

/// <summary>Hover text for a chart mark: what the mark says, then the sentences behind it.</summary>
internal static class ChartText
{
    /// <summary>Sentences shown per mark; the rest are counted, and all of them are in the lesson's tables.</summary>
    public const int SentencesShown = 3;

    /// <summary>A sentence is cut to this many characters in hover text.</summary>
    public const int SentenceLength = 160;

    public static string Behind(string headline, IEnumerable<string> sentences)
    {
        var list = sentences.ToList();
        var shown = list.Take(SentencesShown).Select(s => "“" + Cut(s.Trim()) + "”");
        string more = list.Count > SentencesShown ? $"\n(and {list.Count - SentencesShown} more)" : "";
        return list.Count == 0 ? headline : headline + "\n" + string.Join("\n", shown) + more;
    }

    private static string Cut(string sentence) =>
        sentence.Length <= SentenceLength ? sentence : sentence[..(SentenceLength - 1)].TrimEnd() + "…";
}
