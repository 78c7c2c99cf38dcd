using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Handouts;
using MediaLit.Notebooks.Output;

namespace MediaLit.Notebooks.Tests;

/// <summary>The handouts, made once from the repository's data and lessons and written as the site writer writes them.</summary>
public sealed class HandoutFixture
{
    public HandoutFixture()
    {
        Sources = HandoutSources.Read(TestPaths.RepositoryRoot);
        Site = TempFolders.New("medialit-handouts-");
        HandoutWriter.Write(TestPaths.RepositoryRoot, Site);
    }

    internal HandoutSources Sources { get; }

    public string Site { get; }

    public string Page(string file) => File.ReadAllText(Path.Combine(Site, HandoutWriter.Folder, file));
}

/// <summary>
/// The handouts agree with the files they are made from. Every expectation is read here from the data files and
/// notebooks themselves (the CSV, the JSON lines, the notebooks' markdown), not from the handout code, so a
/// handout that drops, invents or reorders something fails.
/// </summary>
public sealed partial class HandoutTests(HandoutFixture handouts) : IClassFixture<HandoutFixture>
{
    private static string Data(string relative) => Path.Combine(TestPaths.RepositoryRoot, "data", relative);

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static IEnumerable<string> NotebookIds() =>
        Directory.GetFiles(TestPaths.NotebooksFolder, "*.ipynb").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>A notebook's markdown cells, read straight from its JSON.</summary>
    private static string NotebookMarkdown(string id)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.NotebooksFolder, id + ".ipynb")));
        return string.Join("\n\n", notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .Select(c => c.GetProperty("source") is { ValueKind: JsonValueKind.Array } lines ? string.Concat(lines.EnumerateArray().Select(l => l.GetString())) : c.GetProperty("source").GetString()));
    }

    /// <summary>The rows of data/reference-timeline.csv: id, start date, event and source addresses, with a small CSV reader of its own.</summary>
    private static List<(string Id, string Start, string Event, string KeyTerms, List<string> Urls)> TimelineRows()
    {
        var rows = ParseCsv(File.ReadAllText(Data("reference-timeline.csv")));
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        return rows.Skip(1).Where(r => r.Length == header.Length)
            .Select(r => (r[Column("id")], r[Column("start")], r[Column("event")], r[Column("key_terms")],
                AngleUrl().Matches(r[Column("sources")]).Select(m => m.Groups[1].Value).ToList()))
            .ToList();
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString()); field.Clear();
                if (fields.Count > 1) rows.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(c);
        }

        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return rows;
    }

    private static List<JsonElement> JsonLines(string relative) =>
        File.ReadAllLines(Data(relative)).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void The_site_writer_writes_every_handout_and_an_index_linking_each()
    {
        var index = handouts.Page("index.html");
        var expected = new List<string> { "glossary.html", "timeline-strip.html", "stance-cards.html", "writing-frame.html" };
        expected.AddRange(NotebookIds().Select(id => $"summary-{id}.html"));
        foreach (var file in expected)
        {
            Assert.True(File.Exists(Path.Combine(handouts.Site, HandoutWriter.Folder, file)), $"{file} was not written");
            Assert.Contains($"href=\"{file}\"", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_timeline_strip_has_every_verified_event_with_its_sources_in_date_order()
    {
        var page = handouts.Page("timeline-strip.html");
        var rows = TimelineRows();
        Assert.True(rows.Count > 0, "no rows read from data/reference-timeline.csv");
        var positions = new List<(string Start, string Id, int At)>();
        foreach (var row in rows)
        {
            var at = page.IndexOf($"({row.Id})", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{row.Id} is missing from the strip");
            Assert.Contains(Html(row.Event), page, StringComparison.Ordinal);
            Assert.NotEmpty(row.Urls);
            Assert.All(row.Urls, url => Assert.Contains($"href=\"{Html(url)}\"", page, StringComparison.Ordinal));
            positions.Add((row.Start, row.Id, at));
        }

        var byDate = positions.OrderBy(p => p.Start, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id).ToList();
        Assert.Equal(byDate, positions.OrderBy(p => p.At).Select(p => p.Id).ToList());
    }

    [Fact]
    public void The_stance_cards_have_one_card_per_codebook_claim_with_a_row_for_every_article()
    {
        var page = handouts.Page("stance-cards.html");
        var claims = JsonLines("claims/claims.jsonl");
        var articles = Directory.GetFiles(Data("articles"), "*.txt").Length;
        var cards = Regex.Split(page, "<section class=\"card\">").Skip(1).ToList(); // the first piece is the page head and the key (class "card key")
        Assert.Equal(claims.Count, cards.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            Assert.Contains(Html(claims[i].GetProperty("label").GetString()!), cards[i], StringComparison.Ordinal);
            Assert.Contains(Html(claims[i].GetProperty("description").GetString()!), cards[i], StringComparison.Ordinal);
            Assert.Equal(articles, Regex.Count(cards[i], "<tr><td>"));
        }
    }

    [Fact]
    public void Each_codebook_example_shows_as_a_mentioned_stance_and_every_quoted_sentence_is_in_its_article()
    {
        var page = handouts.Page("stance-cards.html");
        var cards = Regex.Split(page, "<section class=\"card\">").Skip(1).ToList();
        var claims = JsonLines("claims/claims.jsonl");
        var articleText = Directory.GetFiles(Data("articles"), "*.txt").ToDictionary(f => Path.GetFileName(f)[..3], f => Squeeze(Markup().Replace(File.ReadAllText(f), "")));
        for (var i = 0; i < claims.Count; i++)
        {
            if (!claims[i].TryGetProperty("examples", out var examples))
                continue;
            foreach (var example in examples.EnumerateArray())
            {
                var row = Regex.Match(cards[i], $"<tr><td>{example.GetProperty("article").GetString()}</td><td>(?<stance>[^<]*)");
                Assert.True(row.Success, $"card {claims[i].GetProperty("id")} has no row for {example.GetProperty("article")}");
                Assert.NotEqual("not mentioned", row.Groups["stance"].Value);
            }
        }

        var quotes = Regex.Matches(page, "<tr><td>(?<article>[0-9]{3})</td><td>[^<]*(?:<br><em>[^<]*</em>)?</td><td><q>(?<quote>[^<]*)</q>").ToList();
        Assert.NotEmpty(quotes);
        foreach (Match quote in quotes)
        {
            // Cleaning only deletes (ARCHITECTURE.md): with the raw file's link and emphasis markup taken out, each
            // sentence the library quotes is in it word for word.
            var sentence = Squeeze(WebUtility.HtmlDecode(quote.Groups["quote"].Value));
            Assert.Contains(sentence, articleText[quote.Groups["article"].Value], StringComparison.Ordinal);
        }
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    [Fact]
    public void The_glossary_has_every_term_with_its_definition_and_each_term_is_in_the_lesson_that_teaches_it()
    {
        var page = handouts.Page("glossary.html");
        var entries = JsonLines("glossary.jsonl");
        Assert.True(entries.Count >= 20, $"only {entries.Count} glossary terms");
        var lessons = NotebookIds().ToHashSet();
        foreach (var entry in entries)
        {
            var term = entry.GetProperty("term").GetString()!;
            var lesson = entry.GetProperty("lesson").GetString()!;
            Assert.Contains($"<strong>{Html(term)}</strong>", page, StringComparison.Ordinal);
            Assert.Contains(Html(entry.GetProperty("definition").GetString()!), page, StringComparison.Ordinal);
            Assert.Contains(lesson, lessons);
            var forms = entry.GetProperty("seenAs").EnumerateArray().Select(f => f.GetString()!).Prepend(term);
            var markdown = NotebookMarkdown(lesson);
            Assert.True(forms.Any(f => markdown.Contains(f, StringComparison.OrdinalIgnoreCase)),
                $"\"{term}\" is said to be taught in {lesson}, but the lesson never uses it (or any of {string.Join(", ", forms)})");
            // The lesson's summary lists its terms.
            Assert.Contains($"<strong>{Html(term)}</strong>", handouts.Page($"summary-{lesson}.html"), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Lessons() => new(NotebookIds());

    [Theory]
    [MemberData(nameof(Lessons))]
    public void A_lesson_summary_states_the_lessons_own_title_time_and_objectives(string id)
    {
        var page = handouts.Page($"summary-{id}.html");
        var markdown = NotebookMarkdown(id);
        var title = Regex.Match(markdown, "^# (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        Assert.Contains(Html(title), page, StringComparison.Ordinal);
        if (Regex.Match(markdown, @"\*\*Estimated time:\*\*\s*([0-9][0-9–-]*\s*minutes)") is { Success: true } time)
            Assert.Contains(Html(time.Groups[1].Value), page, StringComparison.Ordinal);
        var objectives = Regex.Match(markdown, @"### Learning objectives\n(?<body>(?:.*\n)*?)(?=#)").Groups["body"].Value;
        var items = Regex.Matches(objectives, @"^\d+\. (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(items);
        var text = Squeeze(WebUtility.HtmlDecode(Tags().Replace(page, "")));
        foreach (var item in items)
            Assert.Contains(Squeeze(item.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal)), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void A_lesson_summarys_steps_point_at_sections_of_the_lesson_and_its_facts_are_ones_the_lesson_uses(string id)
    {
        using var steps = JsonDocument.Parse(File.ReadAllText(Data("handouts/lesson-steps.json")));
        var entry = steps.RootElement.GetProperty("lessons").EnumerateArray().SingleOrDefault(l => l.GetProperty("lesson").GetString() == id);
        Assert.True(entry.ValueKind == JsonValueKind.Object, $"data/handouts/lesson-steps.json has no entry for {id}");
        var markdown = NotebookMarkdown(id);
        var headings = Regex.Matches(markdown, "^#{2,4} (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var page = handouts.Page($"summary-{id}.html");
        var stepList = entry.GetProperty("steps").EnumerateArray().ToList();
        Assert.InRange(stepList.Count, 3, 5);
        foreach (var step in stepList)
        {
            var section = step.GetProperty("section").GetString()!;
            Assert.True(headings.Any(h => h.Contains(section, StringComparison.OrdinalIgnoreCase)), $"{id} has no section headed \"{section}\"");
            Assert.Contains(Html(step.GetProperty("text").GetString()!), page, StringComparison.Ordinal);
        }

        var rows = TimelineRows().ToDictionary(r => r.Id);
        foreach (var fact in entry.GetProperty("facts").EnumerateArray().Select(f => f.GetString()!))
        {
            Assert.True(rows.TryGetValue(fact, out var row), $"{id}: fact {fact} is not a row of data/reference-timeline.csv");
            var terms = row.KeyTerms.Split('|').Select(t => t.EndsWith('*') ? $@"\b{Regex.Escape(t[..^1])}\w*" : $@"\b{Regex.Escape(t)}\b");
            Assert.True(markdown.Contains(row.Start[..4], StringComparison.Ordinal) && terms.Any(t => Regex.IsMatch(markdown, t, RegexOptions.IgnoreCase)),
                $"{id} lists {fact} ({row.Event}) as a fact it uses, but never mentions its year with one of its key terms");
            Assert.Contains(Html(row.Event), page, StringComparison.Ordinal);
            Assert.All(row.Urls, url => Assert.Contains(Html(url), page, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_writing_frame_has_a_part_for_each_heading_of_the_capstone_answer_in_its_order_and_matches_the_rubrics()
    {
        using var frame = JsonDocument.Parse(File.ReadAllText(Data("handouts/writing-frame.json")));
        var marker = frame.RootElement.GetProperty("answerMarker").GetString()!;
        var markdown = NotebookMarkdown(frame.RootElement.GetProperty("lesson").GetString()!);
        var at = markdown.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the capstone has no answer cell marked {marker}");
        var answer = markdown[at..];
        answer = answer[..(Regex.Match(answer[marker.Length..], "^#", RegexOptions.Multiline) is { Success: true } next ? next.Index + marker.Length : answer.Length)];
        var headings = Regex.Matches(answer, @"^\*\*([^*]+)\*\*", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
        var parts = frame.RootElement.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(headings.Order(StringComparer.Ordinal), parts.Select(p => p.GetProperty("heading").GetString()!).Order(StringComparer.Ordinal));

        var page = handouts.Page("writing-frame.html");
        var order = headings.Select(h => page.IndexOf($"<h2>{Html(h)}</h2>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        using var rubric = JsonDocument.Parse(File.ReadAllText(Data("rubric.json")));
        var criteria = rubric.RootElement.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("question").GetString()!);
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "teacher-guide.md"));
        foreach (var part in parts)
        {
            foreach (var starter in part.GetProperty("starters").EnumerateArray())
                Assert.Contains(Html(starter.GetString()!), page, StringComparison.Ordinal);
            foreach (var id in part.GetProperty("rubric").EnumerateArray().Select(r => r.GetString()!))
                Assert.Contains(Html(criteria[id]), page, StringComparison.Ordinal);
            foreach (var criterion in part.GetProperty("assessedBy").EnumerateArray().Select(r => r.GetString()!))
                Assert.Contains($"| {criterion} |", guide, StringComparison.Ordinal);
        }

        // Every question of data/rubric.json is asked by some part.
        Assert.All(criteria.Keys, id => Assert.Contains(parts, p => p.GetProperty("rubric").EnumerateArray().Any(r => r.GetString() == id)));
    }

    [Fact]
    public void Every_link_in_the_handouts_is_a_web_address_from_the_data_or_a_page_of_the_site()
    {
        var folder = Path.Combine(handouts.Site, HandoutWriter.Folder);
        var lessonPages = NotebookIds().Select(id => id + ".html").ToHashSet();
        var dataText = File.ReadAllText(Data("reference-timeline.csv")) + File.ReadAllText(Data("glossary.jsonl"));
        var checkedLinks = 0;
        foreach (var file in Directory.GetFiles(folder, "*.html"))
        {
            foreach (Match link in Href().Matches(File.ReadAllText(file)))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                checkedLinks++;
                if (target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal))
                {
                    // http:// only where the record's source has no https address (BBC On This Day, CNN's 2001 archive).
                    Assert.True(dataText.Contains(target, StringComparison.Ordinal), $"{Path.GetFileName(file)}: {target} is in no data file");
                    continue;
                }

                Assert.DoesNotContain(":", target, StringComparison.Ordinal);
                var resolved = Path.GetFullPath(Path.Combine(folder, target));
                var inSite = resolved.StartsWith(handouts.Site, StringComparison.Ordinal) && Path.GetDirectoryName(resolved) == handouts.Site;
                Assert.True(File.Exists(resolved) || (inSite && (Path.GetFileName(resolved) == "index.html" || lessonPages.Contains(Path.GetFileName(resolved)))),
                    $"{Path.GetFileName(file)}: {target} leads nowhere");
            }
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Hostile_text_in_any_source_is_shown_as_text_and_a_script_address_never_becomes_a_link()
    {
        const string Attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var s = handouts.Sources;
        var hostile = s with
        {
            Glossary = [.. s.Glossary.Select(g => g with { Term = g.Term + Attack, Definition = Attack, Source = Attack })],
            Steps = [.. s.Steps.Select(l => l with { Steps = [.. l.Steps.Select(st => st with { Text = Attack, Section = Attack })] })],
            Frame = s.Frame with { Parts = [.. s.Frame.Parts.Select(p => p with { Starters = [Attack] })] },
            Timeline = [.. s.Timeline.Select(e => e with { Event = Attack, Sources = [new HandoutSource(Attack, "javascript:alert(3)")] })],
            Claims = [.. s.Claims.Select(c => c with { Label = Attack, Description = Attack, Articles = [.. c.Articles.Select(a => a with { Sentences = [.. a.Sentences.Select(x => x with { Sentence = Attack })] })] })],
            Lessons = [.. s.Lessons.Select(l => l with { Title = Attack, Time = Attack })],
        };
        foreach (var handout in HandoutWriter.Render(hostile))
        {
            Assert.DoesNotContain("<script", handout.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", handout.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", handout.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(Html("<script>alert(1)</script>"), handout.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_handout_the_teacher_guide_names_is_one_the_site_writer_writes()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "teacher-guide.md"));
        var named = Regex.Matches(guide, @"handout\s+`([a-z0-9-]+\.html)`").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(named.Count >= 5, $"the guide names only {named.Count} handouts: {string.Join(", ", named)}");
        Assert.All(named, file => Assert.True(File.Exists(Path.Combine(handouts.Site, HandoutWriter.Folder, file)), $"the guide names {file}, which is not written"));
    }

    [Fact]
    public void A_glossary_entry_without_a_definition_is_an_error_naming_the_file_and_the_fix()
    {
        var data = TempFolders.New("medialit-bad-glossary-");
        File.WriteAllText(Path.Combine(data, HandoutData.GlossaryFile), "{\"term\": \"stance\", \"lesson\": \"03-narratives\", \"source\": \"x\"}\n");
        var error = Assert.Throws<InvalidDataException>(() => HandoutData.Glossary(data));
        Assert.Contains(Path.Combine(data, HandoutData.GlossaryFile), error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_export_links_its_index_to_the_handouts()
    {
        var folder = TempFolders.New("medialit-handout-site-");
        var path = Path.Combine(folder, "00-one.ipynb");
        File.WriteAllText(path, """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#", "display_name": ".NET (C#)"}},
             "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# One"}]}
            """);
        LessonSite.Write([new NotebookRunResult(path, null, [new CellResult(1, CellStatus.Markdown, null, null, null, [])])], Path.Combine(folder, "html"), SiteEdition.Student);
        Assert.True(File.Exists(Path.Combine(folder, "html", "handouts", "glossary.html")));
        Assert.Contains("<a href=\"handouts/index.html\">Handouts</a>", File.ReadAllText(Path.Combine(folder, "html", "index.html")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<([^<>]+)>")]
    private static partial Regex AngleUrl();

    /// <summary>Markdown link targets, brackets and emphasis marks, as the articles' raw files have them.</summary>
    [GeneratedRegex(@"\]\([^)]*\)|[\[*]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
