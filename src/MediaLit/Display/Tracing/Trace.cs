using System.Globalization;
using System.Text;
using MediaLit.Articles;

namespace MediaLit.Display;

/// <summary>One piece of text behind a number: a span of an article's clean text.</summary>
public sealed record TracedSpan(string ArticleId, TextSpan Span);

/// <summary>
/// What a number in a table or a mark in a chart counts: the spans behind it, one item per thing counted (so a
/// count of 3 has 3 items, even when two of them are in the same sentence). The exported site turns a trace into
/// a link to the article's reader page with those spans highlighted.
/// </summary>
/// <remarks>
/// <para>The wire form (<see cref="Encoded"/>) is what the HTML carries, in a <c>data-trace</c> attribute (tables)
/// or in plotly's <c>customdata</c> (charts): <c>000:120-180,300-344;001:5-60</c>, articles in order of first item,
/// each article id percent-encoded (RFC 3986 unreserved characters stay), so no id can forge a separator. It holds
/// ids and numbers only, never article text. The site's exporter and its reader-page script parse the same form.</para>
/// </remarks>
public sealed record Trace(IReadOnlyList<TracedSpan> Items)
{
    /// <summary>The spans behind a count in one article.</summary>
    public static Trace Of(Article article, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(spans);
        return new Trace([.. spans.Select(s => new TracedSpan(article.Id, s))]);
    }

    /// <summary>The sentences behind a count in one article.</summary>
    public static Trace Of(Article article, IEnumerable<Sentence> sentences) =>
        Of(article, sentences.Select(s => s.Span));

    /// <summary>The traces of several numbers summed: every item of each, in order.</summary>
    public static Trace Sum(IEnumerable<Trace> traces) => new([.. traces.SelectMany(t => t.Items)]);

    public int Count => Items.Count;

    public bool IsEmpty => Items.Count == 0;

    /// <summary>The articles behind the number, in order of their first item.</summary>
    public IReadOnlyList<string> ArticleIds => Items.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The wire form (see the remarks); empty for an empty trace.</summary>
    public string Encoded
    {
        get
        {
            var text = new StringBuilder();
            foreach (var id in ArticleIds)
            {
                if (text.Length > 0)
                    text.Append(';');
                text.Append(Uri.EscapeDataString(id)).Append(':');
                text.AppendJoin(',', Items.Where(i => i.ArticleId == id).Select(i => i.Span.ToString()));
            }

            return text.ToString();
        }
    }

    /// <summary>Reads the wire form back; throws <see cref="FormatException"/> naming the part that is wrong.</summary>
    public static Trace Parse(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var items = new List<TracedSpan>();
        foreach (var part in encoded.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"Trace part \"{part}\" has no article id: expected id:start-end,start-end.");
            string id = Uri.UnescapeDataString(part[..colon]);
            foreach (var span in part[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var ends = span.Split('-');
                if (ends.Length != 2 || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                    || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start)
                    throw new FormatException($"Trace span \"{span}\" of article {id} is not start-end with start <= end.");
                items.Add(new TracedSpan(id, new TextSpan(start, end)));
            }
        }

        return new Trace(items);
    }

    public override string ToString() => Encoded;
}
