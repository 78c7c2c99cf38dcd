using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Finds framing terms in an article. Within one list the longest term claims its words first, so
/// "outright lies" is one hit, not also "lies"; a word may still be both loaded language and a frame cue.
/// </summary>
internal sealed class FramingFinder(FramingLexicon lexicon)
{
    private readonly (FramingTerm[] Terms, TermList Search) _loaded = LongestFirst(lexicon.LoadedLanguage);
    private readonly (FramingTerm[] Terms, TermList Search) _frames = LongestFirst(lexicon.FrameCues);

    private static (FramingTerm[], TermList) LongestFirst(IEnumerable<FramingTerm> terms)
    {
        FramingTerm[] sorted = [.. terms.OrderByDescending(t => t.Term.Length)];
        return (sorted, new TermList([.. sorted.Select(t => t.Term)]));
    }

    public FramingProfile Profile(Article article)
    {
        string text = article.Text;
        var sentences = article.Sentences.Where(s => s.ParagraphKind != ParagraphKind.Caption).ToList();
        int words = 0;
        foreach (var sentence in sentences)
            words += WordRuns.Count(text, sentence.Span);
        bool everyTerm = TermStarts.NeedsEveryTerm(text);
        var hits = new List<FramingHit>();
        var candidates = new List<int>();
        foreach (var (terms, search) in (ReadOnlySpan<(FramingTerm[], TermList)>)[_loaded, _frames])
        {
            var marks = new bool[search.Starts.Count];
            var firstAt = new int[search.Starts.Count];
            var lastAt = new int[search.Starts.Count];
            var claimed = new List<TextSpan>();
            foreach (var sentence in sentences)
            {
                // A match lies within its sentence, and sentences do not overlap: only this sentence's hits can be overlapped
                // (checking every hit of the article so far made the check grow with the square of the article's hits).
                claimed.Clear();
                // Only the terms the sentence's words can start are searched for (most terms no sentence uses), in the
                // list's order, longest first.
                search.Starts.Candidates(text, sentence.Span, everyTerm, marks, candidates, firstAt, lastAt);
                foreach (int t in candidates)
                    // The text up to the sentence's end, as a span (a substring per sentence and term was most of the time),
                    // searched from the first place the term may start.
                    foreach (var m in search.Patterns[t].EnumerateMatches(text.AsSpan(0, sentence.Span.End), firstAt[t]))
                    {
                        var span = new TextSpan(m.Index, m.Index + m.Length);
                        if (!Overlaps(claimed, span))
                        {
                            claimed.Add(span);
                            hits.Add(new FramingHit(terms[t], span, sentence.Index, sentence.Span) { Text = text });
                        }
                        // The next match would start where this one ends, after the last place the term may start.
                        if (span.End > lastAt[t])
                            break;
                    }
            }
        }
        return new FramingProfile(article, words, hits.OrderBy(h => h.Span.Start).ThenBy(h => h.Term.Kind).ToList());
    }

    private static bool Overlaps(List<TextSpan> claimed, TextSpan span)
    {
        foreach (var c in claimed)
            if (c.Overlaps(span))
                return true;
        return false;
    }
}
