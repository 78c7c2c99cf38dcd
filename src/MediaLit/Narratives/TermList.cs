using System.Text.RegularExpressions;

namespace MediaLit.Narratives;

/// <summary>
/// Terms of the data files' pattern language (<see cref="TermPattern"/>), each compiled, in the order given, with which
/// of them a sentence's words can start (<see cref="TermStarts"/>): the framing lists and the stance cue lists.
/// </summary>
internal sealed class TermList(IReadOnlyList<string> terms)
{
    public Regex[] Patterns { get; } = [.. terms.Select(TermPattern.Compile)];

    public TermStarts Starts { get; } = new([.. terms.Select(TermPattern.Literals)]);
}
