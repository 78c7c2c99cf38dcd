using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaLit.Notebooks.Handouts;

/// <summary>A term of <c>data/glossary.jsonl</c>: a plain definition, the lesson that teaches it, and where it comes from.</summary>
/// <param name="Lesson">The lesson notebook's file name without extension ("03-narratives").</param>
/// <param name="SeenAs">Other forms the lesson uses for the term ("ACH"); a test finds the term or one of these in the lesson.</param>
/// <param name="Url">Where the definition's source can be read, when it is outside the pack; null for the pack's own terms.</param>
internal sealed record GlossaryEntry(string Term, string Lesson, IReadOnlyList<string> SeenAs, string Definition, string Source, string? Url);

/// <summary>One step of a lesson's method, and part of the heading of the section that teaches it.</summary>
internal sealed record MethodStep(string Section, string Text);

/// <summary>A lesson's entry in <c>data/handouts/lesson-steps.json</c>: its method in steps and the record's events it uses.</summary>
internal sealed record LessonSteps(string Lesson, IReadOnlyList<MethodStep> Steps, IReadOnlyList<string> Facts);

/// <summary>One part of the capstone assessment in <c>data/handouts/writing-frame.json</c>.</summary>
internal sealed record FramePart(string Heading, IReadOnlyList<string> Rubric, IReadOnlyList<string> AssessedBy, IReadOnlyList<string> Starters);

/// <summary>The writing frame's data: which answer cell it serves, how long the answer is, and its parts.</summary>
internal sealed record WritingFrame(string Lesson, string AnswerMarker, string Words, IReadOnlyList<FramePart> Parts);

/// <summary>A criterion of <c>data/rubric.json</c>: the question it asks and where it comes from.</summary>
internal sealed record RubricCriterion(string Id, string Question, string Source);

/// <summary>
/// The handouts' readable data files, each read with a clear error naming the file and the fix. Shapes are
/// checked here, so a handout never prints a half-read entry.
/// </summary>
internal static class HandoutData
{
    public const string GlossaryFile = "glossary.jsonl";
    public const string StepsFile = "handouts/lesson-steps.json";
    public const string FrameFile = "handouts/writing-frame.json";
    public const string RubricFile = "rubric.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static IReadOnlyList<GlossaryEntry> Glossary(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, GlossaryFile);
        var entries = new List<GlossaryEntry>();
        var number = 0;
        foreach (var line in ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var entry = Parse<GlossaryEntry>(path, line, $"line {number}");
            if (string.IsNullOrWhiteSpace(entry.Term) || string.IsNullOrWhiteSpace(entry.Lesson) || string.IsNullOrWhiteSpace(entry.Definition) || string.IsNullOrWhiteSpace(entry.Source))
            {
                throw Bad(path, $"line {number} lacks a term, lesson, definition or source", "give every entry all four (url is optional)");
            }

            if (entry.Url is { } url && !url.StartsWith("https://", StringComparison.Ordinal))
            {
                throw Bad(path, $"line {number}: the url \"{url}\" is not an https address", "give the source's https address, or leave url out for the pack's own terms");
            }

            entries.Add(entry with { SeenAs = entry.SeenAs ?? [] });
        }

        if (entries.GroupBy(e => e.Term, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Bad(path, $"the term \"{twice.Key}\" is defined twice", "keep one definition per term");
        }

        return entries;
    }

    public static IReadOnlyList<LessonSteps> Steps(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, StepsFile);
        var lessons = Parse<StepsDocument>(path, ReadText(path), "the file").Lessons ?? throw Bad(path, "there is no \"lessons\" list", "add one entry per lesson");
        foreach (var lesson in lessons)
        {
            if (lesson.Steps is not { Count: >= 3 and <= 5 })
            {
                throw Bad(path, $"lesson \"{lesson.Lesson}\" has {lesson.Steps?.Count ?? 0} steps", "give each lesson 3 to 5 steps: the summary must fit one page");
            }
        }

        return lessons.Select(l => l with { Facts = l.Facts ?? [] }).ToList();
    }

    public static WritingFrame Frame(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FrameFile);
        var frame = Parse<WritingFrame>(path, ReadText(path), "the file");
        if (frame.Parts is not { Count: > 0 } || frame.Parts.Any(p => p.Starters is not { Count: > 0 }))
        {
            throw Bad(path, "a part has no sentence starters, or there are no parts", "give every heading of the assessment at least one starter");
        }

        return frame;
    }

    public static IReadOnlyList<RubricCriterion> Rubric(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RubricFile);
        return Parse<RubricDocument>(path, ReadText(path), "the file").Criteria ?? throw Bad(path, "there is no \"criteria\" list", "see the file's $comment");
    }

    private static T Parse<T>(string path, string json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw Bad(path, $"{where} is empty", "write a JSON object");
        }
        catch (JsonException e)
        {
            throw Bad(path, $"{where} is not valid JSON ({e.Message})", "fix the JSON; the file's $comment describes each field");
        }
    }

    private static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw Bad(path, "the file is missing", "restore it from the repository");

    private static string[] ReadLines(string path) =>
        File.Exists(path) ? File.ReadAllLines(path) : throw Bad(path, "the file is missing", "restore it from the repository");

    private static InvalidDataException Bad(string path, string problem, string fix) => new($"{path}: {problem}. Fix: {fix}.");

    private sealed record StepsDocument(IReadOnlyList<LessonSteps>? Lessons);

    private sealed record RubricDocument(IReadOnlyList<RubricCriterion>? Criteria);
}
