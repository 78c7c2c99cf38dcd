using System.Reflection;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Loading;
using MediaLit.Reuse;

namespace MediaLit.Tests;

/// <summary>
/// Text reuse on the real articles. The expected passages were read off the two texts (and the
/// fact-check, §1): 001 copies two stretches of 000, with small edits.
/// </summary>
public sealed class ReuseTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private static readonly TextReuseOptions NoCues = new() { BackReferenceCues = ["the aforementioned", "the latter"] };

    private ReuseReport Report() => TextReuse.Find(_corpus);

    private Article A000 => _corpus["000"];
    private Article A001 => _corpus["001"];

    /// <summary>The span of 001's text from the first character of <paramref name="from"/> to the last of <paramref name="to"/>.</summary>
    private TextSpan In001(string from, string to)
    {
        string text = A001.Text;
        int start = text.IndexOf(from, StringComparison.Ordinal);
        int end = text.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        Assert.True(start >= 0 && end > start, $"\"{from}\" … \"{to}\" not found in 001");
        return new TextSpan(start, end);
    }

    [Fact]
    public void The_copied_fake_news_passage_is_found_across_two_paragraphs_of_001()
    {
        var expected = In001("The New York Times’ latest fake news provocation", "defeated the USSR");
        var passage = Assert.Single(Report().Between(A000, A001), p => p.SpanIn(A001).Overlaps(expected));
        Assert.Equal(expected, passage.SpanIn(A001));
        Assert.Contains('\n', passage.TextB);
        Assert.StartsWith("The New York Times' latest fake news provocation", passage.TextA);
        Assert.EndsWith("defeated the USSR", passage.TextA);
    }

    [Fact]
    public void The_closing_passage_is_one_passage_despite_multi_polar()
    {
        var expected = In001("Nevertheless, Russia’s new partnerships", "Afghan peace process");
        var passage = Assert.Single(Report().Between(A000, A001), p => p.SpanIn(A001).Overlaps(expected));
        Assert.Equal(expected, passage.SpanIn(A001));
        Assert.Contains("multi polar", passage.TextB);
        Assert.Contains("multipolar", passage.TextA);
        Assert.Equal(passage.WordsInA + 1, passage.WordsInB);
    }

    [Fact]
    public void About_175_words_of_001_lie_in_passages_shared_with_000()
    {
        var report = Report();
        int words = report.Between(A000, A001)
            .Sum(p => p.TextB.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 158, 192);
        Assert.Equal(2, report.Between(A000, A001).Count);
        Assert.InRange(report.ShareOf(A001).Fraction, 0.16, 0.21);
    }

    [Fact]
    public void No_other_pair_of_articles_shares_a_passage_of_eight_words()
    {
        var report = Report();
        Assert.All(report.Passages, p => Assert.Equal(("000", "001"), (p.A.Id, p.B.Id)));
        foreach (var id in new[] { "002", "003", "004" })
            Assert.Equal(0, report.ShareOf(_corpus[id]).SharedWords);
    }

    [Fact]
    public void The_aforementioned_in_001_dangles_and_its_context_in_000_is_the_list_of_countries()
    {
        var dangling = Assert.Single(Report().DanglingReferences);
        Assert.Same(A001, dangling.Article);
        Assert.Same(A000, dangling.Source);
        Assert.Equal("the aforementioned", dangling.CueText);
        Assert.StartsWith("The most prominent examples include Germany, Turkey,", dangling.ReferentContext);
        Assert.EndsWith("stemming from the Old Cold War.", dangling.ReferentContext);
        Assert.True(dangling.Passage.SpanIn(A001).Contains(dangling.Cue));
    }

    [Fact]
    public void The_aforementioned_in_000_is_not_flagged_because_its_list_comes_just_before_it() =>
        Assert.DoesNotContain(Report().DanglingReferences, d => d.Article == A000);

    [Fact]
    public void The_latter_deep_inside_a_passage_is_not_flagged_because_it_points_inside_the_passage()
    {
        // "…the Taliban considering that the latter grew out of…": the referent is in the same sentence.
        Assert.Contains(Report().Passages, p => p.TextB.Contains("the latter grew out", StringComparison.Ordinal));
        Assert.DoesNotContain(Report().DanglingReferences, d => d.CueText == "the latter");
    }

    [Fact]
    public void Every_passage_starts_and_ends_on_word_boundaries_and_its_two_sides_mostly_agree()
    {
        foreach (var p in Report().Passages)
        {
            foreach (var (article, span) in new[] { (p.A, p.SpanInA), (p.B, p.SpanInB) })
            {
                string text = article.Text;
                Assert.True(char.IsLetterOrDigit(text[span.Start]) && (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start - 1])), $"{article.Id} {span} starts inside a word");
                Assert.True(char.IsLetterOrDigit(text[span.End - 1]) && (span.End == text.Length || !char.IsLetterOrDigit(text[span.End])), $"{article.Id} {span} ends inside a word");
            }
            string[] a = Words(p.TextA), b = Words(p.TextB);
            double agreement = (double)CommonSubsequence(a, b) / Math.Max(a.Length, b.Length);
            Assert.True(agreement >= 0.9, $"{p}: only {agreement:P0} of the words agree");
        }

        // The test's own normalisation: lower case, letters and digits only.
        static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
    }

    [Fact]
    public void Passages_show_the_dates_without_deciding_direction()
    {
        var passage = Report().Between(A000, A001)[0];
        Assert.Equal("2020-07-01", passage.PublishedA?.Iso);
        Assert.Null(passage.PublishedB);
    }

    [Fact]
    public void The_overlap_matrix_has_shared_words_only_between_000_and_001()
    {
        var report = Report();
        var matrix = report.Matrix;
        Assert.Equal(5, matrix.Articles.Count);
        Assert.Equal(report.ShareOf(A001).SharedWords, matrix.Words(A001, A000));
        Assert.True(matrix.Words(A000, A001) > 150);
        int elsewhere = matrix.SharedWords.SelectMany(r => r).Sum() - matrix.Words(A000, A001) - matrix.Words(A001, A000);
        Assert.Equal(0, elsewhere);

        var table = matrix.ToTable();
        Assert.Equal(["article", "000", "001", "002", "003", "004"], table.Columns);
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(["002", "0", "0", "—", "0", "0"], table.Rows[2]);
    }

    // Speed is measured by the benchmarks (tests/MediaLit.Benchmarks), never by a clock in a test.
    [Fact]
    public void The_same_corpus_gives_the_same_report_every_time()
    {
        var first = Report();
        var again = Report();
        Assert.Equal(first.Passages.Select(p => (p.A.Id, p.SpanInA, p.B.Id, p.SpanInB)), again.Passages.Select(p => (p.A.Id, p.SpanInA, p.B.Id, p.SpanInB)));
    }

    // Edge cases on texts of our own.

    private const string Copied = "Russia hosted Taliban envoys in Moscow twice this year, and officials in Kabul "
        + "said they had not been told about either meeting in advance of the talks.\n";

    [Fact]
    public void An_article_compared_with_itself_is_not_reported()
    {
        var article = _corpus.Read("x", Copied);
        Assert.Empty(TextReuse.Find([article, article], NoCues).Passages);
        Assert.Empty(TextReuse.Find([A000, A000], NoCues).Passages);
    }

    [Theory]
    [InlineData("Russia met the Taliban.\n")]
    [InlineData("One two three four five six seven.\n")]
    public void Identical_texts_shorter_than_a_shingle_share_nothing(string text)
    {
        var report = TextReuse.Find([_corpus.Read("x", text), _corpus.Read("y", text)], NoCues);
        Assert.Empty(report.Passages);
        Assert.All(report.Shares, s => Assert.Equal(0, s.SharedWords));
    }

    [Fact]
    public void Identical_texts_of_exactly_eight_words_share_one_passage()
    {
        const string text = "One two three four five six seven eight.\n";
        var passage = Assert.Single(TextReuse.Find([_corpus.Read("x", text), _corpus.Read("y", text)], NoCues).Passages);
        Assert.Equal((8, 8), (passage.WordsInA, passage.WordsInB));
        Assert.Equal("One two three four five six seven eight", passage.TextA);
    }

    [Fact]
    public void A_one_word_substitution_in_the_middle_leaves_one_passage()
    {
        // Word 14 of 27: thirteen identical words on each side, more than a shingle.
        string edited = Copied.Replace(" said ", " claimed ", StringComparison.Ordinal);
        var passage = Assert.Single(TextReuse.Find([_corpus.Read("x", Copied), _corpus.Read("y", edited)], NoCues).Passages);
        Assert.Equal((27, 27), (passage.WordsInA, passage.WordsInB));
        Assert.Equal(26, passage.ExactWords);
        Assert.Contains("claimed", passage.TextB);
    }

    [Fact]
    public void Dropped_quotation_marks_brackets_and_curly_apostrophes_do_not_break_a_passage()
    {
        const string source = "The group (officially designated as \"terrorists\" by Moscow) said it's ready to talk to Russia's envoys.\n";
        const string copy = "The group; officially designated as terrorists by Moscow said it’s ready to talk to Russia’s envoys.\n";
        var passage = Assert.Single(TextReuse.Find([_corpus.Read("x", source), _corpus.Read("y", copy)], NoCues).Passages);
        Assert.Equal(passage.WordsInA, passage.ExactWords);
    }

    [Fact]
    public void A_gap_longer_than_the_limit_splits_the_passage()
    {
        // Three words replaced by five: more than the default gap of four on one side.
        string edited = Copied.Replace("they had not been", "the government had never once been", StringComparison.Ordinal);
        Assert.Equal(2, TextReuse.Find([_corpus.Read("x", Copied), _corpus.Read("y", edited)], NoCues).Passages.Count);
        Assert.Single(TextReuse.Find([_corpus.Read("x", Copied), _corpus.Read("y", edited)], NoCues with { MaxGap = 6 }).Passages);
    }

    [Fact]
    public void An_empty_list_or_a_single_article_gives_an_empty_report()
    {
        var none = TextReuse.Find([], NoCues);
        Assert.Empty(none.Passages);
        Assert.Empty(none.Shares);
        Assert.Empty(none.Matrix.SharedWords);

        var one = TextReuse.Find([A000], NoCues);
        Assert.Empty(one.Passages);
        Assert.Equal(0, Assert.Single(one.Shares).SharedWords);
    }

    [Fact]
    public void A_shingle_straddling_a_feed_footer_pairs_nothing_but_a_copy_up_to_the_footer_is_found()
    {
        // Six articles with the same footer (in all six: boilerplate). Two end their story with "the mayor said", so
        // "mayor said Read more local news from the" is in two articles only: it is not set aside itself, but it
        // touches the footer and must not pair them. Two others share a real sentence that runs up to the footer.
        const string Footer = "\nRead more local news from the Harbour Gazette every single morning.\n";
        const string Shared = "The ferry timetable changes on Monday because the harbour crane is being replaced.";
        string[] bodies =
        [
            "Bakers on Quay Street raised bread prices twice this winter, the mayor said.",
            "A new cycle lane along the canal opens after eleven months of delays, the mayor said.",
            "Volunteers counted four hundred swans at the lake during the annual census. " + Shared,
            "Fishermen welcomed the decision at a crowded meeting in the old town hall. " + Shared,
            "The library extends its opening hours on Thursdays until nine in the evening.",
            "School inspectors praised the science teaching at Westgate Primary this spring.",
        ];
        var feed = bodies.Select((body, i) => _corpus.Read($"x{i}", body + Footer)).ToList();
        var report = TextReuse.Find(feed, NoCues);

        Assert.Equal(6, report.SetAside.Articles);
        var passage = Assert.Single(report.Passages);
        Assert.Equal(("x2", "x3"), (passage.A.Id, passage.B.Id));
        Assert.Equal(Shared.TrimEnd('.'), passage.TextA);
    }

    [Fact]
    public void A_shingle_of_one_word_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextReuse.Find([A000], NoCues with { ShingleSize = 1 }));

    [Fact]
    public void A_missing_cue_list_is_an_error_naming_the_file_and_the_fix()
    {
        using var data = new TempDataFolder(copyRules: false);
        var error = Assert.Throws<CorpusException>(() => BackReferenceLexicon.Load(data.Root));
        Assert.Equal(CorpusProblem.MalformedRules, error.Problem);
        Assert.Contains("back-references.txt", error.Message);
        Assert.Contains("git checkout", error.Fix);
    }

    [Fact]
    public void The_cue_list_says_where_it_comes_from()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.DataDirectory, BackReferenceLexicon.RelativePath));
        Assert.Contains(lines, l => l.StartsWith("# Sources:", StringComparison.Ordinal));
        Assert.Contains("the aforementioned", BackReferenceLexicon.Load(TestPaths.DataDirectory));
    }

    // Display.

    [Fact]
    public void The_side_by_side_view_marks_both_passages_and_the_dangling_cue()
    {
        string html = Format(Report().Compare(A000, A001), "text/html");
        foreach (string other in new[] { "000", "001" })
            foreach (int n in new[] { 1, 2 })
                Assert.True(CountOf(html, $"<mark title=\"passage {n}, shared with {other}\">") > 0, $"passage {n} not marked on the side shared with {other}");
        Assert.Contains("<span class=\"passage-no\">[1]</span>", html);
        Assert.Contains("<span class=\"passage-no\">[2]</span>", html);
        Assert.Matches("<strong class=\"dangling\" title=\"[^\"<>]*\">the aforementioned</strong>", html);
        Assert.Contains("New York Times&#39; latest", html);

        string text = Format(Report().Compare(A000, A001), "text/plain");
        Assert.Contains("[[1: The New York Times’ latest", text);
        Assert.Contains(">>the aforementioned<<", text);
        Assert.Contains("limited to the Afghan peace process]]", text);
    }

    [Fact]
    public void The_side_by_side_runs_put_back_together_give_each_text()
    {
        var comparison = Report().Compare(A000, A001);
        foreach (var article in new[] { A000, A001 })
            Assert.Equal(article.Text, string.Concat(comparison.Runs(article).Select(r => r.Text)));
    }

    [Fact]
    public void Article_text_is_escaped_in_the_reuse_views()
    {
        const string hostile = "The minister said <script>alert('x')</script> & left the room before the vote was taken.\n";
        var report = TextReuse.Find([_corpus.Read("x", hostile), _corpus.Read("y", hostile)], NoCues);
        foreach (object view in new object[] { report, report.Compare(report.Articles[0], report.Articles[1]) })
            Assert.DoesNotContain("<script>", Format(view, "text/html"));
        Assert.Contains("&lt;script&gt;", Format(report, "text/html"));
    }

    [Fact]
    public void The_passages_table_gives_the_pair_the_words_and_how_each_side_starts_and_ends()
    {
        var table = Report().PassagesTable();
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("000 and 001", table.Rows[0][1]);
        Assert.Equal("2020-07-01 / undated", table.Rows[0][3]);
        Assert.Equal("The New York Times’ latest … Mujahiddin that defeated the USSR", table.Rows[0][5]);
        Assert.Contains("passages", Format(Report(), "text/plain"), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static int CommonSubsequence(string[] a, string[] b)
    {
        var row = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = 0;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>Formats as the kernel would: find the attribute by name, create the source, ask its formatters.</summary>
    internal static string Format(object value, string mimeType)
    {
        var attribute = value.GetType().GetCustomAttributes().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var formatters = (System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!;
        foreach (object formatter in formatters)
        {
            if ((string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)! != mimeType)
                continue;
            using var writer = new StringWriter();
            Assert.True((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!, $"The {mimeType} formatter declined a {value.GetType().Name}.");
            return writer.ToString();
        }
        throw new InvalidOperationException($"No {mimeType} formatter.");
    }
}
