using System.Text;

namespace MediaLit.Html;

/// <summary>What <see cref="NestingGuard.Flatten"/> did: the HTML to parse and how deep the page's tags went.</summary>
/// <param name="TagsDropped">Start and end tags left out because they nested deeper than the limit (their text is kept).</param>
internal sealed record FlattenedHtml(string Html, int DeepestNesting, int TagsDropped);

/// <summary>
/// Bounds how deeply a page's tags nest before AngleSharp parses it. An HTML parser's work grows with the depth
/// of its stack of open elements, so 40,000 nested &lt;div&gt; took seconds and a million never finished.
/// One linear pass counts the depth; tags deeper than <see cref="MaxDepth"/> are left out, their text kept,
/// as Chromium's parser does past 512 levels. A page within the limit is passed on unchanged.
/// <para>
/// The count is an estimate of the parser's stack, kept on the safe side where it matters: void elements
/// (&lt;br&gt;, &lt;img&gt;) and elements whose end tag is implied by the next sibling (&lt;p&gt;, &lt;li&gt;,
/// &lt;td&gt;…, which cannot nest in each other without a counted container between) do not count, so long
/// pages with unclosed paragraphs or cells are not flattened; "/&gt;" closes only inside &lt;svg&gt; and
/// &lt;math&gt;, as in HTML; script, style and other raw-text elements are skipped whole, and so are comments.
/// </para>
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc", "tr", "td", "th", "thead", "tbody", "tfoot",
        "colgroup", "caption",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidTag = Void.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImpliedEndTag = ImpliedEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextTag = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FlattenedHtml Flatten(string html, int maxDepth = MaxDepth)
    {
        StringBuilder? output = null; // made only when a tag must go
        int copied = 0, depth = 0, deepest = 0, dropped = 0, foreignFrom = -1;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            char next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = html.AsSpan(lt).StartsWith("<!--") ? After(html, "-->", lt + 4) : After(html, ">", lt + 2);
                continue;
            }
            bool closing = next == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // a '<' in text ("a < b")
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
                nameEnd++;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            int tagEnd = EndOfTag(html, nameEnd);
            bool selfClosing = tagEnd >= 2 && html[tagEnd - 1] == '>' && html[tagEnd - 2] == '/';
            bool drop = false;
            if (closing)
            {
                if (Counts(name, selfClosing: false, foreignFrom))
                {
                    drop = depth > maxDepth;
                    depth = Math.Max(0, depth - 1);
                    if (depth < foreignFrom)
                        foreignFrom = -1;
                }
            }
            else if (RawTextTag.Contains(name) && !selfClosing)
            {
                // Everything up to the matching end tag is text, whatever it looks like.
                int end = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                break; // the rest of the page is text
            }
            else if (Counts(name, selfClosing, foreignFrom))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                drop = depth > maxDepth;
                if (foreignFrom < 0 && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase)))
                    foreignFrom = depth;
            }
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = tagEnd;
                dropped++;
            }
            i = tagEnd;
        }
        if (output is null)
            return new FlattenedHtml(html, deepest, 0);
        output.Append(html, copied, html.Length - copied);
        return new FlattenedHtml(output.ToString(), deepest, dropped);
    }

    private static bool Counts(ReadOnlySpan<char> name, bool selfClosing, int foreignFrom) =>
        !VoidTag.Contains(name) && !ImpliedEndTag.Contains(name) && !RawTextTag.Contains(name) && !(selfClosing && foreignFrom >= 0);

    // Just after the tag's '>', skipping quoted attribute values (which may hold '>').
    private static int EndOfTag(string html, int from)
    {
        for (int j = from; j < html.Length; j++)
        {
            char c = html[j];
            if (c == '>')
                return j + 1;
            if (c == '=')
            {
                int v = j + 1;
                while (v < html.Length && char.IsWhiteSpace(html[v]))
                    v++;
                if (v < html.Length && html[v] is '"' or '\'')
                {
                    int close = html.IndexOf(html[v], v + 1);
                    if (close < 0)
                        return html.Length;
                    j = close;
                }
            }
        }
        return html.Length;
    }

    private static int After(string html, string marker, int from)
    {
        int at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
