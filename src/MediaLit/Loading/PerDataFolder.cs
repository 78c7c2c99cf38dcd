using System.Collections.Concurrent;

namespace MediaLit.Loading;

/// <summary>
/// Word lists and reference files read once per data folder, so a notebook cell that asks again
/// answers at once. A teacher who edits a file restarts the kernel to read it anew.
/// </summary>
public static class PerDataFolder
{
    private static readonly ConcurrentDictionary<(Type, string), object> Loaded = new();

    public static T Get<T>(string dataDirectory, Func<string, T> load) where T : class =>
        (T)Loaded.GetOrAdd((typeof(T), Path.GetFullPath(dataDirectory)), key => load(key.Item2));
}
