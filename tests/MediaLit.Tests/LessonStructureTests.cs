using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaLit.Tests;

/// <summary>What every lesson promises its reader: a title, objectives, a time, what you need first, and a place to answer each reflection question.</summary>
public sealed partial class LessonStructureTests
{
    public static TheoryData<string> Lessons() =>
        new(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static List<(string Type, string Source)> Cells(string lesson)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "notebooks", lesson)));
        return notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("cell_type").GetString()!, string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))))
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void A_lesson_opens_with_its_title_objectives_time_and_what_you_need_first(string lesson)
    {
        string first = Cells(lesson)[0].Source;
        Assert.StartsWith("# Lesson ", first, StringComparison.Ordinal);
        Assert.Contains("objectives", first, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(EstimatedTime(), first);
        Assert.Contains("What you need first", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_reflection_question_has_an_empty_answer_cell(string lesson)
    {
        var cells = Cells(lesson);
        string prefix = lesson[..2];
        int reflection = cells.FindIndex(c => c.Type == "markdown" && c.Source.Contains("## Reflection", StringComparison.Ordinal));
        Assert.True(reflection >= 0, $"{lesson} has no reflection section");
        var questions = Question().Matches(cells[reflection].Source[cells[reflection].Source.IndexOf("## Reflection", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(questions);
        var answers = cells.Skip(reflection + 1).TakeWhile(c => c.Source.StartsWith("<!-- answer ", StringComparison.Ordinal)).ToList();
        Assert.Equal(questions.Select(q => $"<!-- answer {prefix}.R{q} -->"), answers.Select(a => a.Source.Split('\n')[0]));
        // Committed lessons are the student's: the answer cells hold only their prompt.
        Assert.All(answers, a => Assert.Equal(2, a.Source.TrimEnd().Split('\n').Length));
    }

    [Theory]
    [InlineData("01-sourcing.ipynb")]
    [InlineData("02-timeline.ipynb")]
    [InlineData("03-narratives.ipynb")]
    [InlineData("04-evidence.ipynb")]
    public void Lessons_1_to_4_send_students_off_the_page_with_real_links_and_a_place_to_record_what_they_found(string lesson)
    {
        var cells = Cells(lesson);
        int section = cells.FindIndex(c => c.Type == "markdown" && c.Source.StartsWith("## Leave the page", StringComparison.Ordinal));
        Assert.True(section >= 0, $"{lesson} has no 'Leave the page' section");
        Assert.True(ExternalLink().Count(cells[section].Source) >= 1, $"{lesson}: the lateral-reading section links to no source");
        Assert.StartsWith($"<!-- answer {lesson[..2]}.L1 -->", cells[section + 1].Source, StringComparison.Ordinal);
    }

    /// <summary>
    /// Honest time (issue #15): every section says how long it takes, and the sections add up to the lesson's stated
    /// time (the lower bound of a range such as "60–90 minutes"). The closing reference list (## Sources) is not timed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_section_states_its_time_and_the_times_add_up_to_the_lesson_s(string lesson)
    {
        var cells = Cells(lesson);
        int stated = int.Parse(EstimatedMinutes().Match(cells[0].Source).Groups["minutes"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var untimed = new List<string>();
        int total = 0;
        foreach (Match section in SectionHeading().Matches(string.Join("\n", cells.Where(c => c.Type == "markdown").Select(c => c.Source))))
        {
            if (section.Groups["title"].Value == "Sources")
                continue;
            if (section.Groups["minutes"].Success)
                total += int.Parse(section.Groups["minutes"].Value, System.Globalization.CultureInfo.InvariantCulture);
            else
                untimed.Add(section.Groups["title"].Value);
        }

        Assert.True(untimed.Count == 0, $"{lesson}: these sections state no time; add \"*About N minutes.*\" under the heading: {string.Join("; ", untimed)}");
        Assert.True(total == stated, $"{lesson}: the sections add up to {total} minutes, the lesson states {stated}");
    }

    // A "## " heading and, when present, the "*About N minutes.*" line under it (blank lines allowed between).
    [GeneratedRegex(@"^## (?<title>[^\n]+)\n(?:\s*\n)*(?:\*About (?<minutes>\d+) minutes?\.\*)?", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\*\*Estimated time:\*\* *(?<minutes>\d+)")]
    private static partial Regex EstimatedMinutes();

    [GeneratedRegex(@"\]\(https://[^)]+\)")]
    private static partial Regex ExternalLink();

    [GeneratedRegex(@"\*\*Estimated time:\*\* *\d")]
    private static partial Regex EstimatedTime();

    [GeneratedRegex(@"^(\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex Question();
}
