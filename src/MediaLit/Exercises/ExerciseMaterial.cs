using System.Text;
using System.Text.Json;
using MediaLit.Articles;

namespace MediaLit.Exercises;

/// <summary>How the texts of an exercise are shown: with line numbers, sentence numbers, or as they are.</summary>
public enum Numbering { None, Lines, Sentences }

/// <summary>
/// The new material of one exercise: short texts the lesson has not analysed, read from
/// <c>data/exercises/NN-lesson.json</c> (see the README there for their sources and licences). Checks read the
/// texts through the library's own analyses; a few judgement answers are fields of the file, each with its reason.
/// </summary>
public sealed class ExerciseMaterial
{
    public const string FolderName = "exercises";

    private readonly JsonElement _entry;

    private ExerciseMaterial(string exercise, string file, string title, Numbering numbering, IReadOnlyList<(string Label, string Text)> texts, JsonElement entry)
    {
        Exercise = exercise;
        File = file;
        Title = title;
        Numbering = numbering;
        Texts = texts;
        _entry = entry.Clone();
    }

    /// <summary>The exercise's number, "01.4".</summary>
    public string Exercise { get; }

    /// <summary>The file it comes from, relative to the data folder.</summary>
    public string File { get; }

    public string Title { get; }

    public Numbering Numbering { get; }

    /// <summary>The texts by label ("A", "B", "report"), each as its lines joined by line breaks.</summary>
    public IReadOnlyList<(string Label, string Text)> Texts { get; }

    /// <summary>The text with this label, read with the corpus's cleaning rules, as an article with the id "exercise-label".</summary>
    public Article Read(Corpus corpus, string label)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var text = Texts.FirstOrDefault(t => string.Equals(t.Label, label, StringComparison.OrdinalIgnoreCase));
        if (text.Text is null)
            throw new ExerciseMaterialException($"{File} has no text \"{label}\" for exercise {Exercise}.");
        return corpus.Read("exercise-" + new string(text.Label.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()), text.Text);
    }

    /// <summary>Every text, read as <see cref="Read"/> does, in the file's order.</summary>
    public IReadOnlyList<Article> ReadAll(Corpus corpus) => Texts.Select(t => Read(corpus, t.Label)).ToList();

    /// <summary>A string field of the exercise's entry; null when absent.</summary>
    public string? Field(string name) =>
        _entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A list-of-strings field; empty when absent.</summary>
    public IReadOnlyList<string> ListField(string name) =>
        _entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>An object-of-strings field ("choices"); empty when absent.</summary>
    public IReadOnlyList<(string Key, string Value)> MapField(string name) =>
        _entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => (p.Name, p.Value.GetString()!)).ToList()
            : [];

    /// <summary>The body sentences of an article, numbered from 1 as the exercise shows them.</summary>
    public static IReadOnlyList<Sentence> NumberedSentences(Article article) => article.BodySentences.ToList();

    /// <summary>The 1-based number of the body sentence that holds <paramref name="position"/> (in Article.Text); 0 when none does.</summary>
    public static int SentenceNumberAt(Article article, int position)
    {
        var sentences = NumberedSentences(article);
        for (int i = 0; i < sentences.Count; i++)
            if (position >= sentences[i].Span.Start && position < sentences[i].Span.End)
                return i + 1;
        return 0;
    }

    /// <summary>The material as a student reads it: plain text, numbered as the exercise asks.</summary>
    public string Show(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var text = new StringBuilder();
        text.Append(Exercise).Append(' ').AppendLine(Title);
        foreach (var (label, raw) in Texts)
        {
            text.AppendLine();
            if (Texts.Count > 1 || label.Length == 1)
                text.Append("── Text ").Append(label).AppendLine(" ──");
            switch (Numbering)
            {
                case Numbering.Lines:
                    var lines = raw.Split('\n');
                    for (int i = 0; i < lines.Length; i++)
                        text.Append(i + 1).Append("  ").AppendLine(lines[i]);
                    break;
                case Numbering.Sentences:
                    var article = Read(corpus, label);
                    var lines2 = raw.Split('\n');
                    text.AppendLine(lines2[0]);
                    if (lines2.Length > 1 && lines2[1].StartsWith("Published", StringComparison.Ordinal))
                        text.AppendLine(lines2[1]);
                    var sentences = NumberedSentences(article);
                    for (int i = 0; i < sentences.Count; i++)
                        text.Append('[').Append(i + 1).Append("] ").AppendLine(article.Slice(sentences[i].Span));
                    break;
                default:
                    text.AppendLine(raw);
                    break;
            }
        }
        return text.ToString().TrimEnd();
    }

    public override string ToString() => $"{Exercise} {Title} ({File})";

    /// <summary>The material of an exercise ("01.4") from the data folder's <c>exercises/</c> file of its lesson ("01-*.json").</summary>
    /// <exception cref="ExerciseMaterialException">The file or the entry is missing or malformed: the message says which and where.</exception>
    public static ExerciseMaterial Load(string dataDirectory, string exercise)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(exercise);
        string folder = Path.Combine(dataDirectory, FolderName);
        string prefix = exercise.Split('.')[0];
        string[] files = Directory.Exists(folder) ? Directory.GetFiles(folder, prefix + "-*.json") : [];
        if (files.Length != 1)
            throw new ExerciseMaterialException($"data/{FolderName}/ has {(files.Length == 0 ? "no" : "more than one")} file {prefix}-*.json with the texts of exercise {exercise}.");
        string file = $"data/{FolderName}/{Path.GetFileName(files[0])}";
        try
        {
            var info = new FileInfo(files[0]);
            if (info.Length > 1024 * 1024)
                throw new ExerciseMaterialException($"{file} is larger than 1 MB: it is not the pack's file.");
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(files[0]));
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(exercise, out var entry) || entry.ValueKind != JsonValueKind.Object)
                throw new ExerciseMaterialException($"{file} has no entry \"{exercise}\".");
            if (!entry.TryGetProperty("texts", out var texts) || texts.ValueKind != JsonValueKind.Object)
                throw new ExerciseMaterialException($"{file}: exercise {exercise} has no \"texts\" object.");
            var list = new List<(string, string)>();
            foreach (var t in texts.EnumerateObject())
            {
                if (t.Value.ValueKind != JsonValueKind.Array || t.Value.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
                    throw new ExerciseMaterialException($"{file}: text \"{t.Name}\" of exercise {exercise} is not a list of lines.");
                list.Add((t.Name, string.Join('\n', t.Value.EnumerateArray().Select(l => l.GetString()))));
            }
            if (list.Count == 0 || list.Any(t => string.IsNullOrWhiteSpace(t.Item2)))
                throw new ExerciseMaterialException($"{file}: exercise {exercise} has an empty text.");
            string title = entry.TryGetProperty("title", out var t2) && t2.ValueKind == JsonValueKind.String ? t2.GetString()! : "";
            var numbering = entry.TryGetProperty("numbering", out var n) && n.ValueKind == JsonValueKind.String && Enum.TryParse<Numbering>(n.GetString(), true, out var parsed) ? parsed : Numbering.None;
            return new ExerciseMaterial(exercise, file, title, numbering, list, entry);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ExerciseMaterialException($"{file} cannot be read: {e.Message}");
        }
    }

    /// <summary>The material of an exercise, shown as a student reads it (for a lesson's cell).</summary>
    public static string Show(Corpus corpus, string exercise)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        try
        {
            return Load(corpus.DataDirectory, exercise).Show(corpus);
        }
        catch (ExerciseMaterialException e)
        {
            return $"{exercise}: the texts of this exercise cannot be shown. {e.Message} Restore the pack's data/{FolderName}/ folder, or ask your teacher.";
        }
    }
}

/// <summary>An exercise's material is missing or malformed; the message names the file and what is wrong.</summary>
public sealed class ExerciseMaterialException(string message) : Exception(message);
