using MediaLit.Articles;

namespace MediaLit.Benchmarks.Peers;

/// <summary>
/// The hand-labelled lists in <c>labels/</c> (see its README), turned into positions in each article's
/// clean text: sentence starts inside paragraphs, and spans of date expressions.
/// </summary>
internal sealed record Labels(IReadOnlyDictionary<string, int[]> Boundaries, IReadOnlyDictionary<string, (int Start, int End)[]> Dates)
{
    public static string Folder => Path.Combine(PackData.Root, "tests", "MediaLit.Benchmarks", "labels");

    public static Labels Load(IEnumerable<Article> articles)
    {
        var boundaries = new Dictionary<string, int[]>();
        var dates = new Dictionary<string, (int, int)[]>();
        foreach (var article in articles)
        {
            string text = article.Text;
            var sentences = File.ReadAllLines(Path.Combine(Folder, "sentences", article.Id + ".txt")).Where(l => l.Trim().Length > 0);
            var starts = new List<int>();
            int at = 0;
            foreach (string sentence in sentences)
            {
                (int start, int end) = FindIgnoringSpaces(text, sentence.Trim(), at)
                    ?? throw new InvalidDataException($"labels/sentences/{article.Id}.txt: \"{sentence}\" is not in the clean text after position {at}.");
                starts.Add(start);
                at = end;
            }
            boundaries[article.Id] = InsideParagraphs(text, starts);

            var spans = new List<(int, int)>();
            at = 0;
            foreach (string expression in File.ReadAllLines(Path.Combine(Folder, "dates", article.Id + ".txt")).Where(l => l.Length > 0))
            {
                int start = text.IndexOf(expression, at, StringComparison.Ordinal);
                if (start < 0)
                    throw new InvalidDataException($"labels/dates/{article.Id}.txt: \"{expression}\" is not in the clean text after position {at}.");
                spans.Add((start, start + expression.Length));
                at = start + expression.Length;
            }
            dates[article.Id] = [.. spans];
        }
        return new Labels(boundaries, dates);
    }

    /// <summary>Sentence starts that are not paragraph starts: the boundaries a splitter has to find.</summary>
    public static int[] InsideParagraphs(string text, IEnumerable<int> starts) =>
        starts.Where(s => s > 0 && s < text.Length && text[s - 1] != '\n').Distinct().Order().ToArray();

    // The labels were typed from the text, so runs of spaces (004 has double spaces) may differ.
    private static (int Start, int End)? FindIgnoringSpaces(string text, string needle, int from)
    {
        for (int start = text.IndexOf(needle[0], from); start >= 0; start = text.IndexOf(needle[0], start + 1))
        {
            int t = start, n = 0;
            while (t < text.Length && n < needle.Length)
            {
                if (char.IsWhiteSpace(needle[n]) && char.IsWhiteSpace(text[t]))
                {
                    while (n < needle.Length && char.IsWhiteSpace(needle[n])) n++;
                    while (t < text.Length && char.IsWhiteSpace(text[t]) && text[t] != '\n') t++;
                }
                else if (needle[n] == text[t]) { n++; t++; }
                else break;
            }
            if (n == needle.Length)
                return (start, t);
        }
        return null;
    }
}

/// <summary>Precision and recall of found items against labelled ones.</summary>
internal readonly record struct Score(int Found, int Labelled, int CorrectFound, int LabelledFound)
{
    public double Precision => Found == 0 ? 0 : (double)CorrectFound / Found;
    public double Recall => Labelled == 0 ? 0 : (double)LabelledFound / Labelled;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.Found + b.Found, a.Labelled + b.Labelled, a.CorrectFound + b.CorrectFound, a.LabelledFound + b.LabelledFound);

    /// <summary>Boundaries must be at the same character.</summary>
    public static Score Exact(IReadOnlyCollection<int> found, IReadOnlyCollection<int> labelled)
    {
        int hits = found.Intersect(labelled).Count();
        return new(found.Count, labelled.Count, hits, hits);
    }

    /// <summary>
    /// A found expression is right when it overlaps a labelled one, and a labelled one is found when a
    /// found one overlaps it: "December" for "December last year" counts, since the tools cut phrases differently.
    /// </summary>
    public static Score Overlapping(IReadOnlyCollection<(int Start, int End)> found, IReadOnlyCollection<(int Start, int End)> labelled)
    {
        static bool Overlap((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;
        return new(found.Count, labelled.Count, found.Count(f => labelled.Any(l => Overlap(f, l))), labelled.Count(l => found.Any(f => Overlap(f, l))));
    }
}
