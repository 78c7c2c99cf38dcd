// Stand-ins with the type names and member shapes of Microsoft.Data.Analysis and Plotly.NET, which this
// registry copy lacks: the runner finds those types by name, so a look-alike exercises the same code.
#pragma warning disable CA1050, CA1822, CA1707, IDE1006

namespace Microsoft.Data.Analysis
{
    public class DataFrameColumn(string name)
    {
        public string Name { get; } = name;
    }

    public class DataFrame
    {
        public IReadOnlyList<DataFrameColumn> Columns { get; } = [new("name"), new("score")];

        public IEnumerable<IEnumerable<object?>> Rows { get; } = [["<b>Ada</b>", 91], ["Grace", null]];

        public long RowCount => 2;
    }
}

namespace Plotly.NET
{
    public class GenericChart;

    public static class GenericChartModule
    {
        public static string toChartHTML(GenericChart chart) => "<div id=\"fake-chart\"></div>";
    }
}
