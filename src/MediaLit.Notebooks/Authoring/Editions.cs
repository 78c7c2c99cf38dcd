using System.Text.Json;
using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Authoring;

/// <summary>
/// Writes the two editions of every lesson: <c>student/</c> (the lesson as committed: no solution, no
/// teacher-only cell) and <c>teacher/</c> (the same lesson with the solutions from docs/teacher/solutions.json
/// in place). Each edition folder gets its own copy of <c>lib/</c>, so <c>#r "lib/MediaLit.dll"</c> works there too.
/// </summary>
public static class Editions
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (string Student, string Teacher) Write(IEnumerable<string> notebooks, string outputDirectory, Solutions? solutions = null)
    {
        var list = notebooks.ToList();
        if (list.Count > 0)
            solutions ??= Solutions.FindFor(Path.GetDirectoryName(Path.GetFullPath(list[0]))!);
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
            var studentEdition = StudentEdition.Make(source.Json, path);
            File.WriteAllText(Path.Combine(student, name), studentEdition.ToJsonString(Indented) + "\n");
            File.WriteAllText(Path.Combine(teacher, name), TeacherEdition.Make(studentEdition, path, solutions!).ToJsonString(Indented) + "\n");
        }
        return (student, teacher);
    }

    /// <summary>Copies a lesson folder's lib/ (the DLLs the lessons #r) to another; nothing when there is none.</summary>
    internal static void CopyLibrary(string from, string to)
    {
        if (!Directory.Exists(from))
            return;
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
