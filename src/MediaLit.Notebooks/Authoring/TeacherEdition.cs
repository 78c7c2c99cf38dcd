using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Authoring;

/// <summary>
/// Makes the teacher edition of a lesson: the committed (student) lesson with each exercise's solution put in
/// place of its TODO line, between <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c> so that it is plain to see.
/// </summary>
public static class TeacherEdition
{
    /// <summary>The teacher edition (a new JSON tree). Every solution must find its cell and that cell's TODO line.</summary>
    /// <exception cref="NotebookFormatException">A solution whose cell is gone, or a cell without a TODO line.</exception>
    public static JsonObject Make(JsonObject lesson, string path, Solutions solutions)
    {
        var edition = (JsonObject)lesson.DeepClone();
        var cells = edition["cells"] as JsonArray ?? throw new NotebookFormatException(path, "no 'cells' array");
        var wanted = solutions.For(System.IO.Path.GetFileName(path));
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!;
            string? id = cell["id"]?.GetValue<string>();
            if (id is null || !wanted.TryGetValue(id, out string? solution))
                continue;
            var lines = NotebookReader.ReadMultiline(cell["source"]).Split('\n').ToList();
            int todo = lines.FindIndex(l => l.Trim() == StudentEdition.Todo);
            if (todo < 0)
                throw new NotebookFormatException(path, $"cell {i + 1} (id {id}) has a solution in {solutions.Path} but no '{StudentEdition.Todo}' line to put it in.");
            string indent = lines[todo][..(lines[todo].Length - lines[todo].TrimStart().Length)];
            lines.RemoveAt(todo);
            lines.InsertRange(todo, [indent + StudentEdition.BeginSolution, .. solution.Split('\n').Select(l => indent + l), indent + StudentEdition.EndSolution]);
            cell["source"] = StudentEdition.ToLines(string.Join('\n', lines));
            used.Add(id);
        }

        if (wanted.Keys.FirstOrDefault(id => !used.Contains(id)) is { } missing)
            throw new NotebookFormatException(path, $"{solutions.Path} has a solution for cell id {missing}, which this lesson does not have. Update the id there.");
        return edition;
    }
}
