using MediaLit.Articles;
using MediaLit.Cases;
using MediaLit.Cleaning;
using MediaLit.Display;
using MediaLit.Html;
using MediaLit.Loading;
using MediaLit.Reuse;

namespace MediaLit.Tests;

/// <summary>
/// Bring your own feed (issue #16 items 3, 4, 7), on a feed the rules were not written for: the Lakeside Ledger,
/// 32 texts and a web page in Data/feed/ (see its README for what it holds on purpose).
/// </summary>
public sealed class FeedTests
{
    private static readonly string FeedFolder = Path.Combine(AppContext.BaseDirectory, "Data", "feed");
    private const string SiteFooter = "The Lakeside Ledger is run by volunteers";
    private static readonly Lazy<Corpus> LazyFeed = new(() => FeedLoader.Load(FeedFolder, TestPaths.DataDirectory));
    private static Corpus Feed => LazyFeed.Value;

    [Fact]
    public void A_folder_without_a_manifest_loads_every_text_and_page()
    {
        Assert.Equal(33, Feed.Count);
        Assert.Empty(Feed.Problems);
        Assert.Contains(Feed, a => a.FileName.EndsWith(".html", StringComparison.Ordinal) || a.Id == "ledger-32");
    }

    [Fact]
    public void The_site_footer_no_rule_names_is_removed_by_repetition_from_every_article()
    {
        foreach (var article in Feed)
        {
            Assert.DoesNotContain(SiteFooter, article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Creative Commons", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Mastodon", article.Text, StringComparison.Ordinal);
        }
        var textArticles = Feed.Where(a => a.Id != "ledger-32").ToList();
        Assert.All(textArticles, a => Assert.Contains(a.Removals, r => r.RuleId == FeedRules.RepeatedLineId && r.Text.Contains(SiteFooter, StringComparison.Ordinal)));
    }

    [Fact]
    public void Cleaning_on_the_feed_only_deletes_and_records_every_removal()
    {
        foreach (var article in Feed.Where(a => a.Id != "ledger-32"))
        {
            Assert.Null(Accounting.PartitionFault(article));
            // The rebuilt raw text is the file as decoded, character for character.
            string file = File.ReadAllText(Path.Combine(FeedFolder, article.FileName));
            Assert.Equal(file, article.RawText);
        }
    }

    [Fact]
    public void Bullets_are_kept_and_captions_need_a_story_beside_them()
    {
        var listed = Feed["ledger-05"];
        Assert.Equal(2, listed.Paragraphs.Count(p => p.Text.StartsWith('•')));
        Assert.Contains(listed.BodySentences, s => s.Text.Contains("auditors say", StringComparison.Ordinal));

        var captioned = Feed["ledger-01"];
        Assert.Single(captioned.Paragraphs, p => p.Kind == ParagraphKind.Caption && p.Text.Contains("(left)", StringComparison.Ordinal));

        // The same caption signs in a one-paragraph paste are not a caption: the text keeps its sentences.
        var pasted = Feed.Read("pasted", "The mayor (left) said the bridge would open in May, two years late. (Source: City of Lakeside)");
        Assert.Equal(ParagraphKind.Body, Assert.Single(pasted.Paragraphs).Kind);
        Assert.NotEmpty(pasted.BodySentences);
        Assert.Empty(pasted.CleaningWarnings());

        var bullets = Feed.Read("bullets", "• The council met on Tuesday and approved the budget.\n• The vote was 7 to 2.");
        Assert.Equal(2, bullets.Paragraphs.Count);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_gives_the_same_paragraphs(string ending)
    {
        var lf = Feed["ledger-00"];
        string raw = File.ReadAllText(Path.Combine(FeedFolder, "ledger-00.txt")).Replace("\n", ending, StringComparison.Ordinal);
        var other = Feed.Read("ending", raw);
        Assert.Equal(lf.Paragraphs.Select(p => p.Text), other.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Metadata_is_read_from_the_text_and_unknowns_say_how_we_know()
    {
        var article = Feed["ledger-03"];
        Assert.Equal("Eastwick funds a new school roof", article.Metadata.Title.Value);
        Assert.NotNull(article.Metadata.Author.Value);
        Assert.StartsWith("By ", article.Removals.First(r => r.RuleId == "metadata.byline").Text, StringComparison.Ordinal);
        Assert.Equal(2025, article.Metadata.Published.Value!.Date.Year);
        Assert.Null(article.Metadata.Outlet.Value);
        Assert.Contains("feed folder, which has no manifest", article.Metadata.Outlet.FromManifest.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_on_the_cleaned_feed_finds_only_the_real_copy()
    {
        // Cleaning already took the footers out (by repetition), so nothing is left to set aside.
        var report = TextReuse.Find(Feed);
        Assert.False(report.SetAside.Any);
        Assert.Contains(report.Passages, p => (p.A.Id, p.B.Id) == ("ledger-03", "ledger-07") && p.TextB.Contains("told reporters", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Passages, p => p.TextA.Contains("Lakeside Ledger", StringComparison.Ordinal));
    }

    [Fact]
    public void Reuse_on_raw_texts_sets_the_footer_aside_instead_of_pairing_every_article()
    {
        // Without the cleaning pass (each text read alone), every article keeps the site footer: reuse must not
        // report 32 × 31 / 2 pairs of "copying".
        var rules = CleaningRules.Load(TestPaths.DataDirectory);
        var alone = Directory.GetFiles(FeedFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleReader.FromText(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), rules)).ToList();
        Assert.All(alone, a => Assert.Contains(SiteFooter, a.Text, StringComparison.Ordinal));
        var report = TextReuse.Find(alone, new TextReuseOptions { Boilerplate = rules.Feed.Boilerplate });
        Assert.Equal(32, report.SetAside.Articles);
        Assert.Equal(32, report.SetAside.Passages);
        Assert.Contains(SiteFooter, report.SetAside.Example, StringComparison.Ordinal);
        // The footer pairs no articles, not even through a shingle that straddles its edge (an article's last word and
        // the footer's first seven): the raw texts pair exactly the articles the cleaned feed pairs. The generated
        // texts share template wording ("“We waited 9 years for this,” said"), so that is more than the real copy.
        Assert.DoesNotContain(report.Passages, p => p.TextA.Contains("Lakeside Ledger", StringComparison.Ordinal) || p.TextB.Contains("Lakeside Ledger", StringComparison.Ordinal));
        var cleanedPairs = TextReuse.Find(Feed).Passages.Select(p => (p.A.Id, p.B.Id)).ToHashSet();
        Assert.Equal(cleanedPairs.Order(), report.Passages.Select(p => (p.A.Id, p.B.Id)).ToHashSet().Order());
        Assert.Contains(report.Passages, p => (p.A.Id, p.B.Id) == ("ledger-03", "ledger-07"));
        Assert.Contains("Set aside as feed boilerplate (rule feed-boilerplate", Plain(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_and_the_rest_still_load()
    {
        using var folder = new TempFolder();
        foreach (string file in Directory.GetFiles(FeedFolder, "ledger-0*.txt"))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        File.WriteAllBytes(Path.Combine(folder.Path, "broken.txt"), [0x00, 0x01, 0xFF, 0x00, 0x02]);
        File.WriteAllText(Path.Combine(folder.Path, "empty.txt"), "");
        File.WriteAllText(Path.Combine(folder.Path, "notes.docx"), "not a text");

        var feed = Corpus.LoadFolder(folder.Path, TestPaths.DataDirectory);
        Assert.Equal(10, feed.Count);
        Assert.Equal(["broken.txt", "empty.txt", "notes.docx"], feed.Problems.Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.All(feed.Problems, p => Assert.Contains(p.File, p.Message, StringComparison.Ordinal));
        Assert.Contains("broken.txt", Plain(feed), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_lesson_analysis_runs_on_the_feed()
    {
        foreach (var article in Feed)
        {
            var report = new CaseReport(Feed.Case(article));
            Assert.Contains(article.Metadata.Title.Value ?? "unknown", Plain(report), StringComparison.Ordinal);
        }
        Assert.NotEmpty(Feed.Overview().ToPlainText());
        Assert.NotEmpty(Feed.RemovalSummary().ToPlainText());
    }

    [Fact]
    public void The_case_report_says_when_cleaning_removed_most_of_the_text()
    {
        var corpus = Feed;
        string furniture = string.Join("\n", Enumerable.Repeat("Share: Facebook | Mastodon | Email", 20));
        var article = corpus.Read("mostly-furniture", "Harbour wall reopens\n" + furniture + "\nThe harbour wall reopened on Monday after repairs.");
        var warnings = article.CleaningWarnings();
        Assert.Single(warnings);
        Assert.Contains("Cleaning removed", Plain(new CaseReport(corpus.Case(article))), StringComparison.Ordinal);

        var empty = corpus.Read("only-furniture", "Share: Facebook | Email\nTweet | Print");
        Assert.Contains(empty.CleaningWarnings(), w => w.StartsWith("Cleaning left no sentence", StringComparison.Ordinal));
    }

    private static string Plain(object shown)
    {
        using var writer = new StringWriter();
        Assert.True(PlainTextView.TryWrite(shown, writer));
        return writer.ToString();
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("medialit-feed-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
