using System.Text.RegularExpressions;
using MediaLit.Articles;
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
    [GeneratedRegex(@"(?<![\p{L}\d/])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?:%|per\s?cent|percent))?(?![\p{L}\d/])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2})?(?:,?\s(?:19|20)\d{2})?|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(?:19|20)\d{2})?|(?:19|20)\d{2}(?:-(?:19|20)\d{2})?s?|9/11)\b")]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    public static EvidenceProfile Find(Article article, SourcingProfile sourcing, EvidenceLexicon lexicon, SourcingLexicon people)
    {
        var body = article.BodySentences.ToList();
        int words = sourcing.BodyWords;
        var quotes = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).SelectMany(p => Quotations.Find(article.Text, p.Span)).ToList();

        Signal FromAttributions(string id, string label, Func<Attribution, bool> which) => new(id, label, "sources",
            sourcing.Attributions.Where(which).Select(a => new SignalHit(a.SentenceIndex, a.Source ?? a.Content, a.Speaker ?? a.SourceText ?? a.Cue)).ToList(), words);

        Signal FromPattern(string id, string label, string group, IEnumerable<(Regex Pattern, string Term)> patterns, bool outsideQuotes) =>
            new(id, label, group, Hits(article, body, patterns, outsideQuotes ? quotes : []), words);

        var dates = Hits(article, body, [(DateExpression(), "")], []);
        var numbers = Hits(article, body, [(Number(), "")], []).Where(h => !Year().IsMatch(h.Term) && !dates.Any(d => d.Span.Contains(h.Span))).ToList();

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
            FromPattern("people", "named people", "specifics", people.People.SelectMany(p => p.Aliases.Prepend(p.Name)).Distinct().OrderByDescending(n => n.Length).Select(n => (WordPattern(n, ignoreCase: false), n)), outsideQuotes: false),
            FromPattern("places", "named places", "specifics", lexicon.Places.Select(p => (WordPattern(p, ignoreCase: false), p)), outsideQuotes: false),
            Metadiscourse("hedges", "hedges (may, perhaps, likely …)", "hedge"),
            Metadiscourse("boosters", "boosters (clearly, in fact, the truth …)", "booster"),
            Metadiscourse("attitude", "attitude markers (dangerous, surprising …)", "attitude"),
            Metadiscourse("self-mentions", "first person (I, we, our …)", "self-mention"),
            new("links", "links", "links", Links(article, link => true), words),
            new("links-with-address", "links that keep their address", "links", Links(article, link => link.HasAddress), words),
        };
        var m = article.Metadata;
        return new EvidenceProfile(article, signals, new Disclosure(OnThePage(m.Author), OnThePage(m.Published), OnThePage(m.Outlet)));

        Signal Metadiscourse(string id, string label, string category) => FromPattern(id, label, "voice",
            lexicon.Metadiscourse.Where(t => t.Category == category).OrderByDescending(t => t.Term.Length)
                .Select(t => (WordPattern(t.Term, ignoreCase: category != "self-mention"), t.Term)),
            outsideQuotes: true);
    }

    // Disclosure is what the page itself says: its text, or its own metadata (a web page's meta tags), never the fact-check.
    private static bool OnThePage<T>(MediaLit.Metadata.MetadataField<T> field) where T : class =>
        field.FromText.IsKnown || field.FromManifest is { IsKnown: true, Provenance: MediaLit.Metadata.Provenance.Text };

    // Self-mentions keep their case so that "US" is never "us"; a sentence-initial capital is allowed.
    private static Regex WordPattern(string term, bool ignoreCase)
    {
        string body = ignoreCase || term.Length < 2 ? Regex.Escape(term) : $"[{char.ToUpperInvariant(term[0])}{term[0]}]{Regex.Escape(term[1..])}";
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])", (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);
    }

    /// <summary>Non-overlapping hits of the patterns in the body sentences; longer patterns first claim their words.</summary>
    private static List<SignalHit> Hits(Article article, List<Sentence> body, IEnumerable<(Regex Pattern, string Term)> patterns, List<TextSpan> excluded)
    {
        var hits = new List<SignalHit>();
        var list = patterns.ToList();
        foreach (var sentence in body)
            foreach (var (pattern, term) in list)
                for (var m = pattern.Match(article.Text, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
                {
                    var span = new TextSpan(m.Index, m.Index + m.Length);
                    if (span.IsEmpty || excluded.Any(q => q.Contains(span)) || hits.Any(h => h.Span.Overlaps(span)))
                        continue;
                    hits.Add(new SignalHit(sentence.Index, span, term.Length > 0 ? term : m.Value));
                }
        return hits.OrderBy(h => h.Span.Start).ToList();
    }

    private static List<SignalHit> Links(Article article, Func<Link, bool> which) =>
        article.Links.Where(which)
            .Select(l => (Link: l, Sentence: article.SentenceAt(l.AnchorSpan.Start)))
            .Where(x => x.Sentence is not null)
            .Select(x => new SignalHit(x.Sentence!.Index, x.Link.AnchorSpan, x.Link.AnchorText))
            .ToList();
}
