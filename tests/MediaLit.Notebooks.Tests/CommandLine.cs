using System.Diagnostics;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// Runs the runner's command line in a process of its own, as a teacher or CI would: it prints to the console and
/// exits with a code, which an in-process call cannot show. A run that outlives <c>limit</c> is killed and fails.
/// </summary>
internal static class CommandLine
{
    public static async Task<(int ExitCode, string Printed)> Run(TimeSpan limit, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MediaLit.Notebooks.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the runner did not exit within {limit.TotalSeconds:0} s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
