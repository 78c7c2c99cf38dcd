using MediaLit.Loading;

namespace MediaLit.Reuse;

/// <summary>Reads <c>data/lexicons/back-references.txt</c>: one cue per line, '#' starts a comment.</summary>
public static class BackReferenceLexicon
{
    public const string RelativePath = "lexicons/back-references.txt";

    public static IReadOnlyList<string> Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string path = Path.Combine(dataDirectory, RelativePath);
        if (!File.Exists(path))
            throw new CorpusException(CorpusProblem.MalformedRules, path, "The list of back-reference cues is missing.",
                $"Restore it with 'git checkout -- data/{RelativePath}', or pass your own list in TextReuseOptions.BackReferenceCues.");
        var cues = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var wordless = cues.FirstOrDefault(c => WordTokenizer.Tokenize(c).Count == 0);
        if (wordless is not null)
            throw new CorpusException(CorpusProblem.MalformedRules, path, $"The cue \"{wordless}\" has no words, so it can never match.",
                "Write one phrase per line, such as: the aforementioned");
        return cues;
    }
}
