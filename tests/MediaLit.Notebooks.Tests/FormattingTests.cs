using MediaLit.Notebooks.Execution;
using MediaLit.Notebooks.Formatting;

namespace MediaLit.Notebooks.Tests;

/// <summary>Directive parsing and the by-name formatters for package types the runner never references.</summary>
public class FormattingTests
{
    [Fact]
    public void Directives_become_blank_lines_so_compiler_lines_stay_right()
    {
        var plan = CellDirectives.Parse("#!csharp\n#r \"nuget: Plotly.NET, 5.1.0\"\n#r \"lib/MediaLit.dll\"\nvar x = 1;", "/lessons");

        Assert.Equal("\n\n\nvar x = 1;", plan.Code);
        Assert.Equal(new PackageRequest("Plotly.NET", "5.1.0", 2), Assert.Single(plan.Packages));
        Assert.Equal(new AssemblyReference(Path.GetFullPath("/lessons/lib/MediaLit.dll"), 3), Assert.Single(plan.Assemblies));
        Assert.False(plan.Packages[0].IsKernelExtension);
        Assert.True(new PackageRequest("Plotly.NET.Interactive", "5.0.0", 1).IsKernelExtension);
    }

    [Fact]
    public void DataFrame_is_rendered_as_an_escaped_html_table()
    {
        var frame = new Microsoft.Data.Analysis.DataFrame();

        var html = OutputFormatter.Format(frame, [], OutputKind.ExecuteResult).HtmlContent;

        Assert.Contains("<th>name</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;Ada&lt;/b&gt;</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GenericChart_is_rendered_with_toChartHTML_and_marked_for_plotly_js()
    {
        var html = OutputFormatter.Format(new Plotly.NET.GenericChart(), [], OutputKind.ExecuteResult).HtmlContent;

        Assert.Contains("<div id=\"fake-chart\"></div>", html, StringComparison.Ordinal);
        Assert.Contains(ForeignTypeFormatters.ChartMarker, html, StringComparison.Ordinal);
    }
}
