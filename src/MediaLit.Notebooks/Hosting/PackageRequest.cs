using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// A <c>#r "nuget: Name, Version"</c> line of a cell. The kernel restores it; the runner only needs the names to say
/// which package a skipped cell lacks.
/// </summary>
internal sealed partial record PackageRequest(string Name, string? Version)
{
    public string Display => Version is null ? Name : $"{Name} {Version}";

    public static List<PackageRequest> InCell(string source) =>
        NuGetLine().Matches(source)
            .Select(m => new PackageRequest(m.Groups["name"].Value, m.Groups["version"].Success ? m.Groups["version"].Value : null))
            .ToList();

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[^,"\s]+)\s*(,\s*(?<version>[^"\s]+))?\s*"\s*$""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex NuGetLine();
}
