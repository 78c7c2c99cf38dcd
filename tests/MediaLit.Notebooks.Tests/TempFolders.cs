using System.Diagnostics;

namespace MediaLit.Testing;

/// <summary>
/// Folders for a test's files, all inside one folder per test process that is deleted when the process ends.
/// The tests export sites, run notebooks and write handouts (a site alone is about 70 MB), and folders left in
/// the system's temp folder after every run filled a classroom machine's disk; a folder left by a test process
/// that was killed is deleted by the next one.
/// </summary>
internal static class TempFolders
{
    private const string Prefix = "medialit-testrun-";
    private static int _count;

    private static readonly Lazy<string> Root = new(() =>
    {
        DeleteLeftovers();
        string root = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    /// <summary>A new empty folder whose name starts with <paramref name="name"/>.</summary>
    public static string New(string name)
    {
        string folder = Path.Combine(Root.Value, $"{name}{Interlocked.Increment(ref _count)}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    // A root whose process is gone was left by a run that was killed or crashed.
    private static void DeleteLeftovers()
    {
        foreach (string folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out int id) && !IsRunning(id))
                TryDelete(folder);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Best effort: a file still open in a browser or worker that outlived the test is not worth failing a run over.
    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
