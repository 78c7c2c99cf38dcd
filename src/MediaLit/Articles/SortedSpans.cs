namespace MediaLit.Articles;

/// <summary>
/// Look-ups in a list of spans sorted by start that do not overlap (quotations of a paragraph, say):
/// binary search, so a paragraph with thousands of them is still fast.
/// </summary>
public static class SortedSpans
{
    /// <summary>The first span that overlaps <paramref name="span"/>, or null.</summary>
    public static TextSpan? FirstOverlapping(this IReadOnlyList<TextSpan> sorted, TextSpan span)
    {
        int i = FirstEndingAfter(sorted, span.Start);
        return i < sorted.Count && sorted[i].Overlaps(span) ? sorted[i] : null;
    }

    /// <summary>True when one span contains all of <paramref name="span"/>.</summary>
    public static bool AnyContains(this IReadOnlyList<TextSpan> sorted, TextSpan span)
    {
        int i = FirstEndingAfter(sorted, span.Start);
        return i < sorted.Count && sorted[i].Contains(span);
    }

    // Index of the first span whose end lies after the position (spans sorted, not overlapping, so ends are sorted too).
    internal static int FirstEndingAfter(IReadOnlyList<TextSpan> sorted, int position)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            if (sorted[middle].End <= position)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
