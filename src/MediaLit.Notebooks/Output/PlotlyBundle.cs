using System.Text;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// The whole plotly.js the library writes into a kernel session's first chart output (or Charts.Load()'s) as
/// <c>&lt;script data-medialit-plotly="3.7.0"&gt;…&lt;/script&gt;</c>. In the exported site that block is taken out
/// of every page and served once as <c>plotly-&lt;version&gt;.min.js</c>, so the site carries plotly.js once.
/// </summary>
internal static partial class PlotlyBundle
{
    /// <summary>What a chart output contains; a page with it needs plotly.js in its head. The class name alone is
    /// not enough: the library's stylesheet, in every output that carries it, names it too.</summary>
    public const string ChartMarker = "<figure class=\"medialit-chart\"";

    /// <summary>
    /// The HTML without its plotly.js blocks, and each block's version and script. The block ends at the first
    /// &lt;/script&gt; after its start tag (the library refuses a plotly.js that contains one). Only a plain version
    /// (digits, letters, dots, dashes) counts: it becomes a file name.
    /// </summary>
    public static string Strip(string html, IDictionary<string, string> scripts) =>
        Block().Replace(html, match =>
        {
            scripts.TryAdd(match.Groups["version"].Value, match.Groups["script"].Value);
            return "";
        });

    /// <summary>The UTF-8 bytes of the plotly.js blocks in <paramref name="html"/> (0 when it has none).</summary>
    public static long LibraryBytes(string html)
    {
        if (!html.Contains("data-medialit-plotly=", StringComparison.Ordinal))
        {
            return 0;
        }

        long bytes = 0;
        foreach (Match match in Block().Matches(html))
        {
            bytes += Encoding.UTF8.GetByteCount(match.ValueSpan);
        }

        return bytes;
    }

    private const string Prefix = "plotly-", Suffix = ".min.js";

    public static string FileName(string version) => Prefix + version + Suffix;

    public static string VersionOf(string path) => Path.GetFileName(path)[Prefix.Length..^Suffix.Length];

    /// <summary>The script element for a page's head: before the body, so inline chart scripts find Plotly.</summary>
    public static string Reference(string version) => $"<script src=\"{FileName(version)}\" charset=\"utf-8\"></script>";

    [GeneratedRegex("""<script data-medialit-plotly="(?<version>[0-9A-Za-z][0-9A-Za-z.\-]{0,40})"[^>]*>(?<script>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex Block();
}
