using System.Reflection;

namespace MediaLit.Display;

/// <summary>
/// plotly.js, embedded in MediaLit.dll at build time from the registry package Plotly.Blazor (see
/// MediaLit.csproj), written into the notebook page once per kernel session so charts draw offline.
/// The block is marked <c>data-medialit-plotly</c> so that an exporter can replace it with one shared file.
/// </summary>
internal static class PlotlyScript
{
    private const string ResourceName = "MediaLit.plotly.min.js";

    private static int _written;

    /// <summary>The plotly.js version inside the library, e.g. "3.7.0".</summary>
    public static string Version { get; } =
        typeof(PlotlyScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PlotlyJsVersion")?.Value ?? "unknown";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"MediaLit.dll has no {ResourceName}: rebuild it with 'dotnet build' (it is taken from the Plotly.Blazor package).");
        using var reader = new StreamReader(stream);
        string source = reader.ReadToEnd();
        // The file is put inside <script> as it is, which is safe only while it never closes or comments out the element.
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase) || source.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException($"The embedded plotly.js {Version} contains '</script' or '<!--' and cannot be inlined.");
        return source;
    });

    /// <summary>The whole script element.</summary>
    public static string Element => $"<script data-medialit-plotly=\"{Version}\">{Source.Value}\n</script>";

    /// <summary>Writes plotly.js unless this process has already written it; true when it wrote it.</summary>
    public static bool WriteOnce(TextWriter writer)
    {
        if (Interlocked.Exchange(ref _written, 1) == 1)
            return false;
        writer.Write(Element);
        return true;
    }

    /// <summary>Writes plotly.js in any case (a notebook's first cell, or a page that was reloaded).</summary>
    public static void Write(TextWriter writer)
    {
        Interlocked.Exchange(ref _written, 1);
        writer.Write(Element);
    }
}

/// <summary>What a lesson's first cell shows after loading plotly.js: one line saying charts are ready.</summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record ChartsReady(string PlotlyVersion) : IView
{
    public void WriteHtml(TextWriter writer)
    {
        PlotlyScript.Write(writer);
        writer.Write($"<p class=\"note\">Charts ready: plotly.js {Html.Encode(PlotlyVersion)} is part of this pack, so charts draw without internet.</p>");
    }

    public void WritePlainText(TextWriter writer) => writer.Write($"Charts ready (plotly.js {PlotlyVersion}, part of the pack).");
}

/// <summary>The lessons' entry point for charts.</summary>
public static class Charts
{
    /// <summary>
    /// Loads plotly.js into the notebook page: the last line of a lesson's first code cell. Without it the
    /// first chart of the session loads it; calling it again after reopening a notebook is harmless.
    /// </summary>
    public static ChartsReady Load() => new(PlotlyScript.Version);
}
