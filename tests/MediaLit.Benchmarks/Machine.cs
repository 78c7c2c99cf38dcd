using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace MediaLit.Benchmarks;

/// <summary>What every figure depends on: the machine, how busy it was, and the tools' versions.</summary>
internal static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages (Linux /proc/loadavg), or a note where the OS has none.</summary>
    public static string LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file) ? string.Join(" / ", File.ReadAllText(file).Split(' ').Take(3)) : "not available on this OS";
    }

    public static string Description()
    {
        long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {memory / 1e9:F1} GB memory, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
    }

    /// <summary>The first line a tool prints for its version flag, or "not found".</summary>
    public static string ToolVersion(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "not found";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
