using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Authoring;

/// <summary>
/// Makes the student edition of a lesson. The committed lessons already are student editions (their answers
/// live in docs/teacher/solutions.json); this is the guard for any other notebook: solutions between
/// <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c> lines are replaced by a TODO line, and markdown cells
/// whose first line is <c>&lt;!-- teacher-only --&gt;</c> are left out. Everything else is kept as it is.
/// </summary>
public static class StudentEdition
{
    public const string BeginSolution = "// BEGIN SOLUTION";
    public const string EndSolution = "// END SOLUTION";
    public const string TeacherOnly = "<!-- teacher-only -->";

    /// <summary>What a student sees where the solution was: the cell still compiles and says what to do.</summary>
    public const string Todo = "// TODO: write your answer above, then run the cell to check it.";

    /// <summary>The student edition of a notebook (a new JSON tree; the source is not changed).</summary>
    public static JsonObject Make(JsonObject notebook, string path)
    {
        var edition = (JsonObject)notebook.DeepClone();
        var cells = edition["cells"] as JsonArray ?? throw new NotebookFormatException(path, "no 'cells' array");
        for (int i = cells.Count - 1; i >= 0; i--)
        {
            var cell = cells[i]!;
            string source = NotebookReader.ReadMultiline(cell["source"]);
            string type = cell["cell_type"]?.GetValue<string>() ?? "";
            if (type == "markdown" && source.TrimStart().StartsWith(TeacherOnly, StringComparison.Ordinal))
                cells.RemoveAt(i);
            else if (type == "code")
                cell["source"] = ToLines(StripSolutions(source, path, i + 1));
        }
        return edition;
    }

    /// <summary>The code with each solution block (marker lines included) replaced by a TODO line.</summary>
    /// <exception cref="NotebookFormatException">A marker without its partner.</exception>
    public static string StripSolutions(string code, string path = "", int cellNumber = 0)
    {
        var kept = new List<string>();
        bool inSolution = false;
        foreach (string line in code.Split('\n'))
        {
            string marker = line.Trim();
            if (marker == BeginSolution)
            {
                inSolution = !inSolution ? true : throw Unbalanced(path, cellNumber, $"a second '{BeginSolution}' before '{EndSolution}'");
                kept.Add(line[..(line.Length - line.TrimStart().Length)] + Todo);
            }
            else if (marker == EndSolution)
                inSolution = inSolution ? false : throw Unbalanced(path, cellNumber, $"'{EndSolution}' without '{BeginSolution}'");
            else if (!inSolution)
                kept.Add(line);
        }
        return inSolution ? throw Unbalanced(path, cellNumber, $"'{BeginSolution}' without '{EndSolution}'") : string.Join('\n', kept);
    }

    private static NotebookFormatException Unbalanced(string path, int cellNumber, string what) =>
        new(path, $"cell {cellNumber}: {what}. Put each solution between one '{BeginSolution}' line and one '{EndSolution}' line.");

    /// <summary>nbformat stores source as an array of lines, each but the last ending in '\n'.</summary>
    internal static JsonArray ToLines(string text)
    {
        string[] lines = text.Split('\n');
        return new JsonArray(lines.Select((l, i) => (JsonNode?)JsonValue.Create(i < lines.Length - 1 ? l + "\n" : l)).ToArray());
    }
}
