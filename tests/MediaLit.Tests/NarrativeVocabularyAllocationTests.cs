using MediaLit.Articles;
using MediaLit.Narratives;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// The distinctive-vocabulary comparison keeps its scores as arrays and makes a <see cref="DistinctiveWord"/> only
/// when one is read (<see cref="ScoredWords"/>). These tests hold it to that: a bound on the bytes the comparison of the
/// five articles allocates, and the lazy lists read the same as <see cref="LogOddsRatio.Compare"/> scoring each
/// article against the others, the documented computation.
/// </summary>
public sealed class NarrativeVocabularyAllocationTests(NarrativeFixture fixture, ITestOutputHelper output) : IClassFixture<NarrativeFixture>
{
    // It allocated about 55 bytes per character of clean text when every word of the corpus had a score object and a
    // word object for every article (1.7 MB for the five articles' 31,000 characters), and about 7 after. The bound
    // catches an object per word and article coming back, not a few arrays more. Bytes are counted, not time, so a
    // busy machine cannot fail it.
    [Fact]
    public void Comparing_the_five_articles_allocates_at_most_ten_bytes_per_character()
    {
        var articles = fixture.Corpus.ToList();
        var lexicon = NarrativeAnalysis.LexiconFor(fixture.Corpus.DataDirectory);
        double alpha0 = new NarrativeOptions().PriorWeight;
        long characters = articles.Sum(a => (long)a.Text.Length);
        // Warmed first: the sentences are made once per article, and the first calls compile the code.
        long perPass = AllocatedBytes.PerPass(() => Read(DistinctiveVocabulary.Compare(articles, lexicon.StopWords, alpha0)));

        output.WriteLine($"{perPass:N0} bytes a pass for {characters:N0} characters of text ({(double)perPass / characters:0.00} per character)");
        Assert.True(perPass <= 10 * characters, $"Comparing the five articles' vocabulary allocated {perPass:N0} bytes a pass, over ten per character of their {characters:N0}.");
    }

    // What a lesson reads after the comparison: the top words of each article.
    private static void Read(IReadOnlyList<DistinctiveWords> compared)
    {
        foreach (var words in compared)
            Assert.NotEmpty(words.Top(15));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_articles_words_read_as_LogOddsRatio_Compare_scores_them_against_the_others(bool removeStopWords)
    {
        var report = removeStopWords
            ? fixture.Report
            : fixture.Corpus.Narratives(new NarrativeOptions { RemoveStopWords = false, MarkSharedPassages = false });
        foreach (var article in report.DistinctiveWords)
        {
            // The article's counts from where its words occur; the others' from the other articles' lists.
            var here = article.Words.Where(w => w.Spans.Count > 0).ToDictionary(w => w.Word, w => w.Spans.Count, StringComparer.Ordinal);
            var elsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var other in report.DistinctiveWords.Where(d => d != article))
                foreach (var word in other.Words.Where(w => w.Spans.Count > 0))
                    elsewhere[word.Word] = elsewhere.GetValueOrDefault(word.Word) + word.Spans.Count;
            var prior = new Dictionary<string, int>(elsewhere, StringComparer.Ordinal);
            foreach (var (word, count) in here)
                prior[word] = prior.GetValueOrDefault(word) + count;

            var expected = LogOddsRatio.Compare(here, elsewhere, prior, report.Options.PriorWeight);

            Assert.Equal(expected.Count, article.Words.Count);
            // Records compare every field; doubles exactly.
            Assert.Equal(expected, article.Words.Select(w => w.Score));
            Assert.Equal(expected, article.Words.Select(w => w.Score));
            Assert.All(article.Words, w => Assert.Equal(w.Score.Z, w.Z));
            Assert.All(article.Words, w => Assert.All(w.Spans, s => Assert.Equal(w.Word, Normalised(article.Article.Slice(s)))));
            Assert.Equal(expected.Select(s => s.Word), Enumerable.Range(0, article.Words.Count).Select(i => article.Words[i].Word));

            // Top, Avoided and the indexer answer from the arrays; they must agree with reading the list.
            Assert.Equal(article.Words.Where(w => w.Score.CountHere >= 2).Take(15).Select(w => w.Score), article.Top(15, 2).Select(w => w.Score));
            Assert.Equal(article.Words.Where(w => w.Score.CountHere >= 1).Take(40).Select(w => w.Score), article.Top(40, 1).Select(w => w.Score));
            Assert.Equal(article.Words.Reverse().Take(15).Select(w => w.Score), article.Avoided(15).Select(w => w.Score));
            foreach (var score in expected.Where((_, i) => i % 50 == 0))
                Assert.Equal(score, article[score.Word]?.Score);
            Assert.Null(article["no such word"]);
        }
    }

    [Fact]
    public void Reading_a_word_twice_gives_equal_words()
    {
        var words = fixture.Report.DistinctiveWordsOf("000");
        Assert.Equal(words.Words[0], words.Words[0]);
        Assert.Equal(words.Top(15), words.Top(15));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.Words[words.Words.Count]);
    }

    // As the comparison normalises a word, for the spans' text: lower case, curly apostrophe and hyphen straight,
    // no full stops, a final 's dropped.
    private static string Normalised(string text)
    {
        string word = text.ToLowerInvariant().Replace('’', '\'').Replace('‐', '-').Replace(".", "", StringComparison.Ordinal);
        return word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
    }
}
