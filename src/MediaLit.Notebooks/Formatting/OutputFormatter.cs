using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace MediaLit.Notebooks.Formatting;

/// <summary>
/// Turns a displayed value into MIME-typed content the way the C# kernel does: a plain string is
/// text/plain, everything else is text/html through Microsoft.DotNet.Interactive.Formatting (which honours
/// libraries' convention-based [TypeFormatterSource] formatters). Types whose formatters live in kernel
/// extensions the runner cannot load (Plotly.NET charts, Microsoft.Data.Analysis data frames) are
/// rendered here, found by type name so the runner never references those packages.
/// </summary>
internal static class OutputFormatter
{
    public static CellOutput Format(object? value, IReadOnlyCollection<string> mimeTypes, OutputKind kind)
    {
        var data = new Dictionary<string, string>();
        if (mimeTypes.Count > 0)
        {
            foreach (var mimeType in mimeTypes)
            {
                data[mimeType] = value is string s && mimeType == CellOutput.Html
                    ? WebUtility.HtmlEncode(s)
                    : SafeFormat(value, mimeType);
            }

            return new CellOutput(kind, data);
        }

        switch (value)
        {
            case null:
                data[CellOutput.PlainText] = "<null>";
                break;
            case string text:
                data[CellOutput.PlainText] = text;
                break;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
                    data[CellOutput.Html] = writer.ToString();
                }

                break;
            default:
                var foreign = ForeignTypeFormatters.TryFormatHtml(value);
                data[CellOutput.Html] = foreign ?? SafeFormat(value, CellOutput.Html);
                data[CellOutput.PlainText] = foreign is null ? SafeFormat(value, CellOutput.PlainText) : value.GetType().FullName ?? "";
                break;
        }

        return new CellOutput(kind, data);
    }

    /// <summary>DisplayAs: the string already is content of that MIME type.</summary>
    public static CellOutput FormatRaw(string value, string mimeType) =>
        new(OutputKind.DisplayData, new Dictionary<string, string> { [mimeType] = value });

    private static string SafeFormat(object? value, string mimeType)
    {
        try
        {
            return Formatter.ToDisplayString(value, mimeType);
        }
        catch (Exception ex)
        {
            // A formatter that throws must not hide the cell's other results; show what went wrong instead.
            var message = $"(formatting {value?.GetType().Name} as {mimeType} failed: {ex.GetType().Name}: {ex.Message})";
            return mimeType == CellOutput.Html ? WebUtility.HtmlEncode(message) : message;
        }
    }
}
