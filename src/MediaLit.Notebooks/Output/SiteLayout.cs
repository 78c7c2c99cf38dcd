using System.Net;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// What every page of the site shares: the head (styles, plotly.js when the page has a chart), a skip link, the
/// header with the way back to the index and, on the teacher site, the banner that says which edition this is.
/// </summary>
internal static class SiteLayout
{
    /// <summary>Ids the layout uses; a lesson heading never takes one.</summary>
    public static readonly string[] ReservedIds = ["main", "toc-title", "edition"];

    public static string Start(string title, SiteEdition edition, string? plotlyVersion, string pageKind)
    {
        var teacher = edition == SiteEdition.Teacher;
        var fullTitle = teacher ? $"{title} (teacher edition)" : title;
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode(fullTitle)}}</title>
            <style>
            {{SiteStyles.Css}}
            </style>
            {{(plotlyVersion is null ? "" : PlotlyBundle.Reference(plotlyVersion))}}
            </head>
            <body class="{{pageKind}}{{(teacher ? " teacher" : "")}}">
            <a class="skip" href="#main">Skip to the content</a>
            <header class="site">
            <a class="home" href="index.html">MediaLit lessons</a>
            {{(teacher ? "<p class=\"edition\" id=\"edition\"><strong>Teacher edition</strong>: solutions and teacher notes are shown. Students use the student site.</p>" : "")}}
            </header>

            """;
    }

    public static string End() => """
        <footer class="site">
        <p>MediaLit: a media-literacy teaching pack. Lesson text CC BY 4.0; code MIT.</p>
        </footer>
        </body>
        </html>

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
