using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaLit.Articles;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>
/// An article to read whole: the clean text in paragraphs, what cleaning removed (shown on demand), and the
/// analyses as layers the reader switches on, each mark on exactly the span the analysis reports. Switching
/// works with CSS alone (checkboxes), so it works in every notebook host and in the exported pages.
/// Get one with <c>corpus.ReadWhole("002")</c>.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record ReaderView(Article Article, IReadOnlyList<ReaderLayer> Layers) : IView
{
    /// <summary>Layers switched on when the view is first shown (by key); the reader can change them.</summary>
    public IReadOnlySet<string> SwitchedOn { get; init; } = new HashSet<string>();

    /// <summary>
    /// Spans a page may highlight later (the site's reader pages: every span some number of the lessons counts).
    /// The text is cut at their ends, and each piece inside one carries its offsets (<c>data-s</c>, <c>data-e</c>);
    /// the piece where a span starts has the id <c>c{start}</c>, so a link's fragment lands on it without script.
    /// </summary>
    public IReadOnlyList<TextSpan> Anchors { get; init; } = [];

    /// <summary>
    /// The level of the view's heading: 3 under a lesson's sections, 2 on a page of its own (the site's reader
    /// pages), so a page's headings never skip a level.
    /// </summary>
    public int HeadingLevel { get; init => field = value is >= 1 and <= 6 ? value : throw new ArgumentOutOfRangeException(nameof(HeadingLevel), value, "A heading level is 1 to 6."); } = 3;

    /// <summary>Pieces of page furniture cleaning removed (not whitespace or markup, which hide nothing).</summary>
    public IReadOnlyList<Removal> Removed => Article.Removals.Where(r => !r.IsFormatting).ToList();

    /// <summary>The same view with these layers switched on at first (e.g. the sentences behind a number).</summary>
    public ReaderView With(params string[] keys) => this with { SwitchedOn = new HashSet<string>(keys, StringComparer.Ordinal) };

    public void WriteHtml(TextWriter writer) => WriteReader(writer);

    public void WritePlainText(TextWriter writer) => WritePlain(writer);

    private void WriteReader(TextWriter w)
    {
        // Ids come from the article and its layers, so a re-run writes the same page.
        string id = "reader-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            Article.Id + "\0" + Article.Text + "\0" + string.Join("\0", Layers.Select(l => l.Key + l.Marks.Count))))[..10]);
        var m = Article.Metadata;
        w.Write(ReaderStyle);
        w.Write($"<div class=\"reader\" id=\"{id}\">");
        string h = "h" + HeadingLevel.ToString(CultureInfo.InvariantCulture);
        w.Write($"<{h}>Article {Encode(Article.Id)}: {Encode(m.Title.Value ?? "(no headline)")}</{h}>");
        w.Write($"<p class=\"note\">{Encode(m.Author.Value ?? "author unknown")} · {Encode(m.Outlet.Value ?? "outlet unknown")} · {Encode(m.Published.Value?.ToString() ?? "date unknown")} · {Article.WordCount.ToString(CultureInfo.InvariantCulture)} words</p>");
        // The checkboxes come before the text as its siblings: CSS shows a layer when its box is ticked.
        foreach (var layer in Layers)
            w.Write($"<input type=\"checkbox\" class=\"t-{layer.Key}\" id=\"{id}-{layer.Key}\"{(SwitchedOn.Contains(layer.Key) ? " checked" : "")}>");
        w.Write($"<input type=\"checkbox\" class=\"t-removed\" id=\"{id}-removed\"{(SwitchedOn.Contains("removed") ? " checked" : "")}>");
        w.Write("<div class=\"legend\" role=\"group\" aria-label=\"Layers to show\"><strong>Show:</strong> ");
        foreach (var layer in Layers)
        {
            w.Write($"<label for=\"{id}-{layer.Key}\"><span class=\"swatch l-{layer.Key}\">abc</span> {Encode(layer.Name)} ({layer.Marks.Count.ToString(CultureInfo.InvariantCulture)})</label> ");
        }

        w.Write($"<label for=\"{id}-removed\"><span class=\"swatch removed\">abc</span> what cleaning removed ({Removed.Count.ToString(CultureInfo.InvariantCulture)})</label>");
        w.Write("<ul class=\"note\">");
        foreach (var layer in Layers)
            w.Write($"<li><span class=\"swatch l-{layer.Key}\">abc</span> {Encode(layer.Name)}: {Encode(layer.Legend)}</li>");
        w.Write("</ul></div><div class=\"text\">");
        WriteText(w);
        w.Write("</div></div>");
    }

    /// <summary>The clean text, with every layer's marks as nested-free runs and the removed pieces in place.</summary>
    private void WriteText(TextWriter w)
    {
        var marks = Layers.SelectMany(l => l.Marks.Where(x => !x.Span.IsEmpty).Select(x => (Layer: l.Key, x.Span, x.Note))).ToList();
        // Every place a mark starts or ends cuts the text; between two cuts the set of marks is constant.
        var cuts = new SortedSet<int> { 0, Article.Text.Length };
        foreach (var span in marks.Select(m => m.Span).Concat(Anchors))
        {
            cuts.Add(Math.Clamp(span.Start, 0, Article.Text.Length));
            cuts.Add(Math.Clamp(span.End, 0, Article.Text.Length));
        }

        var anchorStarts = Anchors.Where(a => !a.IsEmpty).Select(a => a.Start).ToHashSet();

        var byStart = marks.OrderBy(x => x.Span.Start).ToList();
        var active = new List<(string Layer, TextSpan Span, string Note)>();
        int next = 0;
        var removed = Removed.ToList();
        int removal = 0;
        int[] cutList = [.. cuts];
        for (int i = 0; i + 1 < cutList.Length; i++)
        {
            int start = cutList[i], end = cutList[i + 1];
            active.RemoveAll(x => x.Span.End <= start);
            while (next < byStart.Count && byStart[next].Span.Start <= start)
            {
                if (byStart[next].Span.End > start)
                    active.Add(byStart[next]);
                next++;
            }

            var piece = new TextSpan(start, end);
            bool anchored = Anchors.Any(a => a.Overlaps(piece));
            if (anchored)
            {
                string ids = anchorStarts.Remove(start) ? $" id=\"c{start.ToString(CultureInfo.InvariantCulture)}\"" : "";
                w.Write($"<span class=\"piece\"{ids} data-s=\"{start.ToString(CultureInfo.InvariantCulture)}\" data-e=\"{end.ToString(CultureInfo.InvariantCulture)}\">");
            }

            WriteRun(w, start, end, active, removed, ref removal);
            if (anchored)
                w.Write("</span>");
        }

        // Furniture after the last clean character (a footer) still shows on demand.
        while (removal < removed.Count)
            WriteRemoval(w, removed[removal++]);
    }

    private void WriteRun(TextWriter w, int start, int end, List<(string Layer, TextSpan Span, string Note)> active, List<Removal> removed, ref int removal)
    {
        // Removed pieces sit between clean characters: write each before the first clean character that follows it.
        int at = start;
        while (at < end)
        {
            int raw = Article.ToRawPosition(at);
            while (removal < removed.Count && removed[removal].RawSpan.Start <= raw)
                WriteRemoval(w, removed[removal++]);
            int stop = end;
            if (removal < removed.Count)
            {
                // Find the first clean character after the next removal, within this run.
                int probe = at + 1;
                while (probe < end && Article.ToRawPosition(probe) < removed[removal].RawSpan.Start)
                    probe++;
                stop = probe;
            }

            string text = Article.Text[at..stop];
            if (active.Count == 0)
            {
                WriteClean(w, text);
            }
            else
            {
                string classes = string.Join(" ", active.Select(a => "l-" + a.Layer).Distinct());
                string title = string.Join("\n", active.Select(a => a.Note).Distinct());
                w.Write($"<span class=\"{classes}\" title=\"{Encode(title)}\">");
                WriteClean(w, text);
                w.Write("</span>");
            }

            at = stop;
        }
    }

    // Paragraphs are one '\n' apart in the clean text; a blank line between them reads as a paragraph break.
    private static void WriteClean(TextWriter w, string text) => w.Write(Encode(text).Replace("\n", "\n\n", StringComparison.Ordinal));

    private static void WriteRemoval(TextWriter w, Removal r) =>
        w.Write($"<del class=\"removed\" title=\"{Encode($"removed by {r.RuleId}: {r.Reason}")}\">{Encode(r.Text)}</del>");

    private void WritePlain(TextWriter w)
    {
        w.WriteLine($"Article {Article.Id}: {Article.Metadata.Title.Value ?? "(no headline)"}");
        foreach (var layer in Layers)
            w.WriteLine($"{layer.Name}: {layer.Marks.Count} ({layer.Legend})");
        w.WriteLine($"what cleaning removed: {Removed.Count} pieces");
        w.WriteLine();
        w.Write(Article.Text.Replace("\n", "\n\n", StringComparison.Ordinal));
    }

    // Each layer has its own kind of mark, not only its own colour (Okabe–Ito hues).
    private const string ReaderStyle = """
        <style>
        .medialit .reader .text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 1.05em; line-height: 1.65; max-width: 42rem; }
        .medialit .reader > input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .medialit .reader .legend label { display: inline-block; margin: .15rem .6rem .15rem 0; padding: .1rem .4rem; border: 1px solid #bbb; border-radius: 4px; cursor: pointer; }
        .medialit .reader .legend ul { margin: .3rem 0 .6rem; padding-left: 1.2rem; }
        .medialit .reader .swatch { padding: 0 .15rem; }
        .medialit .reader .swatch.l-attributions, .medialit .reader > .t-attributions:checked ~ .text .l-attributions { background: #D6E9F8; }
        .medialit .reader .swatch.l-dates, .medialit .reader > .t-dates:checked ~ .text .l-dates { border-bottom: 3px solid #E69F00; }
        .medialit .reader .swatch.l-loaded, .medialit .reader > .t-loaded:checked ~ .text .l-loaded { text-decoration: underline wavy #D55E00; text-decoration-thickness: 2px; }
        .medialit .reader .swatch.l-copied, .medialit .reader > .t-copied:checked ~ .text .l-copied { box-shadow: inset 0 -0.45em 0 #B5E6CF; }
        .medialit .reader .swatch.removed { text-decoration: line-through; background: #fde2e2; }
        .medialit .reader .text del.removed { display: none; }
        .medialit .reader > .t-removed:checked ~ .text del.removed { display: inline; background: #fde2e2; color: #6b1010; }
        .medialit .reader > .t-attributions:checked ~ .legend label[for$="-attributions"],
        .medialit .reader > .t-dates:checked ~ .legend label[for$="-dates"],
        .medialit .reader > .t-loaded:checked ~ .legend label[for$="-loaded"],
        .medialit .reader > .t-copied:checked ~ .legend label[for$="-copied"],
        .medialit .reader > .t-removed:checked ~ .legend label[for$="-removed"] { background: #1d1d1f; color: #fff; }
        .medialit .reader > input:focus-visible ~ .legend { outline: 2px solid #0072B2; }
        .medialit .reader .text .piece:target, .medialit .reader .text .piece.traced { background: #FFE58A; text-decoration: underline solid #8A5A00; text-decoration-thickness: 2px; text-underline-offset: 3px; }
        </style>
        """;
}
