using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace MediaLit.Notebooks.Execution;

/// <summary>
/// Keeps exactly one copy of every assembly a notebook references in this process.
/// <para>
/// Roslyn scripting would otherwise load each #r'd file into a fresh load context per script session, so a
/// second notebook (or a test host that already references MediaLit) would get a second, incompatible copy of
/// the same types. Instead: if an assembly with the same simple name is already loaded anywhere in the
/// process it is reused; if not, the file is loaded once into the default load context. Sessions then compile
/// against that copy's file and register the loaded <see cref="Assembly"/> with their script assembly loader,
/// which returns registered assemblies before it would load anything from disk.
/// </para>
/// </summary>
public static class SharedAssemblies
{
    private static readonly ConcurrentDictionary<string, string> KnownFiles = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lock Gate = new();
    private static bool s_resolverInstalled;

    /// <summary>Returns the process's copy of the assembly at <paramref name="path"/>, loading it only if no
    /// assembly with that simple name is loaded yet.</summary>
    public static Assembly Load(string path)
    {
        var name = AssemblyName.GetAssemblyName(path).Name
            ?? throw new BadImageFormatException("assembly without a name", path);
        lock (Gate)
        {
            InstallResolver();
            KnownFiles.TryAdd(name, path);
            return FindLoaded(name) ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
    }

    /// <summary>Makes a file available to resolve dependencies of loaded assemblies (e.g. a package's other DLLs).</summary>
    public static void MakeResolvable(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        KnownFiles.TryAdd(name, path);
        lock (Gate)
        {
            InstallResolver();
        }
    }

    public static Assembly? FindLoaded(string simpleName)
    {
        var candidates = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase))
            .ToList();

        // Prefer the default context: that is where the host's own references live.
        return candidates.FirstOrDefault(a => AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default)
            ?? candidates.FirstOrDefault();
    }

    private static void InstallResolver()
    {
        if (s_resolverInstalled)
        {
            return;
        }

        // Dependencies of #r'd DLLs and package assemblies sit next to them, not in the app's probing paths.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is not null && KnownFiles.TryGetValue(name.Name, out var file) && File.Exists(file)
                ? context.LoadFromAssemblyPath(file)
                : null;
        s_resolverInstalled = true;
    }
}
