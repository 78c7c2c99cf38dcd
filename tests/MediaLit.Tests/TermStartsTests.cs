using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Narratives;

namespace MediaLit.Tests;

/// <summary>
/// The framing and claim finders run a term's regex only in sentences whose words can start it (<see cref="TermStarts"/>).
/// These check that no sentence the regex matches is ruled out, and that no match starts outside the first and last places a search covers, for every term of the pack's lists, on the articles and
/// on seeded texts that glue the terms to awkward neighbours, and the case-folding fact the look-up rests on.
/// </summary>
public sealed class TermStartsTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Only_the_Kelvin_sign_folds_onto_an_ascii_letter_or_digit()
    {
        for (char ascii = '0'; ascii <= 'z'; ascii++)
        {
            if (!char.IsAsciiLetterOrDigit(ascii))
                continue;
            var pattern = new Regex(Regex.Escape(ascii.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (int c = 128; c <= char.MaxValue; c++)
                if (pattern.IsMatch(((char)c).ToString()))
                    Assert.True(c == '\u212A' && char.ToLowerInvariant(ascii) == 'k', $"U+{c:X4} matches \"{ascii}\" ignoring case.");
        }
    }

    [Fact]
    public void No_sentence_a_term_matches_is_ruled_out_nor_searched_outside_its_first_and_last_places()
    {
        var lexicon = NarrativeAnalysis.LexiconFor(fixture.Corpus.DataDirectory);
        var terms = lexicon.Framing.LoadedLanguage.Concat(lexicon.Framing.FrameCues).Select(t => t.Term)
            .Concat(lexicon.Codebook.Claims.SelectMany(c => c.Cues.SelectMany(set => set)))
            .Concat(lexicon.Codebook.StanceCues.Select(c => c.Cue))
            .Distinct().ToList();
        var starts = new TermStarts([.. terms.Select(TermPattern.Literals)]);
        var patterns = terms.Select(TermPattern.Compile).ToList();
        var texts = fixture.Corpus.Select(a => a.Text).Concat(Glued(terms, 300)).ToList();
        int matched = 0;
        var marks = new bool[terms.Count];
        var candidates = new List<int>();
        var firstAt = new int[terms.Count];
        var lastAt = new int[terms.Count];
        foreach (string text in texts)
        {
            var article = fixture.Corpus.Read("glued", text);
            bool kelvin = TermStarts.NeedsEveryTerm(article.Text);
            foreach (var sentence in article.Sentences)
            {
                starts.Candidates(article.Text, sentence.Span, kelvin, marks, candidates, firstAt, lastAt);
                for (int t = 0; t < terms.Count; t++)
                {
                    bool any = false;
                    foreach (var m in patterns[t].EnumerateMatches(article.Text.AsSpan(0, sentence.Span.End), sentence.Span.Start))
                    {
                        if (!any)
                        {
                            matched++;
                            Assert.True(candidates.BinarySearch(t) >= 0, $"\"{terms[t]}\" matches “{sentence.Text}” but was ruled out.");
                            Assert.True(m.Index >= firstAt[t],
                                $"\"{terms[t]}\" matches “{sentence.Text}” at {m.Index}, before {firstAt[t]}, where its search would start.");
                        }
                        any = true;
                        Assert.True(m.Index <= lastAt[t],
                            $"\"{terms[t]}\" matches “{sentence.Text}” at {m.Index}, after {lastAt[t]}, the last place it may start.");
                    }
                }
            }
        }
        Assert.True(matched > 1_000, $"Only {matched} sentence matches were checked.");
    }

    /// <summary>Terms (a "*" filled in) in upper, lower and title case, glued to characters around word boundaries.</summary>
    private static IEnumerable<string> Glued(List<string> terms, int count)
    {
        string[] glue = ["", "", " ", "_", "é", "1", "-", "'", "’", "\u00AD", "\u0301", "ſ", "(", "“", "\u00A0"];
        var random = new Random(18);
        for (int i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (int piece = 0; piece < 30; piece++)
            {
                string term = terms[random.Next(terms.Count)].Split('|')[random.Next(2) == 0 ? 0 : ^1].Replace("*", random.Next(2) == 0 ? "" : "ing");
                term = random.Next(4) switch { 0 => term.ToUpperInvariant(), 1 => term.ToLowerInvariant(), _ => term };
                text.Append(glue[random.Next(glue.Length)]).Append(term).Append(glue[random.Next(glue.Length)]).Append(random.Next(6) == 0 ? ". " : " ");
            }
            yield return text.ToString();
        }
    }
}
