using System.Text;

namespace MediaLit.Notebooks.Execution;

/// <summary>
/// Redirects Console.Out/Error into the running cell's outputs and restores the previous writers on dispose.
/// Console is process-wide, which is one reason the runner executes one notebook at a time.
/// </summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _previousOut = Console.Out;
    private readonly TextWriter _previousError = Console.Error;

    public ConsoleCapture(OutputCollector collector)
    {
        Console.SetOut(new CollectorWriter(collector, OutputKind.Stdout));
        Console.SetError(new CollectorWriter(collector, OutputKind.Stderr));
    }

    public void Dispose()
    {
        Console.SetOut(_previousOut);
        Console.SetError(_previousError);
    }

    private sealed class CollectorWriter(OutputCollector collector, OutputKind kind) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => collector.AddStream(kind, value.ToString());

        public override void Write(string? value) => collector.AddStream(kind, value ?? "");

        public override void Write(char[] buffer, int index, int count) => collector.AddStream(kind, new string(buffer, index, count));
    }
}
