using System.Net;
using System.Text;

namespace MediaLit.Notebooks.Handouts;

/// <summary>Which way a handout is printed.</summary>
internal enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <summary>
/// The frame every handout shares: a print-first page with no script, A4 through <c>@page</c>, black text on
/// white (greys and borders only, so a black-and-white printer loses nothing), links printed with their
/// addresses, and a way back to the handouts' index that is hidden on paper. Every text goes through
/// <see cref="Encode"/>; only markup this class writes is left as it is.
/// </summary>
internal static class HandoutPage
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A link whose address and text are both encoded; on paper the address is printed after it. Only web addresses
    /// and relative paths become links: any other scheme (<c>javascript:</c>, <c>data:</c>) is shown as text.
    /// </summary>
    public static string Link(string url, string text) =>
        IsSafe(url) ? $"<a href=\"{Encode(url)}\">{Encode(text)}</a>" : $"{Encode(text)} ({Encode(url)})";

    private static bool IsSafe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/')
            ? absolute.Scheme is "https" or "http"
            : !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);

    public static string Start(string title, PageOrientation orientation, string subtitle, string extraCss = "")
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append(" (MediaLit handout)</title>\n<style>\n")
            .Append(Css(orientation)).Append(extraCss).Append("</style>\n</head>\n<body>\n")
            .Append("<nav class=\"screen\"><a href=\"index.html\">All handouts</a> · <a href=\"../index.html\">Lessons</a></nav>\n")
            .Append("<main>\n<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p class=\"sub\">").Append(Encode(subtitle)).Append("</p>\n");
        return page.ToString();
    }

    public static string End() =>
        "</main>\n<footer><p>MediaLit handout, generated from the pack's data files. Text CC BY 4.0.</p></footer>\n</body>\n</html>\n";

    private static string Css(PageOrientation orientation) => $$"""
        @page { size: A4 {{(orientation == PageOrientation.Landscape ? "landscape" : "portrait")}}; margin: 12mm; }
        html { color: #000; background: #fff; }
        body { font: 10pt/1.35 Georgia, "DejaVu Serif", serif; margin: 0 auto; max-width: {{(orientation == PageOrientation.Landscape ? "277mm" : "190mm")}}; padding: 0 4mm; }
        h1 { font-size: 16pt; margin: 0 0 1mm; }
        h2 { font-size: 12pt; margin: 4mm 0 1.5mm; border-bottom: 0.4pt solid #000; }
        h3 { font-size: 10.5pt; margin: 2mm 0 1mm; }
        p, ul, ol, dl { margin: 0 0 1.5mm; }
        ul, ol { padding-left: 5mm; }
        .sub { font-style: italic; margin-bottom: 3mm; }
        .small { font-size: 8.5pt; }
        a { color: #000; }
        nav.screen { margin: 3mm 0; font-family: sans-serif; }
        footer { font-size: 7.5pt; border-top: 0.4pt solid #000; margin-top: 4mm; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 0.4pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #e6e6e6; }
        .keep { break-inside: avoid; }
        .checklist { list-style: none; padding-left: 0; }
        .lines { border-bottom: 0.4pt solid #000; height: 7mm; }
        .write { border: 0.6pt solid #000; min-height: 14mm; margin: 1mm 0 3mm; }
        @media print {
          nav.screen { display: none; }
          a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 7pt; word-break: break-all; }
          body { max-width: none; padding: 0; }
        }
        @media screen { body { font-size: 11pt; } }

        """;
}
