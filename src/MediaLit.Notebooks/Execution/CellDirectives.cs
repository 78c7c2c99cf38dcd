using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Execution;

/// <summary>A <c>#r "nuget: Name, Version"</c> request. <paramref name="Line"/> is 1-based in the cell.</summary>
public sealed record PackageRequest(string Name, string? Version, int Line)
{
    /// <summary>Kernel extensions (e.g. Plotly.NET.Interactive) only register formatters in the real kernel;
    /// the runner formats those types itself and never loads them.</summary>
    public bool IsKernelExtension => Name.EndsWith(".Interactive", StringComparison.OrdinalIgnoreCase);

    public string Display => Version is null ? Name : $"{Name} {Version}";
}

/// <summary>A <c>#r "path.dll"</c> reference, already made absolute. <paramref name="Line"/> is 1-based in the cell.</summary>
public sealed record AssemblyReference(string Path, int Line);

/// <summary>A magic command the runner does not support (the cell fails with it).</summary>
public sealed record UnsupportedMagic(int Line, string Text);

/// <summary>
/// A cell after its magic lines and #r directives are taken out. Removed lines become empty lines so
/// compiler line numbers still match the cell as written.
/// </summary>
public sealed record CellPlan(
    string Code,
    bool IsMarkdown,
    bool Timed,
    IReadOnlyList<PackageRequest> Packages,
    IReadOnlyList<AssemblyReference> Assemblies,
    IReadOnlyList<UnsupportedMagic> Unsupported);

/// <summary>Parses the kernel's magic lines (<c>#!...</c> at column 0) and <c>#r</c> directives.</summary>
public static partial class CellDirectives
{
    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"\s]+))?\s*"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+)"\s*$""")]
    private static partial Regex FileReference();

    /// <param name="source">The cell's source.</param>
    /// <param name="baseDirectory">Folder #r paths are relative to: the notebook's own folder, as in VS Code.</param>
    public static CellPlan Parse(string source, string baseDirectory)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines[0].TrimEnd() == "#!markdown")
        {
            return new CellPlan(string.Join('\n', lines.Skip(1)), true, false, [], [], []);
        }

        var packages = new List<PackageRequest>();
        var assemblies = new List<AssemblyReference>();
        var unsupported = new List<UnsupportedMagic>();
        var timed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                switch (line)
                {
                    case "#!csharp" or "#!c#" or "#!C#":
                        break;
                    case "#!time":
                        timed = true;
                        break;
                    default:
                        unsupported.Add(new UnsupportedMagic(i + 1, line));
                        break;
                }

                lines[i] = "";
            }
            else if (NuGetReference().Match(line) is { Success: true } nuget)
            {
                packages.Add(new PackageRequest(nuget.Groups["name"].Value,
                    nuget.Groups["version"].Success ? nuget.Groups["version"].Value : null, i + 1));
                lines[i] = "";
            }
            else if (FileReference().Match(line) is { Success: true } file)
            {
                // Taken out of the code and added as a reference by the session, which makes sure only one
                // copy of the assembly is ever loaded in this process.
                assemblies.Add(new AssemblyReference(Path.GetFullPath(file.Groups["path"].Value, baseDirectory), i + 1));
                lines[i] = "";
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                // Package sources: restores use the user's NuGet configuration instead.
                lines[i] = "";
            }
        }

        return new CellPlan(string.Join('\n', lines), false, timed, packages, assemblies, unsupported);
    }
}
