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
        string text = article.Text;
        var scratch = SignalScratch.Rent();
        var body = BodySentences(article, scratch.Body);
        int words = sourcing.BodyWords;
        Specifics(text, body, scratch.Dates, scratch.Numbers, scratch.DateSpans);
        // People, places and the four metadiscourse categories, in one walk over the word starts. Metadiscourse is the
        // author's voice: words inside quotations do not count for it.
        BodyQuotations(article, scratch.Quotes, scratch.OfParagraph);
        WordHits(text, body, PatternsFor(lexicon, people), scratch.Excluded, scratch.Words);
        FromAttributions(sourcing.Attributions, scratch);
        Links(article, scratch.Links, scratch.LinksWithAddress);

        var w = scratch.Words;
        var signals = new List<Signal>(15)
        {
            new("named-sources", "named sources", "sources", SignalScratch.Exact(scratch.Named), words),
            new("anonymous-sources", "anonymous or role-only sources", "sources", SignalScratch.Exact(scratch.Anonymous), words),
            new("institutional-sources", "governments and institutions", "sources", SignalScratch.Exact(scratch.Institutional), words),
            new("documents", "documents cited", "sources", SignalScratch.Exact(scratch.Documents), words),
            new("quotations", "direct quotations", "quotations", SignalScratch.Exact(scratch.Quotations), words),
            new("numbers", "numbers and amounts", "specifics", SignalScratch.Exact(scratch.Numbers), words),
            new("dates", "dates", "specifics", SignalScratch.Exact(scratch.Dates), words),
            new("people", "named people", "specifics", SignalScratch.Exact(w[0]), words),
            new("places", "named places", "specifics", SignalScratch.Exact(w[1]), words),
            new("hedges", "hedges (may, perhaps, likely …)", "voice", SignalScratch.Exact(w[2]), words),
            new("boosters", "boosters (clearly, in fact, the truth …)", "voice", SignalScratch.Exact(w[3]), words),
            new("attitude", "attitude markers (dangerous, surprising …)", "voice", SignalScratch.Exact(w[4]), words),
            new("self-mentions", "first person (I, we, our …)", "voice", SignalScratch.Exact(w[5]), words),
            new("links", "links", "links", SignalScratch.Exact(scratch.Links), words),
            new("links-with-address", "links that keep their address", "links", SignalScratch.Exact(scratch.LinksWithAddress), words),
        };
        scratch.Return();
        var m = article.Metadata;
        return new EvidenceProfile(article, signals, new Disclosure(OnThePage(m.Author), OnThePage(m.Published), OnThePage(m.Outlet)));
    }

    // Disclosure is what the page itself says: its text, or its own metadata (a web page's meta tags), never the fact-check.
    private static bool OnThePage<T>(MediaLit.Metadata.MetadataField<T> field) where T : class =>
        field.FromText.IsKnown || field.FromManifest is { IsKnown: true, Provenance: MediaLit.Metadata.Provenance.Text };

    /// <summary>
    /// The six word lists in the order <see cref="Find"/> reads them (people, places, hedges, boosters, attitude,
    /// self-mentions), and the lists (bit k for list k) with a term that can start with an ASCII character, or two.
    /// </summary>
    private sealed record Patterns(WordList[] Lists)
    {
        // Most word starts begin no term of most lists ("the" only "the truth", "and" nothing): one look-up skips those lists.
        public int[] ListsByAsciiFirst { get; } = Enumerable.Range(0, 128)
            .Select(c => Enumerable.Range(0, Lists.Length).Where(k => Lists[k].CanStart((char)c)).Sum(k => 1 << k)).ToArray();

        public int[] ListsByAsciiPair { get; } = ByPair(Lists);

        private static int[] ByPair(WordList[] lists)
        {
            var table = new int[128 * 128];
            for (int k = 0; k < lists.Length; k++)
                lists[k].MarkStarts(table, 1 << k);
            return table;
        }
    }

    // Built once per pair of word lists (a data folder's), not on every call: building ~150 patterns per article was most of the cost.
    private static readonly ConditionalWeakTable<EvidenceLexicon, ConditionalWeakTable<SourcingLexicon, Patterns>> Built = new();

    private static Patterns PatternsFor(EvidenceLexicon lexicon, SourcingLexicon people)
    {
        // Looked up before GetValue, whose lambdas capture the lexicons: a closure a call otherwise.
        if (Built.TryGetValue(lexicon, out var byPeople) && byPeople.TryGetValue(people, out var known))
            return known;
        return Built.GetValue(lexicon, _ => new()).GetValue(people, _ => Build(lexicon, people));
    }

    // Self-mentions keep their case so that "US" is never "us"; a sentence-initial capital is allowed.
    private static Patterns Build(EvidenceLexicon lexicon, SourcingLexicon people)
    {
        WordList Metadiscourse(string category) =>
            lexicon.Metadiscourse.Any(t => t.Category == category)
                ? new WordList(lexicon.Metadiscourse.Where(t => t.Category == category).Select(t => t.Term), ignoreCase: category != "self-mention")
                : WordList.Empty;
        return new Patterns([
            new WordList(people.People.SelectMany(p => p.Aliases.Prepend(p.Name)), ignoreCase: false),
            new WordList(lexicon.Places, ignoreCase: false),
            Metadiscourse("hedge"), Metadiscourse("booster"), Metadiscourse("attitude"), Metadiscourse("self-mention"),
        ]);
    }

    private static List<Sentence> BodySentences(Article article, List<Sentence> body)
    {
        foreach (var sentence in article.Sentences)
            if (sentence.ParagraphKind == ParagraphKind.Body)
                body.Add(sentence);
        return body;
    }

    private static void BodyQuotations(Article article, List<TextSpan> quotes, List<TextSpan> ofParagraph)
    {
        foreach (var paragraph in article.Paragraphs)
            if (paragraph.Kind == ParagraphKind.Body)
                quotes.AddRange(Quotations.Find(article.Text, paragraph.Span, ofParagraph));
    }
}
