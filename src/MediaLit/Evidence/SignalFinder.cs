using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Loading;
using MediaLit.Sourcing;

namespace MediaLit.Evidence;

/// <summary>
/// Counts the evidence signals of an article's running text (body paragraphs). Sources and quotations
/// come from the attribution finder of lesson 1; specifics, hedges, boosters and self-mentions from
/// word lists in <c>data/lexicons/</c>. Metadiscourse is the author's own voice, so words inside
/// quotations are not counted as hedges or boosters.
/// </summary>
internal static partial class SignalFinder
{
    // Linear, though NonBacktracking has no look-arounds: the look-behind lets a number start only where a digit run
    // does, and from there each loop gives back at most its own run, each step checked by a one-character look-ahead.
    [GeneratedRegex(@"(?<![\p{L}\d/])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?:%|per\s?cent|percent))?(?![\p{L}\d/])")]
    private static partial Regex Number();

    // Linear: a month, day or year between word boundaries: every repetition is bounded (at most four digits).
    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2})?(?:,?\s(?:19|20)\d{2})?|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(?:19|20)\d{2})?|(?:19|20)\d{2}(?:-(?:19|20)\d{2})?s?|9/11)\b")]
    private static partial Regex DateExpression();

    // Linear: anchored; four digits.
    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    public static EvidenceProfile Find(Article article, SourcingProfile sourcing, EvidenceLexicon lexicon, SourcingLexicon people)
    {
        var body = article.BodySentences.ToList();
        int words = sourcing.BodyWords;
        var quotes = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).SelectMany(p => Quotations.Find(article.Text, p.Span)).ToList();

        Signal FromAttributions(string id, string label, Func<Attribution, bool> which) => new(id, label, "sources",
            sourcing.Attributions.Where(which).Select(a => new SignalHit(a.SentenceIndex, a.Source ?? a.Content, a.Speaker ?? a.SourceText ?? a.Cue)).ToList(), words);

        Signal FromPattern(string id, string label, string group, TermPattern pattern, bool outsideQuotes) =>
            new(id, label, group, Hits(article, body, pattern, outsideQuotes ? quotes : []), words);

        var patterns = PatternsFor(lexicon, people);
        var dates = Hits(article, body, new TermPattern(DateExpression(), null), []);
        // Date hits are in reading order and never overlap: a binary search per number, not a pass over every date.
        var dateSpans = dates.Select(d => d.Span).ToList();
        var numbers = Hits(article, body, new TermPattern(Number(), null), []).Where(h => !Year().IsMatch(h.Term) && !dateSpans.AnyContains(h.Span)).ToList();

        var signals = new List<Signal>
        {
            FromAttributions("named-sources", "named sources", a => a.Kind is SourceKind.NamedOfficial or SourceKind.NamedExpert or SourceKind.NamedPerson or SourceKind.JournalistOrOutlet),
            FromAttributions("anonymous-sources", "anonymous or role-only sources", a => a.Kind is SourceKind.AnonymousGroup or SourceKind.RoleOnly),
            FromAttributions("institutional-sources", "governments and institutions", a => a.Kind == SourceKind.Institution),
            FromAttributions("documents", "documents cited", a => a.Kind == SourceKind.Document),
            new("quotations", "direct quotations", "quotations",
                sourcing.Attributions.Where(a => a.IsQuotation).DistinctBy(a => a.SentenceIndex).Select(a => new SignalHit(a.SentenceIndex, a.Content, a.Speaker ?? "")).ToList(), words),
            new("numbers", "numbers and amounts", "specifics", numbers, words),
            new("dates", "dates", "specifics", dates, words),
            FromPattern("people", "named people", "specifics", patterns.People, outsideQuotes: false),
            FromPattern("places", "named places", "specifics", patterns.Places, outsideQuotes: false),
            Metadiscourse("hedges", "hedges (may, perhaps, likely …)", "hedge"),
            Metadiscourse("boosters", "boosters (clearly, in fact, the truth …)", "booster"),
            Metadiscourse("attitude", "attitude markers (dangerous, surprising …)", "attitude"),
            Metadiscourse("self-mentions", "first person (I, we, our …)", "self-mention"),
            new("links", "links", "links", Links(article, link => true), words),
            new("links-with-address", "links that keep their address", "links", Links(article, link => link.HasAddress), words),
        };
        var m = article.Metadata;
        return new EvidenceProfile(article, signals, new Disclosure(OnThePage(m.Author), OnThePage(m.Published), OnThePage(m.Outlet)));

        Signal Metadiscourse(string id, string label, string category) => FromPattern(id, label, "voice", patterns.Metadiscourse.GetValueOrDefault(category) ?? NoTerms, outsideQuotes: true);
    }

    // Disclosure is what the page itself says: its text, or its own metadata (a web page's meta tags), never the fact-check.
    private static bool OnThePage<T>(MediaLit.Metadata.MetadataField<T> field) where T : class =>
        field.FromText.IsKnown || field.FromManifest is { IsKnown: true, Provenance: MediaLit.Metadata.Provenance.Text };

    /// <summary>
    /// A word list as one pattern: whole words, longest first, so at each place the longest term wins and a
    /// sentence is read once for the whole list. <paramref name="Terms"/> maps what matched back to the list's
    /// spelling; null when the match itself is the term (numbers, dates).
    /// </summary>
    /// <remarks>
    /// A word list's pattern is anchored where the search stands (\G) and has no look-behind (<paramref name="AtWordStarts"/>):
    /// a word can only start after a character that is not a letter or digit, so <see cref="WordHits"/> tries it there only.
    /// Scanning with "(?&lt;![\p{L}\p{N}])(?:…)" tried the alternation at nearly every letter, and with lists this long .NET
    /// runs it on the backtracking interpreter: that was nine tenths of an evidence call.
    /// </remarks>
    private sealed record TermPattern(Regex? Pattern, Dictionary<string, string>? Terms, WordStarts? AtWordStarts = null);

    /// <summary>
    /// A word list's alternation cut down to the terms that can start with a given character: at a word start every
    /// other term fails on its first character, so trying only these, in the list's order, finds the same match.
    /// Which first characters fit is asked of the regex engine itself (same options), so case rules are its own.
    /// Built per character the first time a word starts with it.
    /// </summary>
    private sealed class WordStarts(List<string> alternatives, List<string> terms, bool ignoreCase)
    {
        private readonly Dictionary<char, Regex?> _byFirst = [];
        private readonly Dictionary<string, Regex> _firstChar = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public Regex? For(char first)
        {
            lock (_gate)
            {
                if (!_byFirst.TryGetValue(first, out var pattern))
                    _byFirst[first] = pattern = Build(first);
                return pattern;
            }
        }

        private Regex? Build(char first)
        {
            var fitting = new List<string>();
            for (int i = 0; i < terms.Count; i++)
                if (CanStart(terms[i], first))
                    fitting.Add(alternatives[i]);
            // Linear: anchored at one start, the look-ahead reads one character, and the alternation is of fixed words,
            // so a try costs at most the longest term's length.
            return fitting.Count == 0 ? null
                : new Regex($@"\G(?:{string.Join('|', fitting)})(?![\p{{L}}\p{{N}}])", (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);
        }

        // The first element of each alternative: the escaped first character, or "[Xx]" for a case-kept term (see Body).
        private bool CanStart(string term, char first)
        {
            if (!ignoreCase)
                return term.Length >= 2 && char.IsLetter(term[0])
                    ? first == char.ToUpperInvariant(term[0]) || first == char.ToLowerInvariant(term[0])
                    : first == term[0];
            string escaped = Regex.Escape(term[0].ToString());
            if (!_firstChar.TryGetValue(escaped, out var test))
                // Linear: one escaped character between anchors, run on one character.
                _firstChar[escaped] = test = new Regex($@"^{escaped}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            return test.IsMatch(first.ToString());
        }
    }

    private static readonly TermPattern NoTerms = WordsPattern([], ignoreCase: true);

    private sealed record Patterns(TermPattern People, TermPattern Places, Dictionary<string, TermPattern> Metadiscourse);

    // Built once per pair of word lists (a data folder's), not on every call: building ~150 patterns per article was most of the cost.
    private static readonly ConditionalWeakTable<EvidenceLexicon, ConditionalWeakTable<SourcingLexicon, Patterns>> Built = new();

    private static Patterns PatternsFor(EvidenceLexicon lexicon, SourcingLexicon people) =>
        Built.GetValue(lexicon, _ => new()).GetValue(people, _ => new Patterns(
            WordsPattern(people.People.SelectMany(p => p.Aliases.Prepend(p.Name)), ignoreCase: false),
            WordsPattern(lexicon.Places, ignoreCase: false),
            lexicon.Metadiscourse.GroupBy(t => t.Category).ToDictionary(
                g => g.Key,
                g => WordsPattern(g.Select(t => t.Term), ignoreCase: g.Key != "self-mention"))));

    // Self-mentions keep their case so that "US" is never "us"; a sentence-initial capital is allowed.
    private static TermPattern WordsPattern(IEnumerable<string> terms, bool ignoreCase)
    {
        var list = terms.Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).ToList();
        static string Body(string term, bool ignoreCase) =>
            ignoreCase || term.Length < 2 || !char.IsLetter(term[0]) ? Regex.Escape(term) : $"[{char.ToUpperInvariant(term[0])}{char.ToLowerInvariant(term[0])}]{Regex.Escape(term[1..])}";
        // A list with no terms matches nothing.
        string alternatives = list.Count == 0 ? "(?!)" : string.Join('|', list.Select(t => Body(t, ignoreCase)));
        // Linear: anchored, so one try per word start, the look-ahead reads one character, and the alternation is of
        // fixed words, so a try costs at most the longest term's length.
        var starts = new WordStarts(list.Select(t => Body(t, ignoreCase)).ToList(), list, ignoreCase);
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string term in list)
            spelling.TryAdd(term, term);
        return new TermPattern(null, spelling, starts);
    }

    /// <summary>Hits of the pattern in the body sentences, outside the excluded spans, in reading order.</summary>
    private static List<SignalHit> Hits(Article article, List<Sentence> body, TermPattern pattern, List<TextSpan> excluded)
    {
        if (pattern.AtWordStarts is { } starts)
            return WordHits(article, body, pattern.Terms, starts, excluded);
        var hits = new List<SignalHit>();
        foreach (var sentence in body)
            for (var m = pattern.Pattern!.Match(article.Text, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                // Quotations are in reading order and never overlap: a binary search, not a pass over all of them per hit.
                if (span.IsEmpty || excluded.AnyContains(span))
                    continue;
                string term = pattern.Terms is { } terms && terms.TryGetValue(m.Value, out string? spelled) ? spelled : m.Value;
                hits.Add(new SignalHit(sentence.Index, span, term));
            }
        return hits;
    }

    /// <summary>
    /// What "(?&lt;![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])" scanned over each sentence finds, found by trying the anchored
    /// pattern only where that look-behind holds: each sentence is read as the whole input (as Match(text, start, length) reads it), positions in
    /// order, and the search goes on after each match, so the hits are the same, in the same order.
    /// </summary>
    private static List<SignalHit> WordHits(Article article, List<Sentence> body, Dictionary<string, string>? terms, WordStarts starts, List<TextSpan> excluded)
    {
        var hits = new List<SignalHit>();
        foreach (var sentence in body)
        {
            var input = article.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
            int p = 0;
            while (p < input.Length)
            {
                if (p > 0 && (char.IsLetter(input[p - 1]) || char.IsNumber(input[p - 1])))
                {
                    p++;
                    continue;
                }
                int length = -1;
                if (starts.For(input[p]) is { } pattern)
                    foreach (var m in pattern.EnumerateMatches(input, p))
                    {
                        length = m.Length;
                        break;
                    }
                if (length <= 0)
                {
                    p++;
                    continue;
                }
                var span = new TextSpan(sentence.Span.Start + p, sentence.Span.Start + p + length);
                p += length;
                if (excluded.AnyContains(span))
                    continue;
                string matched = span.Of(article.Text);
                string term = terms is not null && terms.TryGetValue(matched, out string? spelled) ? spelled : matched;
                hits.Add(new SignalHit(sentence.Index, span, term));
            }
        }
        return hits;
    }

    private static List<SignalHit> Links(Article article, Func<Link, bool> which) =>
        article.Links.Where(which)
            .Select(l => (Link: l, Sentence: article.SentenceAt(l.AnchorSpan.Start)))
            .Where(x => x.Sentence is not null)
            .Select(x => new SignalHit(x.Sentence!.Index, x.Link.AnchorSpan, x.Link.AnchorText))
            .ToList();
}
