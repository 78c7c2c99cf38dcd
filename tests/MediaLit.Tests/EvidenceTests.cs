using System.Collections.Immutable;
using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Evidence;
using MediaLit.Reuse;

namespace MediaLit.Tests;

public sealed class EvidenceTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private static readonly string[] SourceSignals = ["named-sources", "anonymous-sources", "institutional-sources", "documents"];

    [Fact]
    public void Article_002_has_the_most_named_sources_and_direct_quotations()
    {
        var profiles = _corpus.Evidence();
        Assert.Equal("002", profiles.MaxBy(p => p["named-sources"].Count)!.Article.Id);
        Assert.Equal("002", profiles.MaxBy(p => p["quotations"].Count)!.Article.Id);
    }

    [Fact]
    public void Articles_000_and_003_have_the_fewest_attributions_per_thousand_words()
    {
        var fewest = _corpus.Evidence()
            .OrderBy(p => SourceSignals.Sum(id => p[id].PerThousandWords))
            .Take(2).Select(p => p.Article.Id).Order();
        Assert.Equal(["000", "003"], fewest);
    }

    [Fact]
    public void Every_hit_lies_in_its_sentence_and_every_count_lists_its_sentences()
    {
        foreach (var profile in _corpus.Evidence())
            foreach (var signal in profile.Signals)
            {
                foreach (var hit in signal.Hits)
                    Assert.True(profile.Article.Sentences[hit.SentenceIndex].Span.Contains(hit.Span), $"{profile.Article.Id} {signal.Id}: {hit.Span} outside sentence {hit.SentenceIndex}");
                Assert.Equal(signal.Hits.Select(h => h.SentenceIndex).Distinct().Count(), profile.SentencesFor(signal.Id).Count);
                Assert.Equal(signal.Count, profile.InContext(signal.Id).Rows.Count);
            }
    }

    [Theory]
    [InlineData("It may rain. He said “this is clearly a lie, certainly.”", "hedges", 1)]
    [InlineData("It may rain. He said “this is clearly a lie, certainly.”", "boosters", 0)]
    [InlineData("The US and the UN met. We think our view matters to us.", "self-mentions", 3)]
    [InlineData("In fact, it is the truth. Perhaps not.", "boosters", 2)]
    [InlineData("About 2,500 soldiers, 85 percent, and 1.5 million dollars in 2021.", "numbers", 3)]
    [InlineData("On July 8, 2021 and in the 1980s, and after 9/11.", "dates", 3)]
    public void Signals_count_the_authors_words_only(string body, string signal, int expected)
    {
        var article = _corpus.Read("t", "Headline\n\n" + body + "\n");
        var profile = EvidenceOf(article);
        Assert.Equal(expected, profile[signal].Count);
    }

    private EvidenceProfile EvidenceOf(Article article) => _corpus.Evidence(article);

    [Fact]
    public void Disclosure_reads_the_page_not_the_fact_check()
    {
        var byId = _corpus.Evidence().ToDictionary(p => p.Article.Id, p => p.Disclosure);
        Assert.Equal(new Disclosure(true, true, true), byId["000"]);
        Assert.Equal(new Disclosure(false, false, false), byId["001"]);
        Assert.Equal(new Disclosure(false, false, false), byId["002"]);
        Assert.Equal(new Disclosure(false, true, false), byId["003"]);
        Assert.Equal(new Disclosure(true, true, false), byId["004"]);
    }

    [Fact]
    public void Passages_001_copied_from_000_do_not_corroborate_000()
    {
        var reuse = TextReuse.Find(_corpus);
        var a000 = _corpus["000"];
        var a001 = _corpus["001"];
        var a002 = _corpus["002"];
        // The claim "the bounty report is fake news": 000 says it, and 001 says it only inside the copied passage.
        var support = new Dictionary<Article, IReadOnlyList<TextSpan>>
        {
            [a000] = [SentenceWith(a000, "fake news provocation")],
            [a001] = [SentenceWith(a001, "fake news provocation")],
        };
        var denial = Corroboration.Find(a000, "the bounty report is fabricated", support, reuse);
        Assert.Empty(denial.Independent);
        Assert.Equal([a001], denial.Copies);
        Assert.Equal(InformationCredibility.CannotBeJudged, denial.SuggestedCredibility.Credibility);

        // 002 reports the New York Times story in its own words: that is independent.
        support[a002] = [SentenceWith(a002, "The New York Times reported")];
        var report = Corroboration.Find(a000, "the New York Times reported bounties", support, reuse);
        Assert.Equal([a002], report.Independent);
        Assert.Equal(InformationCredibility.PossiblyTrue, report.SuggestedCredibility.Credibility);
    }

    private static TextSpan SentenceWith(Article article, string words) =>
        article.Sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal)).Span;

    [Theory]
    [InlineData(0, null, InformationCredibility.CannotBeJudged)]
    [InlineData(1, null, InformationCredibility.PossiblyTrue)]
    [InlineData(2, null, InformationCredibility.ProbablyTrue)]
    [InlineData(5, null, InformationCredibility.ProbablyTrue)]
    [InlineData(0, true, InformationCredibility.Confirmed)]
    [InlineData(3, false, InformationCredibility.Improbable)]
    public void Credibility_is_suggested_from_independent_reports_and_the_record(int independent, bool? record, InformationCredibility expected) =>
        Assert.Equal(expected, Admiralty.SuggestCredibility(independent, record).Credibility);

    [Fact]
    public void Reliability_stays_F_until_a_student_justifies_a_grade()
    {
        var grade = new AdmiraltyGrade("002", "claim", SourceReliability.F, Admiralty.NotJudged, InformationCredibility.CannotBeJudged, "none");
        Assert.Equal("F6", grade.Code);
        Assert.Throws<ArgumentException>(() => grade.WithReliability(SourceReliability.B, " "));
        Assert.Equal("B6", grade.WithReliability(SourceReliability.B, "Corrects its errors in public.").Code);
    }

    [Fact]
    public void Changing_a_rubric_weight_changes_the_scores_and_nothing_else()
    {
        var rubric = Rubric.Load(_corpus.DataDirectory);
        var before = _corpus.RubricScores(rubric);
        string folder = Path.Combine(Path.GetTempPath(), "medialit-rubric-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string json = File.ReadAllText(Path.Combine(_corpus.DataDirectory, Rubric.FileName))
                .Replace("{ \"signal\": \"named-sources\", \"weight\": 2,", "{ \"signal\": \"named-sources\", \"weight\": 0.5,", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, Rubric.FileName), json);
            var changed = Rubric.Load(folder);
            var after = _corpus.RubricScores(changed);

            Assert.NotEqual(before.Select(s => s["evidence"].Score), after.Select(s => s["evidence"].Score));
            Assert.Equal(before.Select(s => s["who"].Score), after.Select(s => s["who"].Score));
            Assert.Equal(before.Select(s => s["voice"].Score), after.Select(s => s["voice"].Score));
            foreach (var (b, a) in before.Zip(after))
                Assert.Equal(b.Profile.Signals.Select(s => (s.Id, s.Count)), a.Profile.Signals.Select(s => (s.Id, s.Count)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_rubric_component_explains_its_arithmetic()
    {
        var score = _corpus.RubricScores().Single(s => s.Profile.Article.Id == "002");
        var named = score["evidence"].Components.Single(c => c.Component.Signal == "named-sources");
        Assert.Equal(1.0, named.Value);
        Assert.Contains("per 1,000 words (full at 10) → 1.00 × +2 = +2.00", named.Explanation);
        Assert.NotEmpty(named.Sentences);
        Assert.InRange(score.Overall, 0, 100);
    }

    [Fact]
    public void The_bounty_matrix_finds_its_evidence_in_the_articles()
    {
        var matrix = AchReader.Load(_corpus);
        Assert.Equal(["H1", "H2", "H3"], matrix.Hypotheses.Select(h => h.Id));
        foreach (var item in matrix.Evidence.Where(e => e.ArticleId is not null))
            Assert.Contains(item.Span!.Value.Of(_corpus[item.ArticleId!].Text), _corpus[item.ArticleId!].Text);
        // Denials by the accused fit every hypothesis, so they cannot decide between them.
        Assert.Equal(0, matrix.Diagnosticity("E2"));
        Assert.DoesNotContain(matrix.Leaders, h => h.Id == "H2");
    }
}

/// <summary>ACH arithmetic on a small matrix worked out by hand.</summary>
public sealed class AchArithmeticTests
{
    // E1: H1 C,  H2 I,  H3 N      inconsistency: H1 0, H2 1, H3 0
    // E2: H1 II, H2 C,  H3 C                      H1 2, H2 1, H3 0
    // E3: H1 N,  H2 N,  H3 N      (not diagnostic)
    // E4: H1 CC, H2 I,  H3 I                      H1 2, H2 2, H3 1
    // Totals: H1 2, H2 2, H3 1 → H3 leads. Diagnosticity: E1 2, E2 3, E3 0, E4 3.
    // Without E4: H1 2, H2 1, H3 0 → H3 still leads. Without E2: H1 0, H2 2, H3 1 → H1 leads (a change).
    private static AchMatrix Matrix() => AchMatrix.Create("test",
        [new("H1", "one", ""), new("H2", "two", ""), new("H3", "three", "")],
        [new("E1", "", null, null, null, ""), new("E2", "", null, null, null, ""), new("E3", "", null, null, null, ""), new("E4", "", null, null, null, "")],
        [
            ("E1", "H1", "C"), ("E1", "H2", "I"), ("E1", "H3", "N"),
            ("E2", "H1", "II"), ("E2", "H2", "C"), ("E2", "H3", "C"),
            ("E3", "H1", "N"), ("E3", "H2", "N"), ("E3", "H3", "N"),
            ("E4", "H1", "CC"), ("E4", "H2", "I"), ("E4", "H3", "I"),
        ]);

    [Theory]
    [InlineData("H1", 2)]
    [InlineData("H2", 2)]
    [InlineData("H3", 1)]
    public void Inconsistency_counts_I_once_and_II_twice(string hypothesis, int expected) =>
        Assert.Equal(expected, Matrix().Inconsistency(hypothesis));

    [Theory]
    [InlineData("E1", 2)]
    [InlineData("E2", 3)]
    [InlineData("E3", 0)]
    [InlineData("E4", 3)]
    public void Diagnosticity_is_the_spread_of_an_items_ratings(string evidence, int expected) =>
        Assert.Equal(expected, Matrix().Diagnosticity(evidence));

    [Fact]
    public void The_least_inconsistent_hypothesis_leads()
    {
        Assert.Equal(["H3"], Matrix().Leaders.Select(h => h.Id));
        Assert.Equal(["H3", "H1", "H2"], Matrix().Ranking.Select(r => r.Hypothesis.Id));
    }

    [Fact]
    public void Sensitivity_shows_which_item_the_lead_depends_on()
    {
        var results = Matrix().Sensitivity().ToDictionary(s => s.Dropped.Id);
        Assert.False(results["E4"].ChangesLeaders);
        Assert.True(results["E2"].ChangesLeaders);
        Assert.Equal(["H1"], results["E2"].Leaders.Select(h => h.Id));
    }

    [Fact]
    public void An_override_changes_one_rating_and_keeps_the_suggestions()
    {
        var original = Matrix();
        var changed = original.With("E3", "H1", AchRating.VeryInconsistent);
        Assert.Equal(4, changed.Inconsistency("H1"));
        Assert.Equal(AchRating.Neutral, original["E3", "H1"]);
        Assert.Throws<ArgumentException>(() => original.With("E9", "H1", AchRating.Consistent));
    }

    [Theory]
    [InlineData("CC", AchRating.VeryConsistent)]
    [InlineData(" c ", AchRating.Consistent)]
    [InlineData("N", AchRating.Neutral)]
    [InlineData("ii", AchRating.VeryInconsistent)]
    public void Ratings_are_read_from_Heuers_codes(string code, AchRating expected) =>
        Assert.Equal(expected, AchMatrix.ParseRating(code));

    [Fact]
    public void An_unknown_rating_code_is_an_error() =>
        Assert.Throws<FormatException>(() => AchMatrix.ParseRating("maybe"));
}

public sealed class AdmiraltyGradingTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private IReadOnlyList<AdmiraltyGrade> Grades(IReadOnlyDictionary<string, (SourceReliability, string)>? reliability = null) =>
        MediaLit.Narratives.NarrativeAnalysis.Narratives(_corpus).AdmiraltyGrades(TextReuse.Find(_corpus), reliability);

    [Fact]
    public void The_copied_denial_in_001_never_corroborates_000()
    {
        var claim = MediaLit.Narratives.NarrativeAnalysis.LexiconFor(_corpus.DataDirectory).Codebook["report-fabricated"].Label;
        var of000 = Grades().Single(g => g.ArticleId == "000" && g.Claim == claim);
        Assert.Contains("001", of000.CredibilityReason);
        Assert.DoesNotContain(Grades(), g => g.ArticleId != "001" && g.Claim == claim && g.Credibility == InformationCredibility.ProbablyTrue
            && g.CredibilityReason.Contains("2 other articles", StringComparison.Ordinal) && !g.CredibilityReason.Contains("count as", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_grade_starts_at_F_until_the_student_judges_the_source()
    {
        Assert.All(Grades(), g => Assert.Equal(SourceReliability.F, g.Reliability));
        var judged = Grades(new Dictionary<string, (SourceReliability, string)> { ["002"] = (SourceReliability.B, "Publishes corrections; state-funded.") });
        Assert.All(judged.Where(g => g.ArticleId == "002"), g => Assert.StartsWith("B", g.Code, StringComparison.Ordinal));
        Assert.All(judged.Where(g => g.ArticleId != "002"), g => Assert.StartsWith("F", g.Code, StringComparison.Ordinal));
    }
}
