namespace MediaLit.Loading;

/// <summary>
/// Bad input in the data folder. The message names the file, the problem and how to fix it,
/// so a student who edited a file can repair it without reading code.
/// </summary>
public sealed class CorpusException : Exception
{
    public CorpusException(CorpusProblem problem, string path, string detail, string fix)
        : base($"{path}: {detail} Fix: {fix}")
    {
        Problem = problem;
        FilePath = path;
        Fix = fix;
    }

    public CorpusProblem Problem { get; }
    public string FilePath { get; }
    public string Fix { get; }
}
