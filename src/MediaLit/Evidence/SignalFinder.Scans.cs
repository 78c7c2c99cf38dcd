using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Evidence;

internal static partial class SignalFinder
{
    /// <summary>
    /// Dates, then numbers that are neither a year nor inside a date. Each sentence is read as the whole input, as
    /// Match(text, start, length) reads it: its look-arounds and word boundaries see nothing outside the sentence.
    /// </summary>
    private static void Specifics(string text, List<Sentence> body, List<SignalHit> dates, List<SignalHit> numbers, List<TextSpan> dateSpans)
    {
        foreach (var sentence in body)
        {
            int start = sentence.Span.Start;
            var input = text.AsSpan(start, sentence.Span.Length);
            foreach (var m in DateExpression().EnumerateMatches(input))
            {
                if (m.Length == 0)
                    continue;
                var span = new TextSpan(start + m.Index, start + m.Index + m.Length);
                dates.Add(new SignalHit(sentence.Index, span, new string(input.Slice(m.Index, m.Length))));
                dateSpans.Add(span);
            }
        }
        foreach (var sentence in body)
        {
            int start = sentence.Span.Start;
            var input = text.AsSpan(start, sentence.Span.Length);
            foreach (var m in Number().EnumerateMatches(input))
            {
                var value = input.Slice(m.Index, m.Length);
                var span = new TextSpan(start + m.Index, start + m.Index + m.Length);
                // Date hits are in reading order and never overlap: a binary search per number, not a pass over every date.
                // The string is made only for a number that is kept.
                if (m.Length == 0 || Year().IsMatch(value) || dateSpans.AnyContains(span))
                    continue;
                numbers.Add(new SignalHit(sentence.Index, span, new string(value)));
            }
        }
    }

    /// <summary>
    /// The hits of each word list in the body sentences, in reading order, outside that list's excluded spans. Each
    /// sentence's word starts (where the character before is not a letter or digit) are walked once for every list; a
    /// list that matched reads on after its match, so its hits are what scanning the sentence with
    /// "(?&lt;![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])" for that list alone finds.
    /// </summary>
    private static void WordHits(string text, List<Sentence> body, Patterns patterns, List<TextSpan>[] excluded, List<SignalHit>[] hits)
    {
        var lists = patterns.Lists;
        var byAsciiFirst = patterns.ListsByAsciiFirst;
        var byAsciiPair = patterns.ListsByAsciiPair;
        Span<int> next = stackalloc int[lists.Length];
        foreach (var sentence in body)
        {
            int start = sentence.Span.Start;
            var input = text.AsSpan(start, sentence.Span.Length);
            next.Clear();
            // p is always a word start: the sentence's first character, or one after a character that is not a letter or digit.
            for (int p = 0; p < input.Length; )
            {
                int word = 0;
                while (p + word < input.Length && WordList.IsLetterOrDigit(input[p + word]))
                    word++;
                // Lists that can match here, as far as the first two characters tell (all of them, beyond ASCII).
                char first = input[p];
                int which = first >= 128 ? -1
                    : p + 1 < input.Length && input[p + 1] < 128 ? byAsciiPair[first * 128 + input[p + 1]]
                    : byAsciiFirst[first];
                for (int k = 0; which >> k != 0 && k < lists.Length; k++)
                {
                    if ((which >> k & 1) == 0 || p < next[k])
                        continue;
                    int length = lists[k].MatchAt(input, p, word);
                    if (length == 0)
                        continue;
                    next[k] = p + length;
                    var span = new TextSpan(start + p, start + p + length);
                    // Quotations are in reading order and never overlap: a binary search, not a pass over all of them per hit.
                    if (excluded[k].AnyContains(span))
                        continue;
                    var matched = input.Slice(p, length);
                    hits[k].Add(new SignalHit(sentence.Index, span, lists[k].Spelling(matched) ?? new string(matched)));
                }
                // The character after the word is not a letter or digit: the one after it starts the next word.
                p += word + 1;
            }
        }
    }

    private static void FromAttributions(IReadOnlyList<Attribution> attributions, SignalScratch into)
    {
        foreach (var a in attributions)
        {
            var kind = a.Kind switch
            {
                SourceKind.NamedOfficial or SourceKind.NamedExpert or SourceKind.NamedPerson or SourceKind.JournalistOrOutlet => into.Named,
                SourceKind.AnonymousGroup or SourceKind.RoleOnly => into.Anonymous,
                SourceKind.Institution => into.Institutional,
                SourceKind.Document => into.Documents,
                _ => null,
            };
            kind?.Add(new SignalHit(a.SentenceIndex, a.Source ?? a.Content, a.Speaker ?? a.SourceText ?? a.Cue));
            // One quotation a sentence: the first attribution of the sentence that quotes.
            if (a.IsQuotation && into.Quoted.Add(a.SentenceIndex))
                into.Quotations.Add(new SignalHit(a.SentenceIndex, a.Content, a.Speaker ?? ""));
        }
    }

    /// <summary>Links whose anchor is in a sentence, and those of them that kept their address (the same hits).</summary>
    private static void Links(Article article, List<SignalHit> all, List<SignalHit> withAddress)
    {
        foreach (var link in article.Links)
        {
            if (article.SentenceAt(link.AnchorSpan.Start) is not { } sentence)
                continue;
            var hit = new SignalHit(sentence.Index, link.AnchorSpan, link.AnchorText);
            all.Add(hit);
            if (link.HasAddress)
                withAddress.Add(hit);
        }
    }
}
