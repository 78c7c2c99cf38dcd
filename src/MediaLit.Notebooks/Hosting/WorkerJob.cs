using System.Text.Json;

namespace MediaLit.Notebooks.Hosting;

/// <summary>One notebook sent to a worker process: a line of JSON on its stdin (paths may hold any character).</summary>
internal sealed record WorkerJob(string Notebook, string Result, string? WorkingDirectory = null)
{
    public string ToLine() => JsonSerializer.Serialize(this);

    /// <exception cref="JsonException">The line is not a job.</exception>
    public static WorkerJob Parse(string line) =>
        JsonSerializer.Deserialize<WorkerJob>(line) ?? throw new JsonException("empty job");
}
