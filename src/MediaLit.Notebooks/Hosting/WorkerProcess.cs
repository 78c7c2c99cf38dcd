using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// One worker process (this program's hidden "serve" command): it runs the notebooks it is sent on stdin, one at a
/// time, each in a new kernel, and reports to the result file named with each. Starting .NET and the C# compiler
/// takes most of a lesson's time on a small machine, so a worker that finished a notebook cleanly may take the next.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StderrLog _stderr;
    private readonly Task _stdout;
    private TimeSpan _cpuWhenIdle;
    private long _idleSince;

    private WorkerProcess(Process process, long outputCap)
    {
        _process = process;
        Id = process.Id;
        OutputCap = outputCap;
        _stderr = new StderrLog(process.StandardError);
        // Drained so a cell that floods the real console cannot block the worker on a full pipe.
        _stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
    }

    public long OutputCap { get; }

    public int Id { get; }

    /// <summary>Notebooks this process has been given, the current one included.</summary>
    public int Notebooks { get; private set; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static WorkerProcess Start(long outputCap)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        foreach (var argument in new[] { "serve", "--output-cap", outputCap.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the notebook worker process");
        return new WorkerProcess(process, outputCap);
    }

    /// <summary>Sends one notebook; what the process writes to stderr from now on is kept for <see cref="WhyItEnded"/>.</summary>
    public void Send(WorkerJob job)
    {
        Notebooks++;
        _stderr.Restart();
        _process.StandardInput.WriteLine(job.ToLine());
        _process.StandardInput.Flush();
    }

    /// <summary>The first line the process wrote to stderr during the current notebook (the runtime says why it died there).</summary>
    public async Task<string> WhyItEnded()
    {
        await _process.WaitForExitAsync(CancellationToken.None);
        await _stderr.Drained;
        return _stderr.FirstLine();
    }

    public long WorkingSet()
    {
        try
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // it exited between the check and the read
        }
    }

    /// <summary>Remembers the processor time on going idle, so <see cref="StayedIdle"/> can tell a process that kept working.</summary>
    public void MarkIdle()
    {
        _process.Refresh();
        _cpuWhenIdle = _process.TotalProcessorTime;
        _idleSince = Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// False when the process used a large part of a core while it had no notebook: a thread a notebook started is
    /// still running, and the next notebook would share the core with it.
    /// </summary>
    public bool StayedIdle()
    {
        if (HasExited)
        {
            return false;
        }

        _process.Refresh();
        var used = _process.TotalProcessorTime - _cpuWhenIdle;
        var idle = Stopwatch.GetElapsedTime(_idleSince);
        return used < TimeSpan.FromMilliseconds(100) + (idle * 0.25);
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.WaitForExit();
        _stdout.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _process.Dispose();
    }

    /// <summary>The dotnet host that runs this process (the runtime folder is dotnet/shared/Microsoft.NETCore.App/version/).</summary>
    private static string DotnetHost()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>Reads a process's stderr to its end, keeping the first 4,000 characters written since the last restart.</summary>
    private sealed class StderrLog
    {
        private const int Keep = 4000;
        private readonly StringBuilder _kept = new();
        private readonly Lock _lock = new();

        public StderrLog(StreamReader reader) => Drained = ReadAsync(reader);

        public Task Drained { get; }

        public void Restart()
        {
            lock (_lock)
            {
                _kept.Clear();
            }
        }

        public string FirstLine()
        {
            string text;
            lock (_lock)
            {
                text = _kept.ToString();
            }

            return text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } line
                ? (line.Length > 200 ? line[..200] + "…" : line)
                : "";
        }

        private async Task ReadAsync(StreamReader reader)
        {
            var buffer = new char[8192];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                lock (_lock)
                {
                    _kept.Append(buffer, 0, Math.Min(read, Keep - _kept.Length));
                }
            }
        }
    }
}
