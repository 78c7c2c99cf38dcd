using MediaLit.Articles;
using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>Lesson 3 (competing narratives): the claim matrix on the real articles, and the stance rules on small texts.</summary>
public sealed class NarrativeClaimTests(NarrativeFixture fixture) : IClassFixture<NarrativeFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private readonly NarrativeReport _report = fixture.Report;

    private ClaimStance Cell(string article, string claim) => _report.Claims[article, claim];

    private ClaimStance Synthetic(string claim, string text) =>
        _corpus.Narratives([_corpus.Read("x", text)]).Claims["x", claim];

    [Theory]
    [InlineData("000", "bounty", new[] { Stance.Denies })]
    [InlineData("001", "bounty", new[] { Stance.Denies, Stance.AttributesToSource })]
    [InlineData("002", "bounty", new[] { Stance.ReportsDenial, Stance.AttributesToSource })]
    [InlineData("003", "bounty", new[] { Stance.NotMentioned })]
    [InlineData("004", "bounty", new[] { Stance.NotMentioned })]
    [InlineData("001", "arms-supply", new[] { Stance.Asserts })]
    [InlineData("003", "arms-supply", new[] { Stance.AttributesToSource })]
    [InlineData("004", "arms-supply", new[] { Stance.AttributesToSource })]
    [InlineData("001", "us-invasion-2001", new[] { Stance.Asserts })]
    [InlineData("003", "us-invasion-2001", new[] { Stance.Denies })]
    [InlineData("000", "trade-corridor", new[] { Stance.Asserts })]
    [InlineData("002", "report-fabricated", new[] { Stance.AttributesToSource })]
    [InlineData("000", "report-fabricated", new[] { Stance.Asserts })]
    public void Each_article_takes_the_fact_checked_stance_on_a_claim(string article, string claim, Stance[] expected) =>
        Assert.Equal(expected, Cell(article, claim).Stances);

    [Fact]
    public void Article_001_contradicts_itself_on_the_bounty_in_a_passage_copied_from_000()
    {
        var cell = Cell("001", "bounty");
        Assert.True(cell.ContradictsItself);
        var denial = Assert.Single(cell.EvidenceFor(Stance.Denies));
        Assert.StartsWith("The New York Times’ latest fake news provocation", denial.SentenceText, StringComparison.Ordinal);
        Assert.Equal("fake news", denial.StanceCueText);
        Assert.Equal(["000"], denial.SharedWith);
        var assertion = Assert.Single(cell.Endorsements);
        Assert.StartsWith("United States secret service officials have said", assertion.SentenceText, StringComparison.Ordinal);
        Assert.Equal(Sourcing.SourceKind.AnonymousGroup, Assert.Single(assertion.Sources).Kind);
        Assert.False(assertion.IsDistanced);
        Assert.Empty(assertion.SharedWith);
    }

    [Fact]
    public void Only_001_contradicts_itself()
    {
        var cell = Assert.Single(_report.Claims.SelfContradictions);
        Assert.Equal(("001", "bounty"), (cell.Article.Id, cell.Claim.Id));
    }

    [Fact]
    public void Article_002_credits_the_bounty_story_to_the_New_York_Times_and_reports_Kabulovs_denial()
    {
        var cell = Cell("002", "bounty");
        var report = Assert.Single(cell.EvidenceFor(Stance.AttributesToSource));
        Assert.Equal(["The New York Times"], report.SourceNames);
        var denial = Assert.Single(cell.EvidenceFor(Stance.ReportsDenial));
        Assert.Equal(["Zamir Kabulov"], denial.SourceNames);
        Assert.True(denial.IsFollowOn);
        Assert.Equal(["the report"], denial.ClaimWordTexts);
        Assert.Equal(report.SentenceIndex + 1, denial.SentenceIndex);
        Assert.False(cell.ContradictsItself);
    }

    [Theory]
    [InlineData("003", "a top NATO general from the US", Sourcing.SourceKind.RoleOnly)]
    [InlineData("004", "Afghan officials", Sourcing.SourceKind.AnonymousGroup)]
    public void Arms_supply_is_credited_to_unnamed_sources(string article, string source, Sourcing.SourceKind kind)
    {
        var evidence = Assert.Single(Cell(article, "arms-supply").Evidence);
        var attribution = Assert.Single(evidence.Sources);
        Assert.Equal(source, attribution.SourceText);
        Assert.Equal(kind, attribution.Kind);
        Assert.Null(attribution.Speaker);
    }

    [Theory]
    [InlineData("anti-isis", "000")]
    [InlineData("anti-isis", "003")]
    [InlineData("anti-isis", "004")]
    [InlineData("opium", "004")]
    [InlineData("minerals", "003")]
    [InlineData("minerals", "004")]
    [InlineData("revenge", "003")]
    [InlineData("revenge", "001")]
    [InlineData("trade-corridor", "000")]
    [InlineData("us-invasion-2001", "001")]
    [InlineData("us-invasion-2001", "003")]
    public void Motives_are_found_where_the_fact_check_finds_them(string claim, string article) =>
        Assert.True(Cell(article, claim).Mentions);

    [Theory]
    [InlineData("opium", "000")]
    [InlineData("opium", "003")]
    [InlineData("trade-corridor", "003")]
    [InlineData("trade-corridor", "004")]
    [InlineData("minerals", "000")]
    [InlineData("us-invasion-2001", "004")]
    public void Motives_are_not_found_where_the_article_has_none(string claim, string article) =>
        Assert.Equal([Stance.NotMentioned], Cell(article, claim).Stances);

    [Fact]
    public void Articles_001_and_003_take_opposite_stances_on_2001()
    {
        Assert.Equal(Stance.Asserts, Cell("001", "us-invasion-2001").Overall);
        var denials = Cell("003", "us-invasion-2001").Evidence;
        Assert.Equal(["hesitant", "neutral"], denials.Select(e => e.StanceCueText));
    }

    [Fact]
    public void Vengeance_in_001_is_asserted_because_Russias_denial_is_in_another_clause()
    {
        var evidence = Assert.Single(Cell("001", "revenge").Evidence);
        Assert.Equal(Stance.Asserts, evidence.Stance);
        Assert.Equal(["vengeance"], evidence.ClaimWordTexts);
    }

    [Fact]
    public void Balancing_after_instead_of_is_not_denied_by_fake_news_before_it()
    {
        var sentence = _corpus["000"].Sentences.Single(s => s.Text.StartsWith("The previous fake news allegations", StringComparison.Ordinal));
        Assert.Equal(Stance.Asserts, Cell("000", "balancing").Evidence.Single(e => e.SentenceIndex == sentence.Index).Stance);
        Assert.Equal(Stance.Denies, Cell("000", "arms-supply").Evidence.Single(e => e.SentenceIndex == sentence.Index).Stance);
    }

    [Fact]
    public void Nicholsons_rebuttal_of_the_anti_ISIS_story_is_a_reported_denial()
    {
        var denial = Assert.Single(Cell("004", "anti-isis").EvidenceFor(Stance.ReportsDenial));
        Assert.Equal(["John Nicholson"], denial.SourceNames);
        Assert.Equal("not based on fact", denial.StanceCueText);
    }

    [Theory]
    [InlineData("The bounty story is fake news.", Stance.Denies)]
    [InlineData("Zamir Kabulov said the bounty story was “outright lies.”", Stance.ReportsDenial)]
    [InlineData("“The bounty story is a hoax from start to finish,” said Zamir Kabulov.", Stance.ReportsDenial)]
    [InlineData("Russia paid bounties to the Taliban.", Stance.Asserts)]
    [InlineData("The New York Times reported that Russia paid bounties to the Taliban.", Stance.AttributesToSource)]
    [InlineData("Russia paid bounties to the Taliban, but Moscow denied it.", Stance.Asserts)]
    public void Stance_rules_on_one_sentence(string text, Stance expected) =>
        Assert.Equal([expected], Synthetic("bounty", text).Stances);

    [Theory]
    [InlineData("")]
    [InlineData("Russia and Pakistan held joint exercises.")]
    public void A_text_without_the_claim_does_not_mention_it(string text)
    {
        var cell = Synthetic("bounty", text);
        Assert.False(cell.Mentions);
        Assert.Equal(Stance.NotMentioned, cell.Overall);
        Assert.False(cell.ContradictsItself);
    }

    [Fact]
    public void Distanced_attribution_beside_a_denial_is_not_a_contradiction()
    {
        var cell = Synthetic("bounty", "The New York Times claimed that Russia paid bounties to the Taliban. This bounty story is fake news.");
        Assert.Equal([Stance.Denies, Stance.AttributesToSource], cell.Stances);
        Assert.True(cell.EvidenceFor(Stance.AttributesToSource).Single().IsDistanced);
        Assert.False(cell.ContradictsItself);
    }

    [Fact]
    public void Every_codebook_example_is_found_in_its_article()
    {
        foreach (var claim in _report.Codebook.Claims)
            foreach (var example in claim.Examples)
            {
                var article = _corpus[example.ArticleId];
                int at = article.Text.IndexOf(example.Quote, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{claim.Id}: the quote \"{example.Quote}\" is not in article {example.ArticleId}.");
                Assert.Contains(Cell(example.ArticleId, claim.Id).Evidence, e => e.Sentence.Contains(at));
            }
    }

    [Fact]
    public void Every_claim_has_a_label_a_description_examples_and_a_source()
    {
        Assert.Equal(12, _report.Codebook.Claims.Count);
        Assert.All(_report.Codebook.Claims, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Label));
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.NotEmpty(c.Examples);
            Assert.Contains("Fact-check", c.Source, StringComparison.Ordinal);
        });
        Assert.All(_report.Codebook.StanceCues, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    [Fact]
    public void Every_evidence_span_lies_in_its_sentence_and_covers_its_claim_words()
    {
        foreach (var cell in _report.Claims.Cells)
            foreach (var e in cell.Evidence)
            {
                Assert.Equal(cell.Article.Sentences[e.SentenceIndex].Span, e.Sentence);
                Assert.NotEmpty(e.ClaimWords);
                Assert.All(e.ClaimWords, w => Assert.True(e.Sentence.Contains(w), $"{cell}: {w} outside {e.Sentence}"));
                if (e.StanceCue is { } cue)
                    Assert.True(e.Sentence.Contains(cue));
                Assert.Equal(e.Stance is Stance.Denies or Stance.ReportsDenial, e.StanceCue is not null);
            }
    }

    [Fact]
    public void Claim_words_are_the_articles_own_text()
    {
        var evidence = Cell("003", "arms-supply").Evidence.Single();
        Assert.Equal(["supplying", "weapons", "Taliban"], evidence.ClaimWordTexts);
        var article = _corpus["003"];
        Assert.All(evidence.ClaimWords, w => Assert.Equal(w.Of(article.Text), article.Slice(w)));
    }

    [Fact]
    public void The_matrix_becomes_parallel_columns_for_a_DataFrame()
    {
        var columns = _report.Claims.ToColumns();
        Assert.All(new[] { columns.Claim.Length, columns.Stance.Length, columns.Sentences.Length, columns.Sources.Length, columns.ContradictsItself.Length },
            n => Assert.Equal(columns.Article.Length, n));
        int bountyDenial = Enumerable.Range(0, columns.Count).Single(i => columns.Article[i] == "001" && columns.Claim[i] == "bounty" && columns.Stance[i] == "denies");
        Assert.Equal(1, columns.Sentences[bountyDenial]);
        Assert.True(columns.ContradictsItself[bountyDenial]);
        int notMentioned = Enumerable.Range(0, columns.Count).Single(i => columns.Article[i] == "003" && columns.Claim[i] == "bounty");
        Assert.Equal(("not mentioned", 0), (columns.Stance[notMentioned], columns.Sentences[notMentioned]));
        // Every article and claim appears, so a group-by sees the whole matrix.
        Assert.Equal(_report.Articles.Count * _report.Codebook.Claims.Count, columns.Article.Zip(columns.Claim).Distinct().Count());
    }
}

/// <summary>The corpus and its narratives report, computed once for the narrative test classes.</summary>
public sealed class NarrativeFixture
{
    public NarrativeFixture()
    {
        Corpus = Corpus.Load(TestPaths.DataDirectory);
        Report = Corpus.Narratives();
    }

    public Corpus Corpus { get; }
    public NarrativeReport Report { get; }
}
