using System.Globalization;
using System.Text;
using MediaLit.Notebooks.Output;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// Turns the kernel's events for one cell into nbformat-shaped outputs, in the order they came, keeping at most
/// <c>outputCap</c> bytes (UTF-8) per cell: text beyond it is cut while it is collected, a display that does not fit
/// is left out, and a last stderr output says how much was cut, so the .ipynb and the page both show it.
/// </summary>
internal static class CellEvents
{
    public static List<CellOutput> Outputs(IEnumerable<KernelEvent> events, long outputCap)
    {
        var kept = new KeptOutputs(outputCap);
        // A display that is updated later (restore progress, DisplayedValue.Update) keeps its place with its last content.
        var updatable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case ReturnValueProduced value:
                    kept.AddDisplay(OutputKind.ExecuteResult, Bundle(value.FormattedValues));
                    break;
                case StandardOutputValueProduced stdout:
                    kept.AddText(OutputKind.Stdout, stdout.FormattedValues);
                    break;
                case StandardErrorValueProduced stderr:
                    kept.AddText(OutputKind.Stderr, stderr.FormattedValues);
                    break;
                case DisplayedValueUpdated update when update.ValueId is { } id && updatable.TryGetValue(id, out var index):
                    kept.Replace(index, Bundle(update.FormattedValues));
                    break;
                case DisplayEvent display:
                    if (kept.AddDisplay(OutputKind.DisplayData, Bundle(display.FormattedValues)) is { } added && display.ValueId is { } valueId)
                    {
                        updatable[valueId] = added;
                    }

                    break;
            }
        }

        return kept.ToList();
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

    /// <summary>The outputs collected so far and the byte budget left; streams grow in builders (no copying per write).</summary>
    private sealed class KeptOutputs(long cap)
    {
        private readonly List<(OutputKind Kind, Dictionary<string, string>? Data, StringBuilder? Text)> _outputs = [];
        private long _keptBytes;
        private long _cutBytes;

        /// <summary>Consecutive writes to one stream are one output, as Jupyter shows them.</summary>
        public void AddText(OutputKind kind, IEnumerable<FormattedValue> values)
        {
            foreach (var value in values.Where(v => v.MimeType == CellOutput.PlainText))
            {
                var text = Fit(value.Value);
                if (text.Length == 0)
                {
                    continue;
                }

                if (_outputs is [.., { Text: { } last } previous] && previous.Kind == kind)
                {
                    last.Append(text);
                }
                else
                {
                    _outputs.Add((kind, null, new StringBuilder(text)));
                }
            }
        }

        /// <summary>Adds a display if all of it fits (half an HTML table would break the page); its index, or null when left out.</summary>
        public int? AddDisplay(OutputKind kind, Dictionary<string, string> data)
        {
            var bytes = Size(data);
            if (_keptBytes + bytes > cap)
            {
                _cutBytes += bytes;
                return null;
            }

            _keptBytes += bytes;
            _outputs.Add((kind, data, null));
            return _outputs.Count - 1;
        }

        public void Replace(int index, Dictionary<string, string> data)
        {
            var old = Size(_outputs[index].Data!);
            var bytes = Size(data);
            if (_keptBytes - old + bytes > cap)
            {
                _cutBytes += bytes;
                return;
            }

            _keptBytes += bytes - old;
            _outputs[index] = (_outputs[index].Kind, data, null);
        }

        public List<CellOutput> ToList()
        {
            var list = _outputs.Select(o => o.Text is { } text ? CellOutput.Stream(o.Kind, text.ToString()) : new CellOutput(o.Kind, o.Data!)).ToList();
            if (_cutBytes > 0)
            {
                list.Add(CellOutput.Stream(OutputKind.Stderr, CutNote(_cutBytes, cap)));
            }

            return list;
        }

        /// <summary>The part of <paramref name="text"/> that fits the budget (never half a surrogate pair); counts the rest as cut.</summary>
        private string Fit(string text)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (_keptBytes + bytes <= cap)
            {
                _keptBytes += bytes;
                return text;
            }

            // Whole characters (a surrogate pair is one) while they fit: one pass over at most the room left.
            var room = cap - _keptBytes;
            var length = 0;
            long used = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                if (used + rune.Utf8SequenceLength > room)
                {
                    break;
                }

                used += rune.Utf8SequenceLength;
                length += rune.Utf16SequenceLength;
            }

            var part = text[..length];
            var partBytes = Encoding.UTF8.GetByteCount(part);
            _keptBytes += partBytes;
            _cutBytes += bytes - partBytes;
            return part;
        }

        /// <summary>
        /// The bytes a display counts against the cap. The library's own plotly.js block (several MB, once per
        /// session) does not count: it is the pack's code, not the cell's output, and the exporter keeps one copy per
        /// site; counting it would cut the session's first chart.
        /// </summary>
        private static long Size(Dictionary<string, string> data) =>
            data.Values.Sum(v => (long)Encoding.UTF8.GetByteCount(v) - PlotlyBundle.LibraryBytes(v));
    }

    /// <summary>The note at the end of a cell whose output was cut, e.g. "[output cut: 99.0 MB not kept; ...]".</summary>
    public static string CutNote(long cutBytes, long cap) =>
        string.Create(CultureInfo.InvariantCulture,
            $"\n[output cut: {Megabytes(cutBytes)} more were not kept; the runner keeps {Megabytes(cap)} of output per cell]\n");

    private static string Megabytes(long bytes) =>
        bytes >= 100_000 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.0} MB") : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
