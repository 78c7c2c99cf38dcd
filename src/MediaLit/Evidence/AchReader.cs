using System.Text.Json;
using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Evidence;

/// <summary>Reads an ACH matrix from <c>data/ach/*.json</c> and finds each article's evidence in its text.</summary>
public static class AchReader
{
    public static AchMatrix Load(Corpus corpus, string name = "bounty")
    {
        string path = Path.Combine(corpus.DataDirectory, "ach", name + ".json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var hypotheses = root.GetProperty("hypotheses").EnumerateArray()
                .Select((h, i) => new Hypothesis(JsonLines.Str(h, "id", $"hypothesis {i + 1}"), JsonLines.Str(h, "label", $"hypothesis {i + 1}"), JsonLines.Str(h, "text", $"hypothesis {i + 1}")))
                .ToList();
            var evidence = new List<EvidenceItem>();
            var ratings = new List<(string, string, string)>();
            foreach (var e in root.GetProperty("evidence").EnumerateArray())
            {
                string id = JsonLines.Str(e, "id", $"evidence {evidence.Count + 1}");
                var where = e.GetProperty("where");
                string? articleId = where.TryGetProperty("article", out var a) ? a.GetString() : null;
                TextSpan? span = articleId is null ? null : Find(corpus[articleId], JsonLines.Str(where, "find", id), id);
                string? record = e.TryGetProperty("record", out var r) ? r.GetString() : where.TryGetProperty("record", out var wr) ? wr.GetString() : null;
                evidence.Add(new EvidenceItem(id, JsonLines.Str(e, "text", id), articleId, span, record, JsonLines.Str(e, "why", id)));
                foreach (var rating in e.GetProperty("ratings").EnumerateObject())
                {
                    if (hypotheses.All(h => h.Id != rating.Name))
                        throw new FormatException($"{id} rates \"{rating.Name}\", which is not a hypothesis.");
                    AchMatrix.ParseRating(rating.Value.GetString() ?? "");
                    ratings.Add((id, rating.Name, rating.Value.GetString()!));
                }
            }
            return AchMatrix.Create(JsonLines.Str(root, "question", "the file"), hypotheses, evidence, ratings);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new CorpusException(CorpusProblem.MalformedRules, path, $"The ACH matrix cannot be read ({e.Message}).",
                "Each evidence item needs id, text, where (an article id and words to find in it, or a record date), ratings (CC, C, N, I or II per hypothesis) and why.");
        }
    }

    private static TextSpan Find(Article article, string words, string id)
    {
        int at = article.Text.IndexOf(words, StringComparison.Ordinal);
        return at >= 0
            ? new TextSpan(at, at + words.Length)
            : throw new FormatException($"{id}: the words \"{words}\" are not in article {article.Id}. Copy them from the article's text exactly (curly quotes included).");
    }
}
