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
    public void Dev_container_installs_dotnet_10_the_notebook_extensions_and_runs_the_readmes_setup_command()
    {
        using var document = JsonDocument.Parse(Read(".devcontainer/devcontainer.json"));
        var root = document.RootElement;
        Assert.Equal("10.0", root.GetProperty("features").GetProperty("ghcr.io/devcontainers/features/dotnet:2").GetProperty("version").GetString());
        var extensions = root.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        // One setup command everywhere: the README's VS Code path and the Codespace's post-create step.
        Assert.Equal(SetupCommand, root.GetProperty("postCreateCommand").GetString());
        Assert.Contains($"`{SetupCommand}`", Read("README.md"), StringComparison.Ordinal);
    }

    private const string SetupCommand = "dotnet build";

    [Fact]
    public void Every_library_a_lesson_loads_is_made_by_the_setup_build()
    {
        // dotnet test builds the solution first, exactly what the setup command does, so every lib/ file must exist now.
        var lib = Path.Combine(TestPaths.NotebooksFolder, "lib");
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
        {
            foreach (System.Text.RegularExpressions.Match reference in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(lesson), "#r \\\"lib/([^\\\"]+)\\\""))
                Assert.True(File.Exists(Path.Combine(lib, reference.Groups[1].Value)), $"{Path.GetFileName(lesson)} loads lib/{reference.Groups[1].Value}, which '{SetupCommand}' did not make");
        }
    }

    [Fact]
    public void Notebooks_ask_for_the_package_versions_named_in_directory_packages_props()
    {
        var props = System.Xml.Linq.XDocument.Parse(Read("Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        int checkedLines = 0;
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
        {
            foreach (var cell in Reading.NotebookReader.Read(lesson).Cells.Where(c => c.CellType == "code"))
            {
                foreach (System.Text.RegularExpressions.Match package in System.Text.RegularExpressions.Regex.Matches(cell.Source, "#r \"nuget:\\s*([^,\"]+?)\\s*(?:,\\s*([^\"]+?))?\\s*\""))
                {
                    string name = package.Groups[1].Value, version = package.Groups[2].Value;
                    Assert.True(versions.TryGetValue(name, out var expected), $"{Path.GetFileName(lesson)} loads {name}, which Directory.Packages.props does not name: add it there with its version");
                    Assert.True(expected == version, $"{Path.GetFileName(lesson)} asks for {name} {(version.Length == 0 ? "(no version)" : version)}, Directory.Packages.props names {expected}: use one version");
                    checkedLines++;
                }
            }
        }

        Assert.True(checkedLines > 0, "no #r \"nuget:\" line found: the lessons load Microsoft.Data.Analysis, so the pattern is wrong");
    }

    [Fact]
    public void Every_lesson_loads_the_library_by_the_one_documented_path()
    {
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
            Assert.Contains("#r \\\"lib/MediaLit.dll\\\"", File.ReadAllText(lesson));
    }

    [Fact]
    public void Every_chart_cell_stands_next_to_a_table()
    {
        // Colours, titles and the aria-label are the library's job (tests/MediaLit.Tests/ChartTests.cs); here: the lesson
        // also shows the numbers as a table in a cell next to the chart.
        int charts = 0;
        foreach (string lesson in Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb"))
        {
            var code = Reading.NotebookReader.Read(lesson).Cells.Where(c => c.CellType == "code").Select(c => c.Source).ToList();
            for (int i = 0; i < code.Count; i++)
            {
                if (!System.Text.RegularExpressions.Regex.IsMatch(code[i], @"\.Plot[A-Z]\w*\("))
                    continue;
                charts++;
                bool tableBeside = new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < code.Count)
                    .Any(j => code[j].Contains("Table(", StringComparison.Ordinal));
                Assert.True(tableBeside, $"{Path.GetFileName(lesson)}: the chart in code cell {i + 1} has no table next to it (a chart needs a text alternative)");
            }
        }

        Assert.True(charts >= 8, $"found {charts} chart cells; the lessons draw at least 8");
    }
}
