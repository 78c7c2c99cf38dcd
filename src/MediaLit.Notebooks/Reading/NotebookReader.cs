using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaLit.Notebooks.Reading;

/// <summary>Reads nbformat 4 notebooks and checks they are .NET Interactive C# notebooks.</summary>
public static class NotebookReader
{
    public const string CSharpKernelSpec = ".net-csharp";

    public static NotebookDocument Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new NotebookFormatException(path, $"cannot read the file ({ex.Message})");
        }

        return Parse(json, path);
    }

    /// <summary>Reads notebook JSON that came from <paramref name="path"/> (named in errors).</summary>
    /// <exception cref="NotebookFormatException">The JSON is malformed or not a .NET (C#) notebook.</exception>
    public static NotebookDocument Parse(string json, string path)
    {
        try
        {
            return ReadChecked(json, path);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            // JsonNode throws these when a field has the wrong kind ("cells": {…}, "source": 3): name the file instead.
            throw new NotebookFormatException(path, $"not a notebook this runner can read: a field has the wrong kind of value ({ex.Message})");
        }
        catch (ArgumentException ex)
        {
            // JsonObject throws this on first use of an object that names a key twice (found by the volume fuzz).
            throw new NotebookFormatException(path, $"not a notebook this runner can read: a key appears more than once in one object ({ex.Message})");
        }
    }

    private static NotebookDocument ReadChecked(string json, string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw new NotebookFormatException(path, "the file is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException(path, $"malformed JSON ({ex.Message})");
        }

        if (root["nbformat"]?.GetValueKind() != JsonValueKind.Number || root["nbformat"]!.GetValue<int>() != 4)
        {
            throw new NotebookFormatException(path, "not an nbformat 4 notebook");
        }

        var kernel = root["metadata"]?["kernelspec"]?["name"]?.GetValue<string>();
        if (kernel != CSharpKernelSpec)
        {
            throw new NotebookFormatException(path,
                $"kernelspec name is '{kernel ?? "(missing)"}', expected '{CSharpKernelSpec}' (.NET (C#))");
        }

        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException(path, "no 'cells' array");
        }

        var list = new List<NotebookCell>();
        foreach (var node in cells)
        {
            var cellType = node?["cell_type"]?.GetValue<string>()
                ?? throw new NotebookFormatException(path, $"cell {list.Count + 1} has no cell_type");
            list.Add(new NotebookCell(
                list.Count + 1,
                cellType,
                ReadMultiline(node["source"]),
                node["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()));
        }

        return new NotebookDocument(Path.GetFullPath(path), root, list);
    }

    /// <summary>nbformat "multiline strings" are either one string or an array of lines.</summary>
    public static string ReadMultiline(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        _ => node.GetValue<string>(),
    };
}
