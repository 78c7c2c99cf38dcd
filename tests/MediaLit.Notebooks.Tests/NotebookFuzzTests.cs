using System.Text;
using MediaLit.Notebooks.Reading;
using MediaLit.Tests;
using Xunit.Abstractions;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// The notebooks input path at volume (see FuzzVolume: 2,000 inputs by default, a million with MEDIALIT_FUZZ=heavy):
/// any notebook JSON, mostly the right shape with fields of every kind, sometimes cut or spliced, is read or refused
/// with a <see cref="NotebookFormatException"/> naming the file; nothing else escapes.
/// </summary>
public sealed class NotebookFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Values =
    [
        "4", "3", "\"4\"", "4.5", "null", "true", "[]", "{}", "\"\"", "\".net-csharp\"", "\"python3\"", "\"csharp\"", "\"markdown\"",
        "\"code\"", "\"raw\"", "\"# Title\\n\"", "\"#!markdown\\n# x\"", "\"\\uD800\"", "\"<script>alert(1)</script>\"", "[\"a\\n\", \"b\"]", "[1, 2]",
        "[\"# H\\n\", null]", "-1", "1e999",
    ];

    private static readonly string[] CellKeys = ["cell_type", "source", "metadata", "outputs", "execution_count", "id"];

    private static string Notebook(FuzzRandom random)
    {
        var json = new StringBuilder("{");
        json.Append("\"nbformat\": ").Append(random.Below(4) == 0 ? random.Pick(Values) : "4").Append(", ");
        json.Append("\"metadata\": ").Append(random.Below(4) == 0 ? random.Pick(Values)
            : $"{{\"kernelspec\": {{\"name\": {(random.Below(4) == 0 ? random.Pick(Values) : "\".net-csharp\"")}}}}}").Append(", ");
        json.Append("\"cells\": ");
        if (random.Below(8) == 0)
        {
            json.Append(random.Pick(Values));
        }
        else
        {
            json.Append('[');
            for (int cell = random.Length(8); cell > 0; cell--)
            {
                json.Append(random.Below(12) == 0 ? random.Pick(Values) : Cell(ref random)).Append(cell > 1 ? ", " : "");
            }

            json.Append(']');
        }

        string text = json.Append('}').ToString();
        return random.Below(8) switch
        {
            0 => text[..random.Below(text.Length + 1)],
            1 => text.Insert(random.Below(text.Length + 1), random.Pick(Values)),
            _ => text,
        };
    }

    private static string Cell(ref FuzzRandom random)
    {
        var cell = new StringBuilder("{");
        for (int field = random.Length(7); field > 0; field--)
        {
            string key = random.Pick(CellKeys);
            string value = key == "metadata" && random.Below(2) == 0
                ? $"{{\"polyglot_notebook\": {{\"kernelName\": {random.Pick(Values)}}}}}"
                : random.Pick(Values);
            cell.Append('"').Append(key).Append("\": ").Append(value).Append(field > 1 ? ", " : "");
        }

        return cell.Append('}').ToString();
    }

    [Fact]
    public void Any_notebook_json_is_read_or_refused_with_an_error_naming_the_file()
    {
        var outcome = FuzzVolume.Run("notebooks", FuzzVolume.PerPath, Notebook, (json, worker) =>
        {
            try
            {
                var document = NotebookReader.Parse(json, "fuzz.ipynb");
                _ = document.Title;
                foreach (var cell in document.Cells)
                {
                    _ = NotebookRunner.IsMarkdown(cell);
                }
            }
            catch (NotebookFormatException e)
            {
                Assert.StartsWith("fuzz.ipynb: ", e.Message, StringComparison.Ordinal);
            }
        });
        output.WriteLine(outcome.ToString());
    }
}
