namespace MediaLit.Loading;

/// <summary>
/// A file of a feed folder that could not be read. The other files still load; the corpus lists these
/// (<c>Corpus.Problems</c>) so a lesson can show what is missing and why.
/// </summary>
/// <param name="File">The file's name inside the folder.</param>
/// <param name="Message">What is wrong, naming the file.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record UnreadFile(string File, CorpusProblem Problem, string Message, string Fix)
{
    public override string ToString() => $"{File}: {Message} Fix: {Fix}";
}
