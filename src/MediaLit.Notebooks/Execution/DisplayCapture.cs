using MediaLit.Notebooks.Formatting;
using Microsoft.DotNet.Interactive;

namespace MediaLit.Notebooks.Execution;

/// <summary>
/// Collects the outputs of the cell that is running. The collector is async-local so a value displayed
/// from a continuation (await, Task.Run) still lands in the cell that started it.
/// </summary>
internal static class DisplayCapture
{
    private static readonly AsyncLocal<OutputCollector?> Current = new();

    public static OutputCollector Begin()
    {
        var collector = new OutputCollector();
        Current.Value = collector;
        return collector;
    }

    public static void End() => Current.Value = null;

    public static DisplayedValue Display(object? value, string[] mimeTypes) =>
        Add(() => OutputFormatter.Format(value, mimeTypes, OutputKind.DisplayData));

    public static DisplayedValue DisplayRaw(string value, string mimeType) =>
        Add(() => OutputFormatter.FormatRaw(value, mimeType));

    private static DisplayedValue Add(Func<CellOutput> format)
    {
        var collector = Current.Value;
        if (collector is null)
        {
            // Outside a notebook run (e.g. the library used from a plain program): show plain text.
            Console.Out.WriteLine(format().TextContent);
            return new DisplayedValue(_ => { });
        }

        var index = collector.Add(format());
        return new DisplayedValue(updated =>
            collector.Replace(index, OutputFormatter.Format(updated, [], OutputKind.DisplayData)));
    }
}

/// <summary>Outputs of one cell, in the order they were produced (console text interleaved with displays).</summary>
internal sealed class OutputCollector
{
    private readonly List<CellOutput> _outputs = [];
    private readonly Lock _gate = new();

    public int Add(CellOutput output)
    {
        lock (_gate)
        {
            _outputs.Add(output);
            return _outputs.Count - 1;
        }
    }

    public void Replace(int index, CellOutput output)
    {
        lock (_gate)
        {
            _outputs[index] = output;
        }
    }

    /// <summary>Appends console text, merging with a directly preceding chunk of the same stream.</summary>
    public void AddStream(OutputKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_outputs.Count > 0 && _outputs[^1].Kind == kind)
            {
                _outputs[^1] = CellOutput.Stream(kind, _outputs[^1].TextContent + text);
            }
            else
            {
                _outputs.Add(CellOutput.Stream(kind, text));
            }
        }
    }

    public IReadOnlyList<CellOutput> Snapshot()
    {
        lock (_gate)
        {
            return [.. _outputs];
        }
    }
}
