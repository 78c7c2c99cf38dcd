using System.Text.Json.Nodes;
using MediaLit.Notebooks.Reading;

namespace MediaLit.Notebooks.Tests;

/// <summary>The runner on small fixture notebooks (Fixtures/*.ipynb).</summary>
// Cli_rejects_a_missing_path writes to Console in-process, which a notebook running at the same time captures:
// sharing a collection with HostileNotebookTests keeps that out of the re-run comparison.
[Collection(HostileNotebookTests.ConsoleCollection)]
public class RunnerTests
{
    [Fact]
    public async Task Trailing_expression_is_displayed_as_the_cell_result()
    {
        var cell = await SharedRunner.CellAsync("basics.ipynb", 2);

        Assert.Equal(CellStatus.Passed, cell.Status);
        var result = Assert.Single(cell.Outputs);
        Assert.Equal(OutputKind.ExecuteResult, result.Kind);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", result.HtmlContent, StringComparison.Ordinal); // the kernel's own formatter
    }

    [Fact]
    public async Task State_is_shared_between_cells_and_console_output_is_captured()
    {
        var cell = await SharedRunner.CellAsync("basics.ipynb", 3);

        Assert.Equal(CellStatus.Passed, cell.Status);
        var stdout = Assert.Single(cell.Outputs);
        Assert.Equal(OutputKind.Stdout, stdout.Kind);
        Assert.Equal("x is 20\n", stdout.TextContent);
    }

    [Fact]
    public async Task Display_and_HTML_helpers_compile_like_in_the_kernel()
    {
        var cell = await SharedRunner.CellAsync("basics.ipynb", 4);

        Assert.Equal(CellStatus.Passed, cell.Status);
        Assert.Equal(3, cell.Outputs.Count);
        Assert.Equal("<b>bold</b>", cell.Outputs[0].HtmlContent);
        Assert.Contains("Ada", cell.Outputs[1].HtmlContent, StringComparison.Ordinal);
        Assert.Equal("plain", cell.Outputs[2].TextContent);
        Assert.Null(cell.Outputs[2].HtmlContent); // a string result is text/plain, as in the kernel
    }

    [Fact]
    public async Task Magic_lines_time_and_markdown_are_understood()
    {
        var timed = await SharedRunner.CellAsync("basics.ipynb", 6);
        var markdown = await SharedRunner.CellAsync("basics.ipynb", 7);

        Assert.Equal(CellStatus.Passed, timed.Status);
        Assert.Contains(timed.Outputs, o => o.TextContent?.StartsWith("Wall time:", StringComparison.Ordinal) == true);
        Assert.Equal(CellStatus.Markdown, markdown.Status);
    }

    [Fact]
    public async Task A_void_last_call_displays_nothing()
    {
        var cell = await SharedRunner.CellAsync("basics.ipynb", 8);

        Assert.Equal(OutputKind.Stdout, Assert.Single(cell.Outputs).Kind);
    }

    [Fact]
    public async Task Compile_error_is_reported_with_cell_and_line()
    {
        var result = await SharedRunner.RunAsync(TestPaths.Fixture("failures.ipynb"));
        var cell = result.Cells[2];

        Assert.Equal(CellStatus.Failed, cell.Status);
        Assert.Equal(2, cell.Line);
        Assert.StartsWith("CS0103: The name 'undefinedName' does not exist", cell.Message, StringComparison.Ordinal);
        Assert.Equal("FAIL failures.ipynb cell 3 line 2: " + cell.Message, Report.CellLine(result.Name, cell));
    }

    [Fact]
    public async Task Runtime_exception_is_reported_with_its_cell_and_later_cells_keep_the_state()
    {
        var result = await SharedRunner.RunAsync(TestPaths.Fixture("failures.ipynb"));

        Assert.Equal(CellStatus.Failed, result.Cells[3].Status);
        Assert.Equal("FAIL failures.ipynb cell 4: InvalidOperationException: boom", Report.CellLine(result.Name, result.Cells[3]));
        Assert.Equal(CellStatus.Passed, result.Cells[4].Status);
        Assert.Contains("<pre>2</pre>", result.Cells[4].Outputs.Single().HtmlContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_magic_fails_the_cell_with_the_kernels_error()
    {
        var cell = await SharedRunner.CellAsync("failures.ipynb", 6);

        Assert.Equal(CellStatus.Failed, cell.Status);
        Assert.Equal(1, cell.Line);
        Assert.Equal("DNI101: Unknown magic command '#!nosuchmagic'", cell.Message);
    }

    [Fact]
    public async Task Unrestorable_package_skips_the_cells_that_need_it_and_never_passes_them()
    {
        var result = await SharedRunner.RunAsync(TestPaths.Fixture("packages.ipynb"));

        const string Missing = "MediaLit.NoSuchPackage.ForTests 1.0.0";
        Assert.Equal(CellStatus.Skipped, result.Cells[1].Status);
        Assert.Equal(Missing, result.Cells[1].MissingPackage);
        Assert.Equal($"SKIP packages.ipynb cell 2: needs {Missing} (could not be restored)", Report.CellLine(result.Name, result.Cells[1]));
        Assert.Contains(result.Cells[1].Outputs, o => o.Kind == OutputKind.Stderr && o.TextContent!.Contains("NU1101", StringComparison.Ordinal));
        Assert.Equal(CellStatus.Skipped, result.Cells[2].Status); // uses the package's types without its own #r
        Assert.Equal(Missing, result.Cells[2].MissingPackage);
        Assert.Equal(CellStatus.Passed, result.Cells[3].Status);  // independent cell still runs
        Assert.Equal(CellStatus.Passed, result.Cells[4].Status);  // a real package restores after the failed one
        Assert.Equal((2, 0, 2), (result.Passed, result.Failed, result.Skipped));
    }

    [Fact]
    public async Task A_packages_kernel_extension_is_loaded_so_a_DataFrame_renders_as_the_kernels_table()
    {
        var cell = await SharedRunner.CellAsync("packages.ipynb", 5);

        Assert.Equal(CellStatus.Passed, cell.Status);
        var html = cell.Outputs.Single(o => o.Kind == OutputKind.ExecuteResult).HtmlContent;
        // Microsoft.Data.Analysis.Interactive's formatter: index column, headers, cell text escaped.
        Assert.Contains("<th><i>index</i></th><th>name</th><th>score</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;Ada&lt;/b&gt;</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helper_library_loads_relative_to_the_notebook_which_is_the_working_directory()
    {
        Assert.True(File.Exists(TestPaths.LibraryDll), $"{TestPaths.LibraryDll} is missing: build src/MediaLit first");
        var folder = TempFolders.New("medialit-lib-");
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(TestPaths.LibraryDll, Path.Combine(folder, "lib", "MediaLit.dll"));
        File.Copy(TestPaths.Fixture("library.ipynb"), Path.Combine(folder, "first.ipynb"));
        File.Copy(TestPaths.Fixture("library.ipynb"), Path.Combine(folder, "second.ipynb"));

        foreach (var name in new[] { "first.ipynb", "second.ipynb" })
        {
            var result = await SharedRunner.Runner.RunAsync(Path.Combine(folder, name));

            Assert.All(result.Cells.Skip(1), c => Assert.Equal(CellStatus.Passed, c.Status));
            Assert.Equal("MediaLit", result.Cells[1].Outputs.Single().TextContent);
            Assert.Equal(folder, result.Cells[2].Outputs.Single().TextContent); // so ../data in a lesson means what it means in VS Code
        }
    }

    [Fact]
    public async Task Html_export_escapes_displayed_text()
    {
        var result = await SharedRunner.RunAsync(TestPaths.Fixture("basics.ipynb"));

        var html = await File.ReadAllTextAsync(result.HtmlPath!);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<b>bold</b>", html, StringComparison.Ordinal); // HTML outputs stay HTML
        Assert.Contains("<h1 id=\"basics-fixture\">Basics fixture</h1>", html, StringComparison.Ordinal);

        var executed = JsonNode.Parse(await File.ReadAllTextAsync(result.ExecutedNotebookPath!))!;
        var data = executed["cells"]![4]!["outputs"]![0]!["data"]!.AsObject();
        Assert.Equal(["text/plain"], data.Select(p => p.Key));
        Assert.Equal("<script>alert(1)</script>", NotebookReader.ReadMultiline(data["text/plain"]));
    }

    [Fact]
    public async Task Index_links_lessons_by_their_first_heading()
    {
        var results = new[]
        {
            await SharedRunner.RunAsync(TestPaths.Fixture("failures.ipynb")),
            await SharedRunner.RunAsync(TestPaths.Fixture("basics.ipynb")),
        };
        var folder = TempFolders.New("medialit-index-");

        var index = await File.ReadAllTextAsync(NotebookRunner.WriteIndex(results, folder));

        Assert.Contains("<a href=\"basics.html\">Basics fixture</a>", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("basics.html", StringComparison.Ordinal) < index.IndexOf("failures.html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wrong-kernel.ipynb", "kernelspec")]
    [InlineData("malformed.ipynb", "malformed JSON")]
    public void Unreadable_notebooks_are_named_in_a_clear_error(string fixture, string expected)
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(TestPaths.Fixture(fixture)));

        Assert.StartsWith(fixture + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_line_has_the_documented_shape()
    {
        var cells = new[]
        {
            new CellResult(1, CellStatus.Passed, null, null, null, []),
            new CellResult(2, CellStatus.Skipped, null, "needs X 1.0 (could not be restored)", "X 1.0", []),
            new CellResult(3, CellStatus.Markdown, null, null, null, []),
        };

        Assert.Equal("Notebooks: 1 passed, 0 failed, 1 skipped", Report.Summary([new NotebookRunResult("a.ipynb", null, cells)]));
    }

    [Fact]
    public async Task Cli_rejects_a_missing_path_with_exit_code_2()
    {
        Assert.Equal(2, await Cli.RunAsync(["does-not-exist"], null, false, CancellationToken.None));
    }
}
