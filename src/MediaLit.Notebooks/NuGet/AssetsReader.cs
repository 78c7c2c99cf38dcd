using System.Text.Json;

namespace MediaLit.Notebooks.NuGet;

/// <summary>Reads the runtime assemblies of a restore from obj/project.assets.json (no build needed).</summary>
internal static class AssetsReader
{
    public static List<string> RuntimeAssemblies(string assetsFile, string targetFramework)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = document.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject()
            .First(t => t.Name.Equals(targetFramework, StringComparison.OrdinalIgnoreCase)).Value;

        var framework = FrameworkAssemblyNames.Value;
        var result = new List<string>();
        foreach (var library in target.EnumerateObject())
        {
            if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                || !library.Value.TryGetProperty("runtime", out var runtime))
            {
                continue;
            }

            var libraryPath = libraries.GetProperty(library.Name).GetProperty("path").GetString()!;
            foreach (var asset in runtime.EnumerateObject())
            {
                var name = Path.GetFileNameWithoutExtension(asset.Name);
                // "_._" marks "nothing for this framework"; framework assemblies and the kernel's own
                // assemblies are provided by the runner and must not be loaded a second time.
                if (asset.Name.EndsWith("_._", StringComparison.Ordinal) || framework.Contains(name)
                    || name.StartsWith("Microsoft.DotNet.Interactive", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                result.Add(Path.GetFullPath(Path.Combine(packageFolder, libraryPath, asset.Name)));
            }
        }

        return result;
    }

    private static readonly string SharedFrameworksRoot =
        Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))! + Path.DirectorySeparatorChar;

    // Names of the shared-framework assemblies this process runs on (dotnet/shared/<framework>/<version>/).
    private static readonly Lazy<HashSet<string>> FrameworkAssemblyNames = new(() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator)
            .Where(p => p.StartsWith(SharedFrameworksRoot, StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

}
