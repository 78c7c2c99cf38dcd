using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// Letters (non-space characters) under each element, and how many of them are link text, summed once from the
/// leaves up. Asking every element for its TextContent would re-read the text once per enclosing element, which
/// deep nesting makes quadratic.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<INode, (int Text, int Link)> _counts = [];

    private TextStats()
    {
    }

    public static TextStats Of(INode root)
    {
        var stats = new TextStats();
        var stack = new Stack<(INode Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                stack.Push((node, true));
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                    stack.Push((node.ChildNodes[i], false));
                continue;
            }
            int text = node is IText t ? Letters(t.Data) : 0, link = 0;
            foreach (var child in node.ChildNodes)
                if (stats._counts.TryGetValue(child, out var counts))
                {
                    text += counts.Text;
                    link += counts.Link;
                }
            if (node is IElement { LocalName: "a" })
                link = text;
            if (text > 0)
                stats._counts[node] = (text, link);
        }
        return stats;
    }

    public int Letters(INode node) => _counts.TryGetValue(node, out var c) ? c.Text : 0;

    /// <summary>The share of the element's letters that are link text (0 for an empty element).</summary>
    public double LinkDensity(INode node) => _counts.TryGetValue(node, out var c) && c.Text > 0 ? (double)c.Link / c.Text : 0;

    private static int Letters(string text)
    {
        int count = 0;
        foreach (char c in text)
            if (!char.IsWhiteSpace(c))
                count++;
        return count;
    }
}
