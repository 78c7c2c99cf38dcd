using System.Text.RegularExpressions;

namespace MediaLit.Tests;

/// <summary>
/// The teacher guide cites the record by row ("r07") and the articles by sentence ("001 #17", as the lessons
/// number them). Those citations are not links, so <see cref="LinkTests"/> cannot follow them: this does.
/// A quotation written right before a sentence citation must be in the cited sentences, word for word.
/// </summary>
public sealed partial class TeacherGuideCitationTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "teacher-guide.md"));

    [Fact]
    public void Every_record_row_the_guide_cites_is_a_row_of_the_reference_timeline()
    {
        var rows = File.ReadLines(Path.Combine(TestPaths.DataDirectory, "reference-timeline.csv")).Skip(1)
            .Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var cited = RecordRow().Matches(Guide).Select(m => m.Value).Distinct().ToList();

        Assert.True(cited.Count >= 30, $"the guide cites only {cited.Count} rows of the record");
        Assert.All(cited, row => Assert.True(rows.Contains(row), $"the guide cites {row}, which data/reference-timeline.csv does not have"));
    }

    [Fact]
    public void Every_cited_sentence_exists_and_a_quotation_before_its_citation_is_in_it()
    {
        foreach (Match citation in SentenceCitation().Matches(Guide))
        {
            var article = fixture.Corpus[citation.Groups["article"].Value];
            Assert.All(Sentences(citation.Groups["sentences"].Value), i =>
                Assert.True(i < article.Sentences.Count, $"{citation.Value}: article {article.Id} has {article.Sentences.Count} sentences"));
        }

        var quotations = QuotedCitation().Matches(Guide);
        Assert.True(quotations.Count >= 15, $"only {quotations.Count} quotations with a sentence citation found");
        foreach (Match quoted in quotations)
        {
            var article = fixture.Corpus[quoted.Groups["article"].Value];
            var cited = Plain(string.Join(" ", Sentences(quoted.Groups["sentences"].Value).Select(i => article.Sentences[i].Text)));
            // An ellipsis marks words left out: each part must be there on its own.
            foreach (var part in Plain(quoted.Groups["quote"].Value).Split('…').Select(p => p.Trim(' ', '.', ',')).Where(p => p.Length > 0))
                Assert.True(cited.Contains(part, StringComparison.Ordinal), $"\"{part}\" is not in {article.Id} {quoted.Groups["sentences"].Value}: {cited}");
        }
    }

    /// <summary>"#4, #8–9" as sentence numbers.</summary>
    private static IEnumerable<int> Sentences(string list) =>
        list.Split(", ").SelectMany(item =>
        {
            var bounds = item.TrimStart('#').Split('–', '-').Select(int.Parse).ToArray();
            return Enumerable.Range(bounds[0], bounds[^1] - bounds[0] + 1);
        });

    /// <summary>
    /// Text as compared: markdown emphasis dropped, one kind of quotation mark and apostrophe (the articles mix curly
    /// and straight ones, and the guide writes a quotation inside a quotation with single marks), single spaces.
    /// </summary>
    private static string Plain(string text) =>
        Spaces().Replace(text.Replace("*", "", StringComparison.Ordinal), " ")
            .Replace('“', '\'').Replace('”', '\'').Replace('‘', '\'').Replace('’', '\'').Replace('"', '\'').Trim();

    [GeneratedRegex(@"\br\d{2}\b")]
    private static partial Regex RecordRow();

    [GeneratedRegex(@"\b(?<article>00\d) (?<sentences>#\d+(?:[–-]\d+)?(?:, #\d+(?:[–-]\d+)?)*)")]
    private static partial Regex SentenceCitation();

    [GeneratedRegex(@"""(?<quote>[^""]{3,400})""[,:]? \(?(?<article>00\d) (?<sentences>#\d+(?:[–-]\d+)?(?:, #\d+(?:[–-]\d+)?)*)")]
    private static partial Regex QuotedCitation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
