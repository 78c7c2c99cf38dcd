using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>Loaded language and frame cues: counts per 1,000 words and keyword-in-context rows, with spans.</summary>
public sealed class NarrativeFramingTests(NarrativeFixture fixture) : IClassFixture<NarrativeFixture>
{
    private readonly NarrativeReport _report = fixture.Report;

    [Theory]
    [InlineData("000", "fake news", 4)]
    [InlineData("000", "national liberation", 1)]
    [InlineData("002", "political schizophrenia", 1)]
    [InlineData("004", "heinous", 1)]
    [InlineData("004", "malign", 1)]
    [InlineData("003", "fake news", 0)]
    public void Loaded_terms_are_counted_in_each_article(string article, string term, int count) =>
        Assert.Equal(count, _report.FramingOf(article).CountOf(term));

    [Fact]
    public void Terrorist_and_terrorism_are_one_labeling_term()
    {
        var hits = _report.FramingOf("004").LoadedLanguage.Where(h => h.Term.Term == "terrorist*|terrorism").Select(h => h.MatchText).ToList();
        Assert.Equal(["terrorist", "terrorism", "terrorism"], hits);
    }

    [Fact]
    public void Rates_are_per_thousand_words_of_the_searched_sentences()
    {
        var profile = _report.FramingOf("000");
        Assert.Equal(1000.0 * 4 / profile.Words, profile.PerThousandWords(profile.CountOf("fake news")), 6);
        Assert.InRange(profile.Words, 800, fixture.Corpus["000"].WordCount);
    }

    [Fact]
    public void A_hit_spans_the_words_as_written_and_its_sentence()
    {
        var hit = _report.FramingOf("000").LoadedLanguage.First(h => h.Term.Term == "fake news");
        Assert.Equal("Fake News", hit.MatchText);
        Assert.Equal(0, hit.SentenceIndex);
        Assert.True(hit.Sentence.Contains(hit.Span));
    }

    [Fact]
    public void Keyword_in_context_rows_show_the_words_around_each_hit()
    {
        var table = _report.FramingOf("002").KeywordsInContext("Loaded language");
        var row = table.Rows.Single(r => r[2] == "political schizophrenia");
        Assert.EndsWith("suggest “a certain", row[1], StringComparison.Ordinal);
        Assert.StartsWith("” and the lack", row[3], StringComparison.Ordinal);
        Assert.Equal("Loaded language", row[4]);
    }

    [Fact]
    public void Frame_cues_suggest_security_for_every_article()
    {
        Assert.All(_report.Framing, p => Assert.Contains(p.ByFrame(), f => f.Frame == "Security and defense" && f.Count > 0));
    }

    [Fact]
    public void Every_term_has_a_source_and_loaded_terms_a_technique()
    {
        var lexicon = _report.Lexicon.Framing;
        Assert.All(lexicon.LoadedLanguage.Concat(lexicon.FrameCues), t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
        Assert.All(lexicon.LoadedLanguage, t => Assert.False(string.IsNullOrWhiteSpace(t.Technique)));
        Assert.Equal(14, lexicon.FrameCues.Select(t => t.Frame).Distinct().Count());
    }

    [Fact]
    public void An_empty_text_has_no_hits_and_a_zero_rate()
    {
        var profile = fixture.Corpus.Narratives([fixture.Corpus.Read("x", "")]).FramingOf("x");
        Assert.Empty(profile.Hits);
        Assert.Equal(0, profile.PerThousandWords(0));
    }
}

/// <summary>The quick no per article before a term is searched for: never a no where the term's pattern matches.</summary>
public sealed class TermPresenceTests
{
    private static bool MayHold(string term, string text)
    {
        var starts = new TermStarts([TermPattern.Literals(term)]);
        var candidates = new List<int>();
        starts.Candidates(text, new TextSpan(0, text.Length), TermStarts.NeedsEveryTerm(text), new bool[1], candidates, new int[1], new int[1]);
        return candidates.Count == 1;
    }

    [Theory]
    [InlineData("malign*", "Their MALIGNANT plan.")]
    [InlineData("don't*|won't", "I don’t know.")]
    [InlineData("fake news", "FAKE\u00A0news again")]
    // The regex engine folds the Kelvin sign onto "k" when it ignores case; a look-up by ASCII letters does not.
    [InlineData("kabul", "In \u212Aabul today.")]
    [InlineData("“quoted", "a “quoted word")]
    [InlineData("G.R.U.|GRU", "the g.r.u. said")]
    [InlineData("a", "A plan")]
    public void A_text_the_pattern_matches_is_never_ruled_out(string term, string text)
    {
        Assert.Matches(TermPattern.Compile(term), text);
        Assert.True(MayHold(term, text));
    }

    [Theory]
    [InlineData("malign*", "A benign plan.")]
    [InlineData("fake news|hoax", "Nothing of the kind.")]
    [InlineData("lies", "He relies on it.")]
    public void A_text_without_the_words_is_ruled_out(string term, string text)
    {
        Assert.DoesNotMatch(TermPattern.Compile(term), text);
        Assert.False(MayHold(term, text));
    }
}
