using MediaLit.Articles;

namespace MediaLit.Cleaning;

/// <summary>
/// The lists and the character buffers one cleaning (<see cref="ArticleCleaner"/>) works in, kept per thread and reused
/// by the next article: they were a tenth of what reading an article allocated. Taken while in use, so a nested
/// cleaning gets its own.
/// </summary>
internal sealed class CleanerScratch
{
    public readonly List<RawLine> Lines = [];
    public readonly List<(RawLine Line, int HeadingLevel)> Kept = [];
    public readonly List<(TextSpan Anchor, TextSpan Raw, string Target)> Links = [];
    public readonly List<RawLine> CommentLines = [];
    public readonly List<(string Rule, int Start, int End)> Removals = [];
    public char[] Visible = new char[256];
    public char[] RuleText = new char[1024];
    public readonly List<(int Start, int Line)> Segments = [];
    public readonly List<(TextSpan Anchor, TextSpan Raw, string Target)> LinksSeen = [];

    [ThreadStatic]
    private static CleanerScratch? _free;

    public static CleanerScratch Take()
    {
        var scratch = _free ?? new CleanerScratch();
        _free = null;
        return scratch;
    }

    public static void Give(CleanerScratch scratch)
    {
        scratch.Lines.Clear();
        scratch.Kept.Clear();
        scratch.Links.Clear();
        scratch.CommentLines.Clear();
        scratch.Removals.Clear();
        scratch.Segments.Clear();
        scratch.LinksSeen.Clear();
        // A buffer grown for a huge paste is not kept.
        if (scratch.Visible.Length > 1 << 16)
            scratch.Visible = new char[256];
        if (scratch.RuleText.Length > 1 << 18)
            scratch.RuleText = new char[1024];
        _free = scratch;
    }
}
