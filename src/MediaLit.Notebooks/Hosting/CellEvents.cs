using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace MediaLit.Notebooks.Hosting;

/// <summary>Turns the kernel's events for one cell into nbformat-shaped outputs, in the order they came.</summary>
internal static class CellEvents
{
    public static List<CellOutput> Outputs(IEnumerable<KernelEvent> events)
    {
        var outputs = new List<CellOutput>();
        // A display that is updated later (restore progress, DisplayedValue.Update) keeps its place with its last content.
        var updatable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case ReturnValueProduced value:
                    outputs.Add(new CellOutput(OutputKind.ExecuteResult, Bundle(value.FormattedValues)));
                    break;
                case StandardOutputValueProduced stdout:
                    AppendStream(outputs, OutputKind.Stdout, stdout.FormattedValues);
                    break;
                case StandardErrorValueProduced stderr:
                    AppendStream(outputs, OutputKind.Stderr, stderr.FormattedValues);
                    break;
                case DisplayedValueUpdated update when update.ValueId is { } id && updatable.TryGetValue(id, out var index):
                    outputs[index] = new CellOutput(OutputKind.DisplayData, Bundle(update.FormattedValues));
                    break;
                case DisplayEvent display:
                    if (display.ValueId is { } valueId)
                    {
                        updatable[valueId] = outputs.Count;
                    }

                    outputs.Add(new CellOutput(OutputKind.DisplayData, Bundle(display.FormattedValues)));
                    break;
            }
        }

        return outputs;
    }

    private static Dictionary<string, string> Bundle(IEnumerable<FormattedValue> values)
    {
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            bundle[value.MimeType] = value.Value;
        }

        return bundle;
    }

    /// <summary>Consecutive writes to one stream are one output, as Jupyter shows them.</summary>
    private static void AppendStream(List<CellOutput> outputs, OutputKind kind, IEnumerable<FormattedValue> values)
    {
        var text = string.Concat(values.Where(v => v.MimeType == CellOutput.PlainText).Select(v => v.Value));
        if (outputs is [.., { } last] && last.Kind == kind)
        {
            outputs[^1] = CellOutput.Stream(kind, last.TextContent + text);
        }
        else
        {
            outputs.Add(CellOutput.Stream(kind, text));
        }
    }
}
