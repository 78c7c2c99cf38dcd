using System.Text.Json;

namespace MediaLit.Loading;

/// <summary>
/// Reads the pack's readable data files: JSON Lines (one object per line) and plain lists
/// (one entry per line, '#' starts a comment). A bad line is an error naming the file, the line and the fix.
/// </summary>
public static class JsonLines
{
    public static List<T> Read<T>(string path, Func<JsonElement, string, T> read)
    {
        string[] lines = ReadLines(path);
        var items = new List<T>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                items.Add(read(document.RootElement, $"line {i + 1}"));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CorpusException(CorpusProblem.MalformedRules, path, $"Line {i + 1} is not a valid entry ({e.Message}).",
                    "Each line must be one JSON object with the same fields as the other lines of the file.");
            }
        }
        return items;
    }

    /// <summary>The entries of a plain list: trimmed, without blank lines and '#' comments.</summary>
    public static List<string> ReadList(string path) =>
        ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>A required string field.</summary>
    public static string Str(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"{where}: missing \"{name}\".");

    private static string[] ReadLines(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path)
            : throw new CorpusException(CorpusProblem.MalformedRules, path, "The file is missing.",
                $"Restore it from the repository (git checkout -- data/{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}).");
}
