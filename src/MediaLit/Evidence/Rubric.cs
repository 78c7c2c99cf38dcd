using System.Text.Json;
using MediaLit.Loading;

namespace MediaLit.Evidence;

/// <summary>One part of a criterion: a signal, its weight, and the rate that counts as full marks.</summary>
/// <param name="Signal">A signal id ("named-sources") or a disclosure ("disclosure.byline").</param>
/// <param name="Full">The rate per 1,000 words worth 1; ignored for disclosures.</param>
public sealed record RubricComponent(string Signal, double Weight, double Full, string Why);

/// <summary>One question of the rubric ("What is the evidence?") and how it is scored.</summary>
public sealed record RubricCriterion(string Id, string Question, string Source, double Weight, IReadOnlyList<RubricComponent> Components);

/// <summary>The teacher-editable rubric in <c>data/rubric.json</c>.</summary>
public sealed record Rubric(IReadOnlyList<RubricCriterion> Criteria)
{
    public const string FileName = "rubric.json";

    public static Rubric Load(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, FileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var criteria = document.RootElement.GetProperty("criteria").EnumerateArray().Select((c, i) => new RubricCriterion(
                JsonLines.Str(c, "id", $"criterion {i + 1}"),
                JsonLines.Str(c, "question", $"criterion {i + 1}"),
                JsonLines.Str(c, "source", $"criterion {i + 1}"),
                c.TryGetProperty("weight", out var w) ? w.GetDouble() : 1,
                c.GetProperty("components").EnumerateArray().Select((p, j) => new RubricComponent(
                    JsonLines.Str(p, "signal", $"criterion {i + 1}, component {j + 1}"),
                    p.GetProperty("weight").GetDouble(),
                    p.TryGetProperty("full", out var f) ? f.GetDouble() : 1,
                    p.TryGetProperty("why", out var y) ? y.GetString() ?? "" : "")).ToList())).ToList();
            if (criteria.SelectMany(c => c.Components).FirstOrDefault(p => p.Full <= 0) is { } bad)
                throw new FormatException($"\"full\" for {bad.Signal} must be above 0.");
            return new Rubric(criteria);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            throw new CorpusException(CorpusProblem.MalformedRules, path, $"The rubric cannot be read ({e.Message}).",
                "Each criterion needs id, question, source and components; each component needs signal and weight (and 'full' above 0). Compare with the file in the repository.");
        }
    }
}
