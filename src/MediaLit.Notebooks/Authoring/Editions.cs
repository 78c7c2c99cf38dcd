using System.Text.Json;
using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Authoring;

/// <summary>
/// Writes the two editions of every lesson: <c>teacher/</c> (the source, with solutions and teacher-only
/// notes) and <c>student/</c> (solutions replaced by a TODO, teacher-only cells left out). Each edition
/// folder gets its own copy of <c>lib/</c>, so the notebooks' <c>#r "lib/MediaLit.dll"</c> works there too.
/// </summary>
public static class Editions
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (string Student, string Teacher) Write(IEnumerable<string> notebooks, string outputDirectory)
    {
        var list = notebooks.ToList();
        string student = Path.Combine(outputDirectory, "student"), teacher = Path.Combine(outputDirectory, "teacher");
        foreach (string folder in new[] { student, teacher })
        {
            Directory.CreateDirectory(folder);
            if (list.Count > 0)
                CopyLibrary(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(list[0]))!, "lib"), Path.Combine(folder, "lib"));
        }
        foreach (string path in list)
        {
            var source = NotebookReader.Read(path);
            string name = Path.GetFileName(path);
            File.Copy(path, Path.Combine(teacher, name), overwrite: true);
            File.WriteAllText(Path.Combine(student, name), StudentEdition.Make(source.Json, path).ToJsonString(Indented) + "\n");
        }
        return (student, teacher);
    }

    private static void CopyLibrary(string from, string to)
    {
        if (!Directory.Exists(from))
            return;
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
