using MediaLit.Narratives;
using MediaLit.Exercises;
using MediaLit.Evidence;
using MediaLit.Cases;
using System.Net;
using System.Text;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Html;
using MediaLit.Notebooks;
using MediaLit.Reuse;
using MediaLit.Sourcing;
using MediaLit.Timelines;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// The proof that article text never runs: a lesson over a hostile article (Hostile/hostile-article.html and
/// .txt: script tags, event handlers, javascript: links and malformed tags in the title, byline, quotations and
/// comments) is exported by the real runner and opened in Chromium, and so is every HTML formatter's view of it.
/// Every payload, if it ran, would set window.__pwned, change the title, open an alert and request a URL;
/// the tests look for all four, after firing click, mouse and focus events on every element.
/// A control page holding one bare payload proves the detection works, so a pass means something.
/// </summary>
public sealed class HostileArticleBrowserTests
{
    private static string Hostile(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", name);

    private const string Payload =
        "window.__pwned=(window.__pwned||[]).concat('control');document.title='PWNED control';alert('control');fetch('http://pwned.invalid/control')";

    [ChromiumFact]
    public async Task The_detector_sees_a_script_that_does_run()
    {
        string page = BrowserPages.Write("control.html", $"<p>Control</p><script>{Payload}</script><a href=\"javascript:{WebUtility.HtmlEncode(Payload)}\">x</a>");

        var ran = await BrowserPages.ScriptsThatRan(page);

        Assert.Contains(ran, r => r.StartsWith("window.__pwned = control", StringComparison.Ordinal));
        Assert.Contains(ran, r => r.StartsWith("dialog", StringComparison.Ordinal));
        Assert.Contains(ran, r => r.StartsWith("request http://pwned.invalid/", StringComparison.Ordinal));
        Assert.Contains(ran, r => r.StartsWith("title", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task A_lesson_exported_from_a_hostile_article_runs_none_of_its_scripts()
    {
        string folder = TempFolders.New("medialit-browser-");
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        foreach (string dll in new[] { "MediaLit.dll", "AngleSharp.dll", "MediaLit.Html.dll" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, dll), Path.Combine(folder, "lib", dll));
        foreach (string file in new[] { "hostile-lesson.ipynb", "hostile-article.html", "hostile-article.txt" })
            File.Copy(Hostile(file), Path.Combine(folder, file));

        using var runner = new NotebookRunner(new NotebookRunnerOptions { OutputDirectory = Path.Combine(folder, "out") });
        var result = await runner.RunAsync(Path.Combine(folder, "hostile-lesson.ipynb"));

        // Only a lesson that showed every view proves anything.
        Assert.All(result.Cells.Where(c => c.Status != CellStatus.Markdown), c => Assert.True(c.Status == CellStatus.Passed, $"cell {c.Number}: {c.Status} {c.Message}"));
        string html = await File.ReadAllTextAsync(result.HtmlPath!);
        Assert.Contains("the envoy said", html, StringComparison.Ordinal);
        Assert.Contains("pwned.invalid/txt-quote", html, StringComparison.Ordinal); // the payload is there, as text

        Assert.Empty(await BrowserPages.ScriptsThatRan(result.HtmlPath!));
    }

    [ChromiumFact]
    public async Task Every_HTML_formatter_shows_a_hostile_article_without_running_it()
    {
        var corpus = Corpus.Load();
        var page = ArticleLoader.FromFile(Hostile("hostile-article.html"), corpus.Rules, "page");
        var pasted = ArticleLoader.FromFile(Hostile("hostile-article.txt"), corpus.Rules, "pasted");
        var sourcing = SourcingAnalysis.LexiconFor(corpus.DataDirectory);
        var reuse = TextReuse.Find([page, pasted, corpus["000"]], new TextReuseOptions { BackReferenceCues = BackReferenceLexicon.Load(corpus.DataDirectory) });
        // One object for each case of the library's HTML formatter that article text can reach.
        var views = new (string Name, object View)[]
        {
            ("Article (page)", page),
            ("Article (pasted)", pasted),
            ("CleaningReport", page.ShowCleaning(includeFormatting: true)),
            ("CleaningReport (pasted)", pasted.ShowCleaning(includeFormatting: true)),
            ("TextTable: overview", new[] { page, pasted }.Overview()),
            ("TextTable: removals", new[] { page, pasted }.RemovalSummary()),
            ("TextTable: attributions", page.Sourcing(sourcing).AttributionTable()),
            ("TextTable: own assertions", pasted.Sourcing(sourcing).OwnAssertionsTable()),
            ("TextTable: temporal expressions", corpus.TemporalExpressions(page).ExpressionTable()),
            ("ReuseReport", reuse),
            ("ReuseComparison", reuse.Compare(page, pasted)),
            ("TextTable: passages", reuse.PassagesTable()),
            ("TextTable: shares", reuse.SharesTable()),
            ("Corpus", corpus),
        };
        var narratives = corpus.Narratives([page, pasted]);
        // A hostile account of an event the record holds (r07, October 2001), so the side-by-side record view shows it.
        var dated = corpus.Read("dated", "Headline <script>window.__pwned=(window.__pwned||[]).concat('record');document.title='PWNED record'</script>\n\n"
            + "On 8 October 2001 <img src=x onerror=\"window.__pwned=(window.__pwned||[]).concat('record-img')\"> Putin expressed firm support for the US-led strikes on Afghanistan.");
        var timeline = MediaLit.Timelines.TimelineAnalysis.Build([page, pasted, dated],
            MediaLit.Timelines.TimelineAnalysis.LexiconFor(corpus.DataDirectory), MediaLit.Timelines.TimelineAnalysis.ReferenceFor(corpus.DataDirectory));
        var recorded = timeline.Events.First(e => e.Reference is not null && e.Mentions.Any(m => m.ArticleId == "dated"));
        var pastedCase = corpus.Case(pasted);
        var evidence = new[] { corpus.Evidence(page), corpus.Evidence(pasted) };
        var outlets = MediaLit.Outlets.OutletProfiles.Load(corpus.DataDirectory);
        const string payload = "<script>window.__pwned=(window.__pwned||[]).concat('feedback');document.title='PWNED feedback'</script>";
        views =
        [
            .. views,
            ("CaseReport", pastedCase.Report()),
            ("RubricCard", pastedCase.Rubric.Card()),
            ("ClaimComparison", narratives.Claims.Compare("hedging")),
            ("RecordComparison", timeline.Compare(recorded.Reference!.Id)),
            ("Feedback", new Feedback(payload, Verdict.PartlyRight, payload)),
            ("OutletProfile", outlets.ForArticle(corpus["000"])),
            ("OutletProfiles", outlets),
            ("TextTable: claim matrix", narratives.Claims.MatrixTable()),
            ("TextTable: claim evidence", narratives.Claims.EvidenceTable("hedging")),
            ("TextTable: loaded language in context", narratives.FramingOf("pasted").KeywordsInContext()),
            ("TextTable: distinctive words", narratives.DistinctiveWordsOf("pasted").DistinctiveWordsTable()),
            ("TextTable: mentions", timeline.MentionTable()),
            ("TextTable: bounds", timeline.BoundTable()),
            ("TextTable: signals", evidence.SignalsTable()),
            ("TextTable: signals in context", evidence[1].InContext("places")),
            ("TextTable: scores", pastedCase.Rubric is var r ? new[] { r }.ScoresTable() : null!),
        ];
        var formatter = new MediaLitFormatterSource().CreateTypeFormatters().Cast<MediaLitFormatter>().Single(f => f.MimeType == "text/html");
        var body = new StringBuilder();
        foreach (var (name, view) in views)
        {
            using var writer = new StringWriter();
            Assert.True(formatter.Format(view, writer), $"no HTML formatter for {name}");
            body.Append("<section><h2>").Append(WebUtility.HtmlEncode(name)).Append("</h2>").Append(writer).Append("</section>\n");
        }
        Assert.Contains("pwned.invalid/quote", body.ToString(), StringComparison.Ordinal); // the payloads are shown, as text
        Assert.Contains("record-img", body.ToString(), StringComparison.Ordinal);
        Assert.Contains("PWNED feedback", body.ToString(), StringComparison.Ordinal);

        Assert.Empty(await BrowserPages.ScriptsThatRan(BrowserPages.Write("formatters.html", body.ToString())));
    }
}
