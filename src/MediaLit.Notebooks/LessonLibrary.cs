using System.Reflection;
using System.Runtime.Loader;

namespace MediaLit.Notebooks;

/// <summary>
/// Uses the lessons' own library (<c>notebooks/lib/MediaLit.dll</c>) from the runner. The runner deliberately does
/// not link it (the kernel's <c>#r "lib/MediaLit.dll"</c> must be the only copy in the default load context), so it is
/// loaded into a collectible load context of its own, read through reflection, and unloaded.
/// </summary>
internal static class LessonLibrary
{
    public static T Use<T>(string libraryDll, string purpose, Func<Assembly, T> read)
    {
        var context = new AssemblyLoadContext($"medialit-{purpose}", isCollectible: true);
        try
        {
            return read(context.LoadFromAssemblyPath(Path.GetFullPath(libraryDll)));
        }
        finally
        {
            context.Unload();
        }
    }
}
