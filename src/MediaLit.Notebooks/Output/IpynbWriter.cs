using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// Writes the executed notebook: the original JSON with execution counts and nbformat outputs filled in
/// (display_data / execute_result with data and metadata, stream, error), everything else unchanged.
/// </summary>
internal static class IpynbWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 1, // Jupyter's own layout, so diffs against VS Code saves stay small
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep < > & readable; it is still valid JSON
    };

    public static void Write(NotebookDocument document, NotebookRunResult result, string path)
    {
        var root = (JsonObject)document.Json.DeepClone();
        var cells = (JsonArray)root["cells"]!;
        var needsIds = root["nbformat_minor"]?.GetValue<int>() >= 5;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (JsonObject)cells[i]!;
            if (needsIds && cell["id"] is null)
            {
                cell["id"] = $"cell-{i + 1}";
            }

            if (cell["cell_type"]?.GetValue<string>() != "code")
            {
                continue;
            }

            var cellResult = result.Cells[i];
            cell["execution_count"] = cellResult.ExecutionCount;
            cell["outputs"] = new JsonArray(cellResult.Outputs.Select(o => ToJson(o, cellResult.ExecutionCount)).ToArray());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, root.ToJsonString(Json) + "\n");
    }

    private static JsonObject ToJson(CellOutput output, int? executionCount) => output.Kind switch
    {
        OutputKind.DisplayData => new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = MimeBundle(output),
            ["metadata"] = new JsonObject(),
        },
        OutputKind.ExecuteResult => new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = executionCount,
            ["data"] = MimeBundle(output),
            ["metadata"] = new JsonObject(),
        },
        OutputKind.Stdout or OutputKind.Stderr => new JsonObject
        {
            ["output_type"] = "stream",
            ["name"] = output.Kind == OutputKind.Stdout ? "stdout" : "stderr",
            ["text"] = Lines(output.TextContent ?? ""),
        },
        _ => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = output.ErrorName ?? "Error",
            ["evalue"] = output.TextContent ?? "",
            ["traceback"] = new JsonArray(JsonValue.Create(output.TextContent ?? "")),
        },
    };

    private static JsonObject MimeBundle(CellOutput output)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, content) in output.Data)
        {
            bundle[mimeType] = Lines(content);
        }

        return bundle;
    }

    /// <summary>nbformat multiline string: a list of lines, each keeping its newline.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
