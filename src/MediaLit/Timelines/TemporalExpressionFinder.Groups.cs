using System.Runtime.CompilerServices;

namespace MediaLit.Timelines;

internal sealed partial class TemporalExpressionFinder
{
    /// <summary>The parts of a match that resolving reads, named as the regex groups they replace.</summary>
    private enum G { Year, M, Day, Month, Part, Season, Rel, Qty, Unit, D4, D2, Ord, Last, Name, Recent, Dir, Prep }

    private const int GroupCount = (int)G.Prep + 1;

    /// <summary>Where one part is in the text; a length of 0 means the part is absent (no part of a date is empty).</summary>
    private readonly record struct Cap(int Start, int Length)
    {
        public bool Success => Length > 0;
        public int End => Start + Length;
    }

    [InlineArray(GroupCount)]
    private struct CapArray
    {
        private Cap _first;
    }

    /// <summary>
    /// The parts of one match, as positions in the text: a value on the stack, filled while matching, so a match
    /// allocates nothing (no Match object, no substring) until it is resolved.
    /// </summary>
    private struct Groups
    {
        private CapArray _caps;

        public readonly Cap this[G group] => _caps[(int)group];

        public void Set(G group, int start, int end) => _caps[(int)group] = new Cap(start, end - start);

        public void Clear(G group) => _caps[(int)group] = default;
    }
}
