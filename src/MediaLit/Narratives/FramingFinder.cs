using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Finds framing terms in an article. Within one list the longest term claims its words first, so
/// "outright lies" is one hit, not also "lies"; a word may still be both loaded language and a frame cue.
/// </summary>
internal sealed class FramingFinder(FramingLexicon lexicon)
{
    private readonly List<(FramingTerm Term, Regex Pattern, string[]? Literals)> _loaded = Compile(lexicon.LoadedLanguage);
    private readonly List<(FramingTerm Term, Regex Pattern, string[]? Literals)> _frames = Compile(lexicon.FrameCues);

    private static List<(FramingTerm, Regex, string[]?)> Compile(IEnumerable<FramingTerm> terms) =>
        terms.OrderByDescending(t => t.Term.Length).Select(t => (t, TermPattern.Compile(t.Term), TermPattern.Literals(t.Term))).ToList();

    public FramingProfile Profile(Article article)
    {
        var sentences = article.Sentences.Where(s => s.ParagraphKind != ParagraphKind.Caption).ToList();
        int words = 0;
        foreach (var sentence in sentences)
            words += WordRuns.Count(article.Text, sentence.Span);
        var hits = new List<FramingHit>();
        foreach (var list in new[] { _loaded, _frames })
        {
            // Only the terms the article may hold are searched for in each sentence (most it never uses); their order,
            // longest first, is kept.
            var terms = list.Where(t => TermPattern.MayOccurIn(article.Text, t.Literals)).ToList();
            var claimed = new List<TextSpan>();
            foreach (var sentence in sentences)
                foreach (var (term, pattern, _) in terms)
                    // The text up to the sentence's end, as a span: a substring per sentence and term was most of the time.
                    foreach (var m in pattern.EnumerateMatches(article.Text.AsSpan(0, sentence.Span.End), sentence.Span.Start))
                    {
                        var span = new TextSpan(m.Index, m.Index + m.Length);
                        if (claimed.Any(c => c.Overlaps(span)))
                            continue;
                        claimed.Add(span);
                        hits.Add(new FramingHit(term, span, sentence.Index, sentence.Span) { Text = article.Text });
                    }
        }
        return new FramingProfile(article, words, hits.OrderBy(h => h.Span.Start).ThenBy(h => h.Term.Kind).ToList());
    }
}
