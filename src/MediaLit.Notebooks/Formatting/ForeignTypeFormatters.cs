using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;

namespace MediaLit.Notebooks.Formatting;

/// <summary>
/// HTML for types whose kernel formatters ship as kernel extensions (Plotly.NET.Interactive, the
/// Microsoft.Data.Analysis extension). Found by type name through reflection: the packages are restored
/// by notebooks at run time, never referenced by this project.
/// </summary>
internal static class ForeignTypeFormatters
{
    /// <summary>Rows shown for a data frame; the kernel pages larger frames, a static page just truncates.</summary>
    public const int MaxDataFrameRows = 25;

    /// <summary>Marker the HTML exporter looks for to decide whether a page needs plotly.js.</summary>
    public const string ChartMarker = "data-medialit-chart";

    public static string? TryFormatHtml(object value)
    {
        var type = value.GetType();
        if (HasBaseNamed(type, "Plotly.NET.GenericChart"))
        {
            var fragment = RenderChart(value);
            return fragment is null ? null : $"<div class=\"chart\" {ChartMarker}=\"true\">{fragment}</div>";
        }

        return HasBaseNamed(type, "Microsoft.Data.Analysis.DataFrame") ? RenderDataFrame(value) : null;
    }

    private static bool HasBaseNamed(Type? type, string fullName)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.FullName == fullName)
            {
                return true;
            }
        }

        return false;
    }

    private static string? RenderChart(object chart)
    {
        // Plotly.NET is F#: toChartHTML lives on the GenericChart module class, whose CLR name varies by
        // version (GenericChart or GenericChartModule); look for the public static one-argument method.
        var method = chart.GetType().Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Plotly.NET" && t.Name.StartsWith("GenericChart", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .FirstOrDefault(m => m.Name == "toChartHTML" && m.GetParameters() is [var p] && p.ParameterType.IsInstanceOfType(chart));
        return method?.Invoke(null, [chart]) as string;
    }

    private static string RenderDataFrame(object frame)
    {
        var type = frame.GetType();
        var columns = ((IEnumerable?)type.GetProperty("Columns")?.GetValue(frame))?.Cast<object>().ToList() ?? [];
        var rows = (IEnumerable?)type.GetProperty("Rows")?.GetValue(frame);
        var rowCount = Convert.ToInt64(type.GetProperty("RowCount")?.GetValue(frame) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

        var html = new StringBuilder("<table class=\"dataframe\"><thead><tr><th></th>");
        foreach (var column in columns)
        {
            var name = column.GetType().GetProperty("Name")?.GetValue(column)?.ToString() ?? "";
            html.Append("<th>").Append(WebUtility.HtmlEncode(name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var index = 0;
        foreach (var row in rows?.Cast<object>() ?? [])
        {
            if (index == MaxDataFrameRows)
            {
                break;
            }

            html.Append("<tr><th>").Append(index).Append("</th>");
            foreach (var cell in (IEnumerable)row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append("</td>");
            }

            html.Append("</tr>");
            index++;
        }

        html.Append("</tbody></table>");
        if (rowCount > MaxDataFrameRows)
        {
            html.Append("<p class=\"note\">").Append(MaxDataFrameRows).Append(" of ").Append(rowCount).Append(" rows shown.</p>");
        }

        return html.ToString();
    }
}
