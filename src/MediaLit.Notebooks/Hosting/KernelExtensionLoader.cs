using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// Loads the kernel extensions restored packages ship under <c>interactive-extensions/dotnet/</c> (for example
/// Microsoft.Data.Analysis's, which makes a DataFrame render as the kernel's HTML table), as the kernel tool does.
/// </summary>
internal static class KernelExtensionLoader
{
    // The default load context refuses a second file with the same identity, and every notebook's kernel needs
    // the extension again: keep each assembly once per process, by path.
    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    public static async Task LoadAsync(IEnumerable<ResolvedPackageReference> packages, Kernel kernel)
    {
        foreach (var package in packages)
        {
            var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                // In the default context, where the kernel's own types and the package's assemblies are found,
                // so the extension registers formatters for the very types the cells use.
                var assembly = Loaded.GetOrAdd(Path.GetFullPath(file), AssemblyLoadContext.Default.LoadFromAssemblyPath);
                foreach (var type in assembly.GetExportedTypes().Where(IsExtension))
                {
                    try
                    {
                        await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
                    }
                    catch (Exception ex)
                    {
                        throw new InvalidOperationException(
                            $"kernel extension {type.FullName} of {package.PackageName} {package.PackageVersion} failed to load: {ex.Message}", ex);
                    }
                }
            }
        }
    }

    private static bool IsExtension(Type type) =>
        typeof(IKernelExtension).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false }
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
