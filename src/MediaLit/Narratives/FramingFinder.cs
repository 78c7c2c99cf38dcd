using System.Text.RegularExpressions;
using MediaLit.Articles;

namespace MediaLit.Narratives;

/// <summary>
/// Finds framing terms in an article. Within one list the longest term claims its words first, so
/// "outright lies" is one hit, not also "lies"; a word may still be both loaded language and a frame cue.
/// </summary>
internal sealed class FramingFinder(FramingLexicon lexicon)
{
    private readonly TermList _loaded = new(lexicon.LoadedLanguage);
    private readonly TermList _frames = new(lexicon.FrameCues);

    /// <summary>A list's terms, longest first, each with its pattern, and which of them a sentence's words can start.</summary>
    private sealed class TermList
    {
        public TermList(IEnumerable<FramingTerm> terms)
        {
            Terms = [.. terms.OrderByDescending(t => t.Term.Length)];
            Patterns = [.. Terms.Select(t => TermPattern.Compile(t.Term))];
            Starts = new TermStarts([.. Terms.Select(t => TermPattern.Literals(t.Term))]);
        }

        public FramingTerm[] Terms { get; }
        public Regex[] Patterns { get; }
        public TermStarts Starts { get; }
    }

    public FramingProfile Profile(Article article)
    {
        string text = article.Text;
        var sentences = article.Sentences.Where(s => s.ParagraphKind != ParagraphKind.Caption).ToList();
        int words = 0;
        foreach (var sentence in sentences)
            words += WordRuns.Count(text, sentence.Span);
        bool everyTerm = text.Contains('\u212A', StringComparison.Ordinal);
        var hits = new List<FramingHit>();
        var candidates = new List<int>();
        foreach (var list in (ReadOnlySpan<TermList>)[_loaded, _frames])
        {
            var marks = new bool[list.Starts.Count];
            var claimed = new List<TextSpan>();
            foreach (var sentence in sentences)
            {
                // Only the terms the sentence's words can start are searched for (most terms no sentence uses), in the
                // list's order, longest first.
                list.Starts.Candidates(text, sentence.Span, everyTerm, marks, candidates);
                foreach (int t in candidates)
                    // The text up to the sentence's end, as a span: a substring per sentence and term was most of the time.
                    foreach (var m in list.Patterns[t].EnumerateMatches(text.AsSpan(0, sentence.Span.End), sentence.Span.Start))
                    {
                        var span = new TextSpan(m.Index, m.Index + m.Length);
                        if (Overlaps(claimed, span))
                            continue;
                        claimed.Add(span);
                        hits.Add(new FramingHit(list.Terms[t], span, sentence.Index, sentence.Span) { Text = text });
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
