using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// One notebook's kernel: the real .NET Interactive C# kernel in a composite kernel, set up as the kernel tool
/// sets it up for a C# notebook (#r "nuget:", display()/HTML() helpers, #!share, #!time), plus the two things
/// the tool does outside the kernel library: loading packages' kernel extensions and timing cells.
/// </summary>
internal sealed class KernelSession : IDisposable
{
    private readonly CompositeKernel _kernel;

    private KernelSession()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective(async (kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                // Inside the #r command: extensions such as Microsoft.Data.Analysis's need the invocation context.
                await KernelExtensionLoader.LoadAsync(packages, kernel.RootKernel);
            })
            .UseKernelHelpers()
            .UseValueSharing();
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = csharp.Name;
        AddTimeDirective(_kernel);
    }

    /// <summary>
    /// A new kernel, warmed up: its first submission loads and JITs the compiler (seconds on a busy machine), which
    /// must not count against the first cell's timeout.
    /// </summary>
    public static async Task<KernelSession> StartAsync(CancellationToken cancellationToken)
    {
        var session = new KernelSession();
        await session._kernel.SendAsync(new SubmitCode("0"), cancellationToken);
        return session;
    }

    /// <summary>
    /// Submits a cell and waits at most <paramref name="timeout"/>; null when it is still running then. The kernel
    /// cannot abort running code, so a submission that times out is left on its own background thread, which
    /// cannot keep the process alive; the session must not be used (or disposed) after that.
    /// </summary>
    public async Task<KernelCommandResult?> SubmitAsync(string code, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<KernelCommandResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A thread of its own: a cell that loops without awaiting would otherwise hold a thread-pool thread for good.
        var thread = new Thread(() =>
        {
            try
            {
                done.TrySetResult(_kernel.SendAsync(new SubmitCode(code), cancellationToken).GetAwaiter().GetResult());
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "notebook cell",
        };
        thread.Start();
        try
        {
            return await done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void Dispose() => _kernel.Dispose();

    /// <summary>
    /// #!time, which the kernel tool adds on top of the library: the cell's wall time as a text/plain display after
    /// its other outputs, worded as in the tool.
    /// </summary>
    private static void AddTimeDirective(Kernel kernel) =>
        kernel.AddDirective(new KernelActionDirective("#!time", "Time the execution of the cell."), (_, context) =>
        {
            var clock = Stopwatch.StartNew();
            context.OnComplete(completed =>
            {
                var text = $"Wall time: {clock.Elapsed.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture)}ms";
                completed.Publish(new DisplayedValueProduced(clock.Elapsed, completed.Command, [new FormattedValue("text/plain", text)]));
            });
            return Task.CompletedTask;
        });
}
