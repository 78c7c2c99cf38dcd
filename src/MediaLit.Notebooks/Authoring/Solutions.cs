using System.Text.Json;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Authoring;

/// <summary>
/// The teacher's answers, kept apart from the lessons so that what a student opens holds none: for each
/// lesson file, the id of each exercise cell and the lines that answer it (docs/teacher/solutions.json).
/// The teacher edition puts them back where the lesson's TODO line is.
/// </summary>
public sealed record Solutions(string Path, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLesson)
{
    /// <summary>Where the pack keeps them, relative to the repository root.</summary>
    public const string RelativePath = "docs/teacher/solutions.json";

    /// <summary>The solutions for one lesson file ("01-sourcing.ipynb"), by cell id; empty if it has none.</summary>
    public IReadOnlyDictionary<string, string> For(string lessonFile) =>
        ByLesson.TryGetValue(lessonFile, out var cells) ? cells : new Dictionary<string, string>();

    /// <summary>The pack's solutions, found from a lesson's folder by walking up to the repository root.</summary>
    /// <exception cref="NotebookFormatException">No solutions file above the folder, or it is malformed.</exception>
    public static Solutions FindFor(string lessonFolder)
    {
        for (var folder = new DirectoryInfo(System.IO.Path.GetFullPath(lessonFolder)); folder is not null; folder = folder.Parent)
        {
            string candidate = System.IO.Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(candidate))
                return Load(candidate);
        }

        throw new NotebookFormatException(System.IO.Path.Combine(lessonFolder, RelativePath),
            $"no {RelativePath} in this folder or any folder above it. The teacher edition needs the pack's solutions file; run the command inside the repository.");
    }

    /// <summary>Reads a solutions file: <c>{ "lesson.ipynb": { "cellId": ["line", ...] } }</c>; keys starting with '$' are comments.</summary>
    public static Solutions Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var lessons = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var lesson in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
            {
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var cell in lesson.Value.EnumerateObject())
                {
                    if (cell.Value.ValueKind != JsonValueKind.Array || cell.Value.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
                        throw new NotebookFormatException(path, $"{lesson.Name}, cell {cell.Name}: a solution is a list of lines (strings).");
                    cells[cell.Name] = string.Join('\n', cell.Value.EnumerateArray().Select(l => l.GetString()));
                }

                lessons[lesson.Name] = cells;
            }

            return new Solutions(path, lessons);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException)
        {
            throw new NotebookFormatException(path, $"the solutions file cannot be read ({ex.Message}). It holds {{ \"lesson.ipynb\": {{ \"cell id\": [\"line\", ...] }} }}.");
        }
    }
}
