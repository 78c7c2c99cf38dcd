using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Reuse;
using MediaLit.Sourcing;

namespace MediaLit.Narratives;

/// <summary>
/// Finds each claim of the codebook in an article and decides its stance, sentence by sentence, by
/// rules a student can follow:
/// <list type="number">
/// <item>A sentence mentions a claim when every term of one of the claim's cue sets occurs in it. A sentence
/// right after it, in the same paragraph, that refers back ("the report") and carries a denial or a source counts too.</item>
/// <item>The sentence is cut into clauses at contrast words ("but", "instead of", ";"). Only a denial word or a
/// source in the same clause as the claim's words counts.</item>
/// <item>A denial word inside words credited to someone (an attribution's content or cue, or a quotation) ⇒
/// <see cref="Stance.ReportsDenial"/>; a denial word in the author's own words ⇒ <see cref="Stance.Denies"/>.</item>
/// <item>Otherwise, an attribution whose content holds the claim's words, or claim words inside a quotation
/// in a sentence that names its speaker ⇒ <see cref="Stance.AttributesToSource"/>.</item>
/// <item>Otherwise ⇒ <see cref="Stance.Asserts"/>.</item>
/// </list>
/// Captions are left out: they are not the author's argument.
/// </summary>
internal sealed class StanceFinder
{
    private readonly ClaimCodebook _codebook;
    private readonly List<(Claim Claim, List<List<(Regex Pattern, int Id)>> CueSets, TermList Denials)> _claims;
    // Every cue term of every claim, numbered as in _claims: which of them a sentence's words can start.
    private readonly TermStarts _cueStarts;
    private readonly TermList _contrasts;
    private readonly TermList _backReferences;
    private readonly List<Regex> _distancing;

    public StanceFinder(ClaimCodebook codebook)
    {
        _codebook = codebook;
        var literals = new List<string[]?>();
        _claims = [];
        foreach (var claim in codebook.Claims)
        {
            var sets = new List<List<(Regex, int)>>();
            foreach (var set in claim.Cues)
            {
                var terms = new List<(Regex, int)>();
                foreach (string term in set)
                {
                    terms.Add((TermPattern.Compile(term), literals.Count));
                    literals.Add(TermPattern.Literals(term));
                }
                sets.Add(terms);
            }
            _claims.Add((claim, sets, new TermList(codebook.DenialCuesFor(claim))));
        }
        _cueStarts = new TermStarts(literals);
        _contrasts = new TermList(codebook.CuesOf(StanceCueType.Contrast));
        _backReferences = new TermList(codebook.CuesOf(StanceCueType.BackReference));
        _distancing = codebook.CuesOf(StanceCueType.Distancing).Select(TermPattern.Compile).ToList();
    }

    public IReadOnlyList<ClaimStance> Find(Article article, IReadOnlyList<Attribution> attributions, ReuseReport? reuse)
    {
        var reading = new Reading(article, attributions, reuse);
        var mayHold = MayHold(reading);
        var stances = _claims.Select(c => new ClaimStance(article, c.Claim, FindClaim(reading, c.Claim, c.CueSets, mayHold, c.Denials))).ToList();
        ArrayPool<int>.Shared.Return(mayHold);
        return stances;
    }

    /// <summary>
    /// For each sentence (in <see cref="Reading.Sentences"/> order) and cue term, whether the sentence's words can
    /// start the term (<see cref="TermStarts"/>), and where first: 0 when they cannot, else the first place it may
    /// start plus one. A set counts only where all its terms occur in one sentence, so a set with a term the sentence
    /// cannot hold is not tried there. Worked out once per article for all the claims, in an array from the shared
    /// pool that <see cref="Find"/> gives back.
    /// </summary>
    private int[] MayHold(Reading reading)
    {
        int terms = _cueStarts.Count;
        int length = reading.Sentences.Count * terms;
        var mayHold = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        Array.Clear(mayHold, 0, length);
        for (int s = 0; s < reading.Sentences.Count; s++)
            foreach (int term in reading.Candidates(_cueStarts, reading.Sentences[s].Span))
                mayHold[s * terms + term] = reading.FirstAt(term) + 1;
        return mayHold;
    }

    private List<ClaimEvidence> FindClaim(Reading reading, Claim claim, List<List<(Regex Pattern, int Id)>> cueSets, int[] mayHold, TermList denials)
    {
        var evidence = new List<ClaimEvidence>();
        if (cueSets.Count == 0)
            return evidence;
        var mentioned = new HashSet<int>();
        List<int>? named = null;
        for (int s = 0; s < reading.Sentences.Count; s++)
        {
            var sentence = reading.Sentences[s];
            if (ClaimWords(sentence, cueSets, mayHold.AsSpan(s * _cueStarts.Count, _cueStarts.Count), reading.Text) is not { } words)
                continue;
            mentioned.Add(sentence.Index);
            (named ??= []).Add(sentence.Index);
            evidence.Add(Decide(reading, claim, sentence, words, denials, isFollowOn: false));
        }
        // The sentences that name the claim, in reading order; follow-ons found below are added to mentioned, not to these.
        foreach (int index in named ?? [])
        {
            if (FollowOn(reading, index, mentioned) is not { } next)
                continue;
            var backReferences = Matches(_backReferences, next.Span, reading);
            var decided = Decide(reading, claim, next, backReferences, denials, isFollowOn: true);
            // A follow-on sentence counts only when it reacts to the claim: a denial or a source.
            if (decided.Stance != Stance.Asserts)
            {
                evidence.Add(decided);
                mentioned.Add(next.Index);
            }
        }
        return evidence.OrderBy(e => e.SentenceIndex).ToList();
    }

    private Sentence? FollowOn(Reading reading, int index, HashSet<int> mentioned)
    {
        var next = reading.Article.Sentences.ElementAtOrDefault(index + 1);
        if (next is null || mentioned.Contains(next.Index) || next.ParagraphIndex != reading.Article.Sentences[index].ParagraphIndex)
            return null;
        return Matches(_backReferences, next.Span, reading).Count > 0 ? next : null;
    }

    /// <summary>The matches of every term of every cue set that matches whole; null when none does (most sentences).</summary>
    private static List<TextSpan>? ClaimWords(Sentence sentence, List<List<(Regex Pattern, int Id)>> cueSets, ReadOnlySpan<int> mayHold, string text)
    {
        List<TextSpan>? words = null;
        var before = text.AsSpan(0, sentence.Span.End);
        foreach (var set in cueSets)
        {
            // A set counts only when every term of it occurs: most sentences cannot hold a term of every set (their
            // words do not start it), and the others are first only tested, in order; the matches are collected only
            // for a set that is wholly there.
            bool whole = true;
            foreach (var (term, id) in set)
                if (mayHold[id] == 0 || !term.IsMatch(before, mayHold[id] - 1))
                {
                    whole = false;
                    break;
                }
            if (!whole)
                continue;
            foreach (var (term, _) in set)
                (words ??= []).AddRange(Matches([term], sentence.Span, text));
        }
        return words?.Distinct().OrderBy(w => w.Start).ToList();
    }

    private ClaimEvidence Decide(Reading reading, Claim claim, Sentence sentence, List<TextSpan> words, TermList denials, bool isFollowOn)
    {
        string text = reading.Text;
        var boundaries = Matches(_contrasts, sentence.Span, reading).Select(m => m.Start).ToList();
        int Clause(int position) => boundaries.Count(b => b <= position);
        var claimClauses = words.Select(w => Clause(w.Start)).ToHashSet();
        var inSentence = reading.AttributionsIn(sentence.Index);
        var shared = reading.SharedWith(sentence.Span);

        ClaimEvidence Make(Stance stance, TextSpan? cue, IReadOnlyList<Attribution> sources, bool distanced, string why) =>
            new(claim.Id, sentence.Index, sentence.Span, stance, words, cue, sources, distanced, isFollowOn, shared, why) { Text = text };

        var denialWords = Matches(denials, sentence.Span, reading).Where(d => claimClauses.Contains(Clause(d.Start))).ToList();
        if (denialWords.Count > 0)
        {
            // The author's own denial decides, even when the sentence also reports someone else's.
            var own = denialWords.FirstOrDefault(d => !IsCredited(d, inSentence, reading, text));
            if (own != default)
                return Make(Stance.Denies, own, [], false, $"The denial word “{own.Of(text)}” is in the author's own words, in the same clause as the claim.");
            var reported = denialWords[0];
            var by = inSentence.Where(a => Credits(a, reported, text)).ToList();
            string who = by.Count > 0 ? string.Join(", ", by.Select(Name)) : "a quotation";
            return Make(Stance.ReportsDenial, reported, by, by.Count > 0 && by.All(IsDistanced),
                $"The denial word “{reported.Of(text)}” is in words credited to {who}.");
        }

        var covering = inSentence
            .Where(a => words.Any(w => a.Content.Overlaps(w) && Clause(Anchor(a)) == Clause(w.Start)))
            .ToList();
        // The attribution finder may miss what a quotation's speaker said ("Moscow “is trying …,” Krivosheyev wrote"):
        // claim words inside a quotation are credited to the people the sentence names.
        if (covering.Count == 0 && words.Any(reading.InQuotation))
            covering = inSentence.Where(a => a.Speaker is not null).ToList();
        if (covering.Count > 0)
        {
            bool distanced = covering.All(IsDistanced);
            return Make(Stance.AttributesToSource, null, covering, distanced,
                $"Credited to {string.Join(", ", covering.Select(Name))} by “{covering[0].Cue}”"
                + (distanced ? ", a verb that keeps the author at a distance." : "; the author does not distance themself from it."));
        }
        return Make(Stance.Asserts, null, [], false, "No denial word and no source in the clause: the author's own statement.");
    }

    /// <summary>Where an attribution sits in its sentence, for the clause test: the source's name, or the content when unnamed.</summary>
    private static int Anchor(Attribution a) => a.Source?.Start ?? a.Content.Start;

    private static string Name(Attribution a) => a.Speaker ?? a.SourceText ?? "an unnamed source";

    private bool IsDistanced(Attribution a) => _distancing.Any(d => d.IsMatch(a.Cue));

    private static bool IsCredited(TextSpan denial, List<Attribution> inSentence, Reading reading, string text) =>
        inSentence.Any(a => Credits(a, denial, text)) || reading.InQuotation(denial);

    /// <summary>The denial is the attribution's own verb ("dismissed") or lies inside what it credits.</summary>
    private static bool Credits(Attribution a, TextSpan denial, string text) =>
        a.Content.Contains(denial) || a.Cue.AsSpan().Equals(text.AsSpan(denial.Start, denial.Length), StringComparison.OrdinalIgnoreCase);

    private static List<TextSpan> Matches(List<Regex> patterns, TextSpan within, string text)
    {
        // The text up to the sentence's end, searched from its start: a word boundary at either end sees the
        // neighbouring character, as it does in the whole text. A span, not a copy: copying the text before every
        // sentence for every term made the first narratives call of a lesson copy megabytes per article.
        var before = text.AsSpan(0, within.End);
        var found = new List<TextSpan>();
        foreach (var pattern in patterns)
            foreach (var m in pattern.EnumerateMatches(before, within.Start))
                found.Add(new TextSpan(m.Index, m.Index + m.Length));
        return found.Count < 2 ? found : found.Distinct().OrderBy(s => s.Start).ToList();
    }

    /// <summary>The matches of the list's terms, as <see cref="Matches(List{Regex}, TextSpan, string)"/>, trying only the terms the span's words can start.</summary>
    private static List<TextSpan> Matches(TermList list, TextSpan within, Reading reading)
    {
        var before = reading.Text.AsSpan(0, within.End);
        var found = new List<TextSpan>();
        foreach (int t in reading.Candidates(list.Starts, within))
            foreach (var m in list.Patterns[t].EnumerateMatches(before, reading.FirstAt(t)))
            {
                found.Add(new TextSpan(m.Index, m.Index + m.Length));
                // The next match would start where this one ends, after the last place the term may start.
                if (m.Index + m.Length > reading.LastAt(t))
                    break;
            }
        return found.Count < 2 ? found : found.Distinct().OrderBy(s => s.Start).ToList();
    }

    /// <summary>What the rules need to know about one article, worked out once.</summary>
    private sealed class Reading(Article article, IReadOnlyList<Attribution> attributions, ReuseReport? reuse)
    {
        private readonly List<TextSpan> _quotations = article.Paragraphs
            .SelectMany(p => Quotations.Find(article.Text, p.Span))
            .Where(q => Quotations.IsSpeech(article.Text, q))
            .ToList();

        public Article Article { get; } = article;
        public IReadOnlyList<Attribution> Attributions { get; } = attributions;
        public string Text => Article.Text;
        /// <summary>The sentences a claim is looked for in: every one but captions, listed once for all the claims.</summary>
        public List<Sentence> Sentences { get; } = article.Sentences.Where(s => s.ParagraphKind != ParagraphKind.Caption).ToList();

        // Each sentence's attributions in the finder's order, grouped once: a pass over them all per decided sentence added up.
        private readonly Dictionary<int, List<Attribution>> _bySentence = BySentence(attributions);

        // A text with the Kelvin sign is searched for every term (see TermStarts).
        private readonly bool _everyTerm = TermStarts.NeedsEveryTerm(article.Text);
        private bool[] _marks = [];
        private int[] _firstAt = [];
        private int[] _lastAt = [];
        private readonly List<int> _candidates = [];

        /// <summary>The terms of a list the span's words can start, in list order; the list is reused by the next call.</summary>
        public List<int> Candidates(TermStarts starts, TextSpan span)
        {
            if (_marks.Length < starts.Count)
            {
                _marks = new bool[starts.Count];
                _firstAt = new int[starts.Count];
                _lastAt = new int[starts.Count];
            }
            starts.Candidates(Text, span, _everyTerm, _marks, _candidates, _firstAt, _lastAt);
            return _candidates;
        }

        /// <summary>Where a term of the last <see cref="Candidates"/> may first start in its span (see <see cref="TermStarts"/>).</summary>
        public int FirstAt(int term) => _firstAt[term];

        /// <summary>Where a term of the last <see cref="Candidates"/> may last start in its span.</summary>
        public int LastAt(int term) => _lastAt[term];

        public List<Attribution> AttributionsIn(int sentenceIndex) =>
            _bySentence.TryGetValue(sentenceIndex, out var found) ? found : [];

        private static Dictionary<int, List<Attribution>> BySentence(IReadOnlyList<Attribution> attributions)
        {
            var groups = new Dictionary<int, List<Attribution>>();
            foreach (var a in attributions)
                (CollectionsMarshal.GetValueRefOrAddDefault(groups, a.SentenceIndex, out _) ??= []).Add(a);
            return groups;
        }

        public bool InQuotation(TextSpan span) => _quotations.Any(q => q.Contains(span));

        public List<string> SharedWith(TextSpan sentence) =>
            reuse is null
                ? []
                : reuse.Passages.Where(p => p.Involves(Article) && p.SpanIn(Article).Overlaps(sentence))
                    .Select(p => p.Other(Article).Id).Distinct().ToList();
    }
}
