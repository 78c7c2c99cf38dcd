using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// One line of the result file a notebook's worker process writes for the runner: the kernel is ready, a cell
/// starts, a cell is done (with its result), or the whole notebook is done. Each line is flushed when written,
/// so whatever the worker finished is there even if a cell then ends the process.
/// </summary>
internal sealed record WorkerMessage(WorkerMessageKind Kind, int? Cell = null, CellResult? Result = null)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    /// <exception cref="JsonException">The line is not a message.</exception>
    public static WorkerMessage Parse(string line) =>
        JsonSerializer.Deserialize<WorkerMessage>(line, Json) ?? throw new JsonException("empty message");
}

internal enum WorkerMessageKind
{
    Ready,
    Start,
    Done,
    End,
}
