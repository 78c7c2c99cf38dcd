using MediaLit.Articles;

namespace MediaLit.Display;

/// <summary>One mark of a layer: a span of the clean text and what it is ("attribution to Kabulov, named official").</summary>
public sealed record LayerMark(TextSpan Span, string Note);

/// <summary>
/// One analysis shown over the text: the spans it reports, under a name with a legend entry. Layers are
/// switched on by the reader; each has its own mark style, so colour is never the only sign.
/// </summary>
/// <param name="Key">A short id used in the page ("attributions").</param>
/// <param name="Legend">What the mark means, for the legend.</param>
public sealed record ReaderLayer(string Key, string Name, string Legend, IReadOnlyList<LayerMark> Marks);
