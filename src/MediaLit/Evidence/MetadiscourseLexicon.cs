using MediaLit.Loading;

namespace MediaLit.Evidence;

/// <summary>One line of <c>data/lexicons/metadiscourse.jsonl</c>: a word and its role in Hyland's model.</summary>
/// <param name="Category">hedge, booster, attitude or self-mention.</param>
public sealed record MetadiscourseTerm(string Term, string Category, string Source);

/// <summary>The word lists behind the evidence signals, all in <c>data/lexicons/</c> with their sources.</summary>
public sealed record EvidenceLexicon(IReadOnlyList<MetadiscourseTerm> Metadiscourse, IReadOnlyList<string> Places)
{
    public static EvidenceLexicon Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, "lexicons");
        var terms = JsonLines.Read(Path.Combine(folder, "metadiscourse.jsonl"), (e, at) =>
        {
            string category = JsonLines.Str(e, "category", at);
            if (category is not ("hedge" or "booster" or "attitude" or "self-mention"))
                throw new FormatException($"{at}: category \"{category}\" is not hedge, booster, attitude or self-mention.");
            return new MetadiscourseTerm(JsonLines.Str(e, "term", at), category, JsonLines.Str(e, "source", at));
        });
        return new EvidenceLexicon(terms, JsonLines.ReadList(Path.Combine(folder, "places.txt")).OrderByDescending(p => p.Length).ToList());
    }
}
