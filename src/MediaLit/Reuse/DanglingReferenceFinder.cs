using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>
/// Flags back-references that a shared passage carried away from what they refer to.
/// <para>
/// Rule: a cue from the lexicon lies in the passage's opening sentence in article X (so what it
/// points to should come before the passage), and in the other article Y the passage follows
/// text that X does not share. Deeper inside a passage a cue usually points inside the passage
/// ("the Taliban … the latter"), so only the opening sentence is checked.
/// </para>
/// <para>
/// The rule alone is symmetric: Y's cue, if Y has one, also follows text X lacks. What breaks the
/// tie is where the passage sits: a passage that opens a paragraph in one text and starts in the
/// middle of a paragraph in the other was most likely joined on to foreign text in the second,
/// so only that one is flagged. When the paragraphs give no hint, both sides are flagged and the
/// reason says so. This is a heuristic for a lesson to examine, not proof of who copied.
/// </para>
/// </summary>
internal sealed class DanglingReferenceFinder(IReadOnlyList<string> cues, TextReuseOptions options)
{
    // Longest first, so "the aforementioned" wins over "aforementioned" at the same word.
    private readonly string[][] _cues = cues
        .Select(c => WordTokenizer.Tokenize(c).Select(t => t.Key).ToArray())
        .Where(k => k.Length > 0)
        .DistinctBy(k => string.Join(' ', k))
        .OrderByDescending(k => k.Length)
        .ToArray();

    public IEnumerable<DanglingReference> Find(SharedPassage passage, Alignment alignment, IReadOnlyList<WordToken> tokensA,
        IReadOnlyList<WordToken> tokensB, IReadOnlyList<SharedPassage> passagesOfPair)
    {
        var sideA = new Side(passage.A, passage.SpanInA, tokensA, alignment.AStart, alignment.AEnd);
        var sideB = new Side(passage.B, passage.SpanInB, tokensB, alignment.BStart, alignment.BEnd);
        var flaggedA = Check(sideA, sideB, passage, passagesOfPair).ToList();
        var flaggedB = Check(sideB, sideA, passage, passagesOfPair).ToList();
        if (flaggedA.Count > 0 && flaggedB.Count > 0)
        {
            const string Both = " Both texts have a back-reference here and the paragraphs give no hint which lost its referent: read both.";
            return flaggedA.Concat(flaggedB).Select(d => d with { Reason = d.Reason + Both });
        }
        return flaggedA.Concat(flaggedB);
    }

    private sealed record Side(Article Article, TextSpan Span, IReadOnlyList<WordToken> Tokens, int Start, int End);

    private IEnumerable<DanglingReference> Check(Side x, Side y, SharedPassage passage, IReadOnlyList<SharedPassage> passagesOfPair)
    {
        var contextInY = ContextBefore(y.Article, y.Span.Start);
        if (contextInY is not { } referentContext || IsShared(y.Article, referentContext, passagesOfPair))
            yield break;
        // If X's own preceding text is also shared, the referent travelled with the passage.
        if (ContextBefore(x.Article, x.Span.Start) is { } contextInX && IsShared(x.Article, contextInX, passagesOfPair))
            yield break;
        if (StartsParagraph(x.Article, x.Span.Start) && !StartsParagraph(y.Article, y.Span.Start))
            yield break;

        int openingEnd = x.Article.SentenceAt(x.Span.Start)?.Span.End
            ?? x.Tokens[Math.Min(x.End, x.Start + options.ShingleSize) - 1].End;
        for (int i = x.Start; i < x.End && x.Tokens[i].Start < openingEnd;)
        {
            int length = MatchCue(x.Tokens, i, x.End);
            if (length == 0)
            {
                i++;
                continue;
            }
            var cue = new TextSpan(x.Tokens[i].Start, x.Tokens[i + length - 1].End);
            string cueText = cue.Of(x.Article.Text);
            string excerpt = Excerpt(referentContext.Of(y.Article.Text));
            yield return new DanglingReference(x.Article, cue, passage, referentContext,
                $"\"{cueText}\" opens a passage that {x.Article.Id} shares with {y.Article.Id}. In {y.Article.Id} the passage comes "
                + $"after \"{excerpt}\", which {x.Article.Id} does not have, so what \"{cueText}\" points to may have stayed in {y.Article.Id}.");
            i += length;
        }
    }

    private int MatchCue(IReadOnlyList<WordToken> tokens, int at, int end)
    {
        foreach (var cue in _cues)
        {
            if (at + cue.Length > end)
                continue;
            bool match = true;
            for (int k = 0; k < cue.Length && match; k++)
                match = tokens[at + k].Key == cue[k];
            if (match)
                return cue.Length;
        }
        return 0;
    }

    /// <summary>
    /// The text just before <paramref name="position"/>: the part of its sentence before it, or, when
    /// it starts a sentence, the previous sentence; then further sentences back as the options ask.
    /// </summary>
    private TextSpan? ContextBefore(Article article, int position)
    {
        var sentences = article.Sentences;
        int s = -1;
        for (int i = 0; i < sentences.Count && sentences[i].Span.Start <= position; i++)
            s = i;
        if (s < 0)
            return null;
        bool startsSentence = !HasWord(article.Text, sentences[s].Span.Start, position);
        int last = startsSentence ? s - 1 : s;
        if (last < 0)
            return null;
        int first = Math.Max(0, last - (options.ContextSentences - 1));
        int start = sentences[first].Span.Start;
        int end = startsSentence ? sentences[last].Span.End : position;
        while (end > start && char.IsWhiteSpace(article.Text[end - 1]))
            end--;
        return end > start && HasWord(article.Text, start, end) ? new TextSpan(start, end) : null;
    }

    private static bool IsShared(Article article, TextSpan span, IReadOnlyList<SharedPassage> passages) =>
        passages.Any(p => p.SpanIn(article).Overlaps(span));

    private static bool StartsParagraph(Article article, int position)
    {
        var paragraph = article.Paragraphs.FirstOrDefault(p => p.Span.Contains(position));
        return paragraph is null || !HasWord(article.Text, paragraph.Span.Start, position);
    }

    private static bool HasWord(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]))
                return true;
        return false;
    }

    private static string Excerpt(string text)
    {
        string flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 80 ? flat : flat[..77].TrimEnd() + "…";
    }
}
