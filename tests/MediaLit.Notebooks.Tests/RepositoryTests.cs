using System.Text.Json;

namespace MediaLit.Notebooks.Tests;

/// <summary>The promises a fresh clone makes: two commands in the README, CI runs the tests,
/// and the dev container is valid and builds the library the notebooks load.</summary>
public class RepositoryTests
{
    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));

    [Fact]
    public void Readme_gives_the_main_job_and_the_test_command()
    {
        string readme = Read("README.md");
        Assert.Contains("dotnet run --project src/MediaLit.Notebooks -- run notebooks", readme);
        Assert.Contains("dotnet test MediaLit.slnx", readme);
        Assert.Contains("artifacts/html/index.html", readme);
    }

    [Fact]
    public void Ci_runs_the_readmes_test_command() =>
        Assert.Contains("dotnet test MediaLit.slnx", Read(".ci/run"));

    [Fact]
    public void Dev_container_is_valid_against_the_official_schema()
    {
        var schema = JsonSchemaValidator.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "devContainer.base.schema.json"));
        using var document = JsonDocument.Parse(Read(".devcontainer/devcontainer.json"));
        var errors = schema.Validate(document.RootElement);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Dev_container_installs_dotnet_10_the_notebook_extensions_and_builds_the_library()
    {
        using var document = JsonDocument.Parse(Read(".devcontainer/devcontainer.json"));
        var root = document.RootElement;
        Assert.Equal("10.0", root.GetProperty("features").GetProperty("ghcr.io/devcontainers/features/dotnet:2").GetProperty("version").GetString());
        var extensions = root.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains("dotnet build src/MediaLit", root.GetProperty("postCreateCommand").GetString());
    }

    [Fact]
    public void Every_lesson_loads_the_library_by_the_one_documented_path()
    {
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
            Assert.Contains("#r \\\"lib/MediaLit.dll\\\"", File.ReadAllText(lesson));
    }

    [Fact]
    public void Every_chart_cell_stands_next_to_a_table_and_uses_colour_blind_safe_colours()
    {
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
        {
            var code = Reading.NotebookReader.Read(lesson).Cells.Where(c => c.CellType == "code").Select(c => c.Source).ToList();
            for (int i = 0; i < code.Count; i++)
            {
                if (!code[i].Contains("CChart.", StringComparison.Ordinal))
                    continue;
                bool tableBeside = new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < code.Count)
                    .Any(j => code[j].Contains("Table(", StringComparison.Ordinal))
                    || (i >= 2 && code[i - 1].Contains("#r \"nuget:", StringComparison.Ordinal) && code[i - 2].Contains("Table(", StringComparison.Ordinal));
                Assert.True(tableBeside, $"{Path.GetFileName(lesson)}: the chart in code cell {i + 1} has no table next to it (a chart needs a text alternative)");
                // Colour-blind-safe colours: the library's Okabe-Ito series colours, or the Viridis scale for heatmaps.
                Assert.True(code[i].Contains("Color.fromHex", StringComparison.Ordinal) || code[i].Contains("Colorscale.Viridis", StringComparison.Ordinal),
                    $"{Path.GetFileName(lesson)}: the chart in code cell {i + 1} does not use the pack's colour-blind-safe colours");
            }
        }
    }
}
