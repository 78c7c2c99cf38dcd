using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Sourcing;

/// <summary>
/// Finds attributions sentence by sentence, by rules a student can follow:
/// <list type="number">
/// <item>a cue from <c>data/lexicons/attribution-cues.jsonl</c> outside any quotation;</item>
/// <item>its source: the subject before the cue ("Serenko charged"), the phrase after it when the cue
/// follows a quotation or comma ("…, stressed Burnashev"), or the phrase after "according to";</item>
/// <item>what the source is, by <see cref="SourceClassifier"/>; "he" and "they" point back to the last people quoted;</item>
/// <item>a quotation that goes on from a quoted sentence keeps that sentence's speaker.</item>
/// </list>
/// Sentences with no attribution are the author's own assertions.
/// </summary>
internal sealed partial class AttributionFinder
{
    /// <summary>How far (in characters) from its cue a source is looked for; the longest subject with its role in the five articles is about 130.</summary>
    private const int MaxSourceDistance = 400;

    // Same matches as \s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+nor\s+|\s+or\s+)\s* (SourcingScanTests), which retried a run of spaces from each space.
    // Linear: a separator starts at a comma or where a run of spaces starts, never inside one, and each branch's spaces
    // are followed by a character they cannot hold, so every run is read a fixed number of times.
    [GeneratedRegex(@"(?:(?:(?<!\s)\s+)?,\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|nor|or)\s+)\s*")]
    private static partial Regex ListSeparator();

    // Linear: anchored, and every part is optional, so the first try succeeds.
    [GeneratedRegex(@"^\s*(?:that\b|:)?\s*")]
    private static partial Regex ThatOrColon();

    // Linear: anchored; a fixed word then one run of spaces.
    [GeneratedRegex(@"^(?:Neither|Both|Either)\s+")]
    private static partial Regex ListOpener();

    // Linear: anchored; one short word then one space.
    [GeneratedRegex(@"^(?:the|a|an)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStart();

    // Linear, though NonBacktracking has no look-ahead: anchored, so one start, and each character of the lazy run tries a look-ahead of at most six.
    [GeneratedRegex(@"^\s*(?:for\s+)?[^,:;“""]*?(?=\sthat\s|[,:;“""]|$)")]
    private static partial Regex VenueStretch();

    // Linear: anchored; one short word then one space.
    [GeneratedRegex(@"^(?:a|an)\s")]
    private static partial Regex IndefiniteStart();

    // Linear: anchored; one run of spaces, one short word, one space.
    [GeneratedRegex(@"^\s*(?:and|or|nor)\s")]
    private static partial Regex ConjunctionStart();

    // Linear: each start is the text's start or a comma, and the run after it stops at the next comma, so the runs tried add up to the text once.
    [GeneratedRegex(@"(?:^|,\s)([^,]*)$")]
    private static partial Regex LastListItem();

    // Linear: anchored; one run of letters, nothing after it to fail.
    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex FirstWord();

    // Linear: nothing follows the run, so every start that matches its first character succeeds at once.
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.’'/-]*")]
    private static partial Regex NameWord();

    // Linear: one run of letters, nothing after it to fail.
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    // A full stop ends the phrase only at the end of the stretch read (the sentence's own end): one inside the sentence
    // is one the splitter read as an abbreviation or an initial ("according to the U.S. Defense Secretary Robert Gates",
    // "according to Dr. Jane Smith"). A relative clause describes the source and does not name another: "according to
    // two sources … who spoke to the AP".
    // Linear: each alternative is two or three fixed characters or a space, one of four words and a space.
    [GeneratedRegex(@"[,;)]\s|[.;)]$|\s(?:that|who|whom|which)\s")]
    private static partial Regex PhraseStop();

    // Linear: anchored, so one start; a word's letters, a space before a next word (a capital), a comma and a space
    // before "and" are told apart by their first two characters, so every give-back of a failed item or separator is
    // one step, and each item is read at most twice (once in the loop, once as the last item).
    [GeneratedRegex(@"^\s*(?:[\p{Lu}][\p{L}/’'.-]*(?:\s[\p{Lu}][\p{L}/’'.-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))+[\p{Lu}][\p{L}/’'.-]*(?:\s[\p{Lu}][\p{L}/’'.-]*)*")]
    private static partial Regex CapitalisedList();

    private readonly Article _article;
    private readonly SourcingLexicon _lexicon;
    private readonly SourceClassifier _classifier;
    // Every attribution found, in sentence order: a sentence's own are one run of it (see AttributionsOf).
    private readonly List<Attribution> _found = [];
    private List<SourceMention> _lastPeople = [];
    // The list RememberPeople fills next; it swaps with _lastPeople when it holds anyone, so no list is made per sentence.
    private List<SourceMention> _nextPeople = [];
    private int _lastPeopleSentence = -10;

    private AttributionFinder(Article article, SourcingLexicon lexicon)
    {
        _article = article;
        _lexicon = lexicon;
        _classifier = new SourceClassifier(lexicon);
    }

    private string Text => _article.Text;

    // The words a rule looks up are read in place: a copy of each looked-up word was much of what a pass allocated.
    private ReadOnlySpan<char> Chars(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    private bool IsIn(IReadOnlySet<string> set, TextSpan word) => SourcingLexicon.Holds(set, Chars(word));

    // What string.ToLowerInvariant() would give, compared without making it.
    private bool LowerIs(TextSpan word, string lower)
    {
        if (word.Length != lower.Length)
            return false;
        Span<char> buffer = stackalloc char[word.Length];
        Chars(word).ToLowerInvariant(buffer);
        return buffer.SequenceEqual(lower);
    }

    // The closed word lists (data/lexicons/attribution-grammar.jsonl): auxiliaries, noun markers, "not made" markers.
    private AttributionGrammar Grammar => _lexicon.Grammar;

    /// <summary>Every attribution in the article's running text, in reading order (a new list each call).</summary>
    public static List<Attribution> Find(Article article, SourcingLexicon lexicon)
    {
        var finder = new AttributionFinder(article, lexicon);
        finder.LearnNames();
        // Sentences are split paragraph by paragraph, in order, so each paragraph's sentences are one run of the list:
        // walking it once reads them in the order a look-up by paragraph gave, without the look-up's groups and arrays.
        var sentences = article.Sentences;
        var quotes = new List<TextSpan>();
        int quotesOf = -1;
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var paragraph = article.Paragraphs[sentence.ParagraphIndex];
            if (paragraph.Kind != ParagraphKind.Body)
                continue;
            if (paragraph.Index != quotesOf)
            {
                Quotations.Find(article.Text, paragraph.Span, quotes);
                quotesOf = paragraph.Index;
            }
            finder.FindIn(sentence, quotes);
        }
        finder.SortInReadingOrder();
        return finder._found;
    }

    /// <summary>
    /// Every full name the body gives ("councillor, Gavin Webb, has been suspended"), learnt before any cue is read,
    /// so a later bare "Webb opined" is that person and not a body named Webb, even when the name first came without a cue.
    /// </summary>
    private void LearnNames()
    {
        // Only what classifying leaves behind counts here (the surnames it remembers), and classifying the same words
        // again remembers nothing new. Learn reads the run in place and copies only a name it remembers, so every run
        // is learnt as it stands: a set of the runs already seen cost a copy of each distinct run and the set's arrays,
        // about a fifth of what a pass allocated, to save look-ups that copy nothing.
        // By index: a foreach over the list's interface made an enumerator per article.
        var paragraphs = _article.Paragraphs;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.Kind != ParagraphKind.Body)
                continue;
            var within = Text.AsSpan(0, paragraph.Span.End);
            for (var run = NextFullName(within, paragraph.Span.Start); run.Index >= 0; run = NextFullName(within, run.Index + run.Length))
                _classifier.Learn(Text.AsSpan(run.Index, run.Length));
        }
    }

    // Scratch lists reused from sentence to sentence: most sentences credit nobody, and a pair of new lists per sentence
    // was allocated for nothing. Only a sentence's results are copied out.
    private readonly List<Attribution> _sentenceFound = [];
    private readonly List<(AttributionCue Cue, TextSpan At)> _sentenceCues = [];

    private void FindIn(Sentence sentence, List<TextSpan> quotes)
    {
        var found = _sentenceFound;
        found.Clear();
        var cues = _sentenceCues;
        cues.Clear();
        List<TextSpan>? idioms = null;
        if (_lexicon.IdiomPattern is { } idiomPattern && _lexicon.MayHoldIdiom(Text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
            for (var m = idiomPattern.Match(Text, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
                (idioms ??= []).Add(new TextSpan(m.Index, m.Index + m.Length));
        // One pass over the sentence for every cue, in reading order; at each place the longest cue wins.
        foreach (var (cue, at) in _lexicon.CueScanner.Scan(Text, sentence.Span.Start, sentence.Span.End, _scanned))
        {
            if (quotes.AnyContains(at) || (idioms is not null && AnyContains(idioms, at)))
                continue;
            if (cue.Type is CueType.Speech or CueType.Evidence && LastWord(sentence.Span.Start, at.Start) is { } before
                && (IsNoun(before, cue.Text) || AfterIndefiniteAndWord(sentence.Span.Start, before, cue)))
                continue;
            if (!NeedsMet(cue, at.End, sentence.Span.End) || InName(at.Start, sentence.Span.Start) || NounBeforePreposition(cue, at.End, sentence.Span.End))
                continue;
            // "was reported to the police": "to" and a determiner name who was told; only "was reported to have …" is hearsay.
            if (cue.Type == CueType.Hearsay && cue.Text.EndsWith(" to", StringComparison.Ordinal) && NextWordIs(at.End, sentence.Span.End, Grammar.NounMarkers))
                continue;
            // "Kerry will describe Israel as …", "declined to comment", "did not say": a statement not made credits nobody.
            if (cue.Type is CueType.Speech or CueType.Cognition && NotMade(sentence.Span.Start, at.Start))
                continue;
            // "according to government reports": an -s form a few words after "according to" is the source's head noun.
            if (cues.Count > 0 && cues[^1].Cue.Type == CueType.AccordingTo && cue.Text.EndsWith('s') && !cue.Text.Contains(' ')
                && at.Start - cues[^1].At.End <= 40 && Text.AsSpan(cues[^1].At.End, at.Start - cues[^1].At.End).IndexOfAny(",;:“\"") < 0)
                continue;
            // "was quoted by Xinhua as saying": the "saying" belongs to the quoted speaker, not to a second one.
            if (cues.Count > 0 && cues[^1].Cue.Text.EndsWith("quoted", StringComparison.OrdinalIgnoreCase) && cue.Text.StartsWith("saying", StringComparison.OrdinalIgnoreCase))
                continue;
            cues.Add((cue, at));
        }
        int roomStart = sentence.Span.Start;
        for (int i = 0; i < cues.Count; i++)
        {
            var (cue, at) = cues[i];
            // A source never reaches over another cue ("reportedly" aside, which sits inside a clause): so each cue
            // reads only the words between its neighbours, and a text packed with cues costs its length, not cues × window.
            var room = new TextSpan(roomStart, i + 1 < cues.Count ? cues[i + 1].At.Start : sentence.Span.End);
            if (cue.Type != CueType.Hearsay)
                roomStart = at.End;
            int fromCue = found.Count;
            FromCue(sentence, cue, at, quotes, room, found);
            RememberPeople(found, fromCue, sentence.Index);
        }

        int withoutCue = found.Count;
        WithoutCue(sentence, quotes, found);
        RememberPeople(found, withoutCue, sentence.Index);

        // A sourced sentence does not also need its "reportedly": the source is given.
        if (found.Exists(a => a.Form != AttributionForm.Hearsay))
            found.RemoveAll(a => a.Form == AttributionForm.Hearsay);
        if (found.Count == 0 && ContinuedQuotation(sentence, quotes, found))
        {
            // The speaker is still speaking: a "She further said" after two quoted sentences points back to them.
            if (found.Exists(a => a.Speaker is not null && IsPerson(a.Kind)))
                _lastPeopleSentence = sentence.Index;
        }

        // Two unnamed documents in one sentence ("according to a press release, the injunction stated") are two sources:
        // the first of each (speaker, kind when unnamed, words of an unnamed document) is kept. They go straight into
        // the article's list, each checked against this sentence's run of it: no list of the kept ones is made.
        int sentenceStart = _found.Count;
        foreach (var a in found)
        {
            bool seen = false;
            for (int k = sentenceStart; k < _found.Count; k++)
                seen |= SameSource(_found[k], a);
            if (!seen)
                _found.Add(a);
        }
    }

    /// <summary>
    /// By sentence, then where the source (for an unnamed one, the content) starts; ties keep the order found: what
    /// OrderBy(sentence).ThenBy(start) gave, without its keys, map and copy. The list is in sentence order already, so the
    /// insertion sort only moves attributions within their sentence, at most what de-duplicating them there cost.
    /// </summary>
    private void SortInReadingOrder()
    {
        for (int i = 1; i < _found.Count; i++)
        {
            var a = _found[i];
            int j = i;
            for (; j > 0 && ReadsBefore(a, _found[j - 1]); j--)
                _found[j] = _found[j - 1];
            _found[j] = a;
        }
    }

    private static bool ReadsBefore(Attribution a, Attribution b) =>
        a.SentenceIndex < b.SentenceIndex || a.SentenceIndex == b.SentenceIndex && ReadingStart(a) < ReadingStart(b);

    private static int ReadingStart(Attribution a) => a.Source?.Start ?? a.Content.Start;

    // The attributions already found in one sentence, as the run of _found they fill (found sentence by sentence, in
    // order, so their indices rise); empty for a sentence with none.
    private (int Start, int Count) AttributionsOf(int sentenceIndex)
    {
        int low = 0, high = _found.Count;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            if (_found[middle].SentenceIndex < sentenceIndex)
                low = middle + 1;
            else
                high = middle;
        }
        int end = low;
        while (end < _found.Count && _found[end].SentenceIndex == sentenceIndex)
            end++;
        return (low, end - low);
    }

    // By hand, not idioms.Exists(i => i.Contains(at)): that lambda captured the cue's span, an object per cue.
    private static bool AnyContains(List<TextSpan> spans, TextSpan span)
    {
        foreach (var candidate in spans)
            if (candidate.Contains(span))
                return true;
        return false;
    }

    private readonly List<(AttributionCue Cue, TextSpan At)> _scanned = [];

    private static bool SameSource(Attribution a, Attribution b) =>
        a.Speaker == b.Speaker
        && (a.Speaker is null ? a.Kind : default) == (b.Speaker is null ? b.Kind : default)
        && (a.Speaker is null && a.Kind == SourceKind.Document ? a.SourceText : null) == (b.Speaker is null && b.Kind == SourceKind.Document ? b.SourceText : null);

    /// <summary>The people among <c>attributions[from..]</c>, each speaker once, become the last people quoted.</summary>
    private void RememberPeople(List<Attribution> attributions, int from, int sentenceIndex)
    {
        var people = _nextPeople;
        people.Clear();
        for (int i = from; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Speaker is null || !IsPerson(a.Kind) || HasSpeaker(people, a.Speaker))
                continue;
            people.Add(LastPerson(a) ?? new SourceMention(a.Kind, a.Speaker, a.Role));
        }
        if (people.Count == 0)
            return;
        (_lastPeople, _nextPeople) = (people, _lastPeople);
        _lastPeopleSentence = sentenceIndex;
    }

    // The person last quoted that the attribution credits, as the mention it would make: a speaker quoted sentence after
    // sentence is one mention, not a new one per sentence (a mention never changes, so sharing it changes nothing).
    private SourceMention? LastPerson(Attribution a)
    {
        foreach (var person in _lastPeople)
            if (person.Kind == a.Kind && person.Speaker == a.Speaker && person.Role == a.Role && !person.IsPronoun)
                return person;
        return null;
    }

    // By hand, not people.Exists(p => p.Speaker == speaker): that lambda captured the attribution, an object per attribution read.
    private static bool HasSpeaker(List<SourceMention> people, string speaker)
    {
        foreach (var person in people)
            if (person.Speaker == speaker)
                return true;
        return false;
    }

    private void FromCue(Sentence sentence, AttributionCue cue, TextSpan at, List<TextSpan> quotes, TextSpan room, List<Attribution> into)
    {
        var s = sentence.Span;
        if (cue.Type == CueType.Hearsay)
        {
            into.Add(Make(sentence, s, null, SourceMention.UnnamedGroup, AttributionForm.Hearsay, cue, quotes));
            return;
        }
        if (cue.Type == CueType.AccordingTo)
        {
            var phrase = Trim(new TextSpan(at.End, PhraseEnd(at.End, Math.Min(room.End, at.End + MaxSourceDistance))));
            // "according to a report quoting the pastor four people were shot": the source ends where its own reporting verb starts.
            if (FirstMatchAt(QuotingInside(), phrase.Start, phrase.Length) is var quoting and >= 0)
                phrase = Trim(new TextSpan(phrase.Start, quoting));
            var content = at.Start - s.Start > 3 ? Trim(new TextSpan(s.Start, at.Start)) : Trim(new TextSpan(phrase.End, s.End));
            foreach (var (span, mention) in NamedAfter(phrase, s) ?? Sources(phrase))
                into.Add(Make(sentence, content, span, mention, AttributionForm.AccordingTo, cue, quotes));
            return;
        }

        // Sources stand near their cue: looking only this far keeps a huge pasted sentence from costing cues × length.
        var near = new TextSpan(Math.Max(room.Start, at.Start - MaxSourceDistance), Math.Min(room.End, at.End + MaxSourceDistance));
        int beforeEnd = at.Start;
        while (beforeEnd > s.Start && char.IsWhiteSpace(Text[beforeEnd - 1]))
            beforeEnd--;
        bool afterCommaOrQuote = beforeEnd > s.Start && Text[beforeEnd - 1] is ',' or '”' or '"';
        // "is reporting", "are touting": a form of "be" before an -ing form makes a progressive, not a passive.
        bool passive = !cue.Text.EndsWith("ing", StringComparison.Ordinal) && IsPassive(near.Start, at.Start);
        // A passive with its agent: "it was reported by the BBC that …", "was confirmed by a spokesman".
        var sources = passive ? PassiveAgentAfter(at.End, near.End) : Subject(near, at, cue);
        if (passive && sources.Count > 0)
        {
            foreach (var (span, mention) in sources)
                into.Add(Make(sentence, AgentClauseContent(sentence, at), span, mention, AttributionForm.ReportingVerb, cue, quotes));
            return;
        }
        // "Tornadoes were reported in Ohio": a passive of "report" with no agent passes the claim on without its source.
        if (passive && sources.Count == 0 && Grammar.HearsayPassives.Contains(cue.Text) && !RecipientNext().IsMatch(Text.AsSpan(at.End, Math.Min(12, s.End - at.End))))
        {
            into.Add(Make(sentence, s, null, SourceMention.UnnamedGroup, AttributionForm.Hearsay, cue, quotes));
            return;
        }
        // "The project, he added, was over": a speaker given by a pronoun that points nowhere is still that pronoun, not an earlier noun.
        if (sources.Count == 0 && !passive && !afterCommaOrQuote && !PronounRightBefore(near.Start, at.Start))
            sources = FirstNamedSegment(near, at);
        var after = AfterCue(at.End, s.End);
        // What follows the cue is the statement, unless it is only when or how it was said ("said on Tuesday", "announced via video").
        bool circumstance = after.Length <= 80 && TrailingCircumstance().IsMatch(Text.AsSpan(after.Start, after.Length));
        var contentSpan = after.Length > 3 && !circumstance || sources.Count == 0 ? (circumstance ? s : after) : Trim(new TextSpan(s.Start, FirstStart(sources)));
        if (contentSpan.IsEmpty)
            contentSpan = s;
        if (sources.Count == 0 && afterCommaOrQuote)
        {
            // No subject before the cue: the source follows it. "…,” joked Oleg Kashin."; "…, said Rustam Burnashev, an expert at …"
            sources = Inverted(at, near);
            if (sources.Count > 0)
                contentSpan = Trim(new TextSpan(s.Start, beforeEnd));
            else if (!passive)
                // Or the name opens the sentence and its description runs up to the cue: "Jackie Baillie, health spokeswoman …, which …, said".
                sources = FirstNamedSegment(near, at);
        }
        else if (cue.Type == CueType.Speech && sources.Count > 0 && !cue.Text.EndsWith("quoted", StringComparison.Ordinal))
        {
            Venue(at.End, near.End, sources);
        }

        // "Kerry confirm", "the spokesman claim": a base form does not agree with one person, so it is a noun or an
        // infinitive here, not what that person said ("the minister's decision to reject …" aside, caught by NotMade).
        if (sources.Count == 1 && _lexicon.IsBaseForm(cue.Text) && (IsPerson(sources[0].Item2.Kind) || sources[0].Item2.Kind == SourceKind.RoleOnly)
            && !PluralSubject().IsMatch(Chars(sources[0].Item1)) && !AfterToOrDo(s.Start, at.Start))
            return;
        foreach (var (span, mention) in sources)
        {
            if (cue.Type == CueType.Evidence && mention.Kind != SourceKind.Document)
                continue;
            into.Add(Make(sentence, contentSpan, span, mention, AttributionForm.ReportingVerb, cue, quotes));
        }
    }

    // The earliest start among the sources (what sources.Min(x => x.Item1.Start) gave), without an enumerator.
    private static int FirstStart(List<(TextSpan, SourceMention)> sources)
    {
        int first = int.MaxValue;
        foreach (var (span, _) in sources)
            first = Math.Min(first, span.Start);
        return first;
    }

    // The word right after white space at <paramref name="start"/> is one of <paramref name="words"/>.
    private bool NextWordIs(int start, int end, IReadOnlySet<string> words)
    {
        int from = start;
        while (from < end && char.IsWhiteSpace(Text[from]))
            from++;
        int to = from;
        while (to < end && char.IsLetter(Text[to]))
            to++;
        return to > from && SourcingLexicon.Holds(words, Text.AsSpan(from, to - from));
    }

    // "was reported to police", "were reported to the council": who was told, not who told.
    // Linear: anchored; runs of spaces and letters in turn, each ending where the next must start.
    [GeneratedRegex(@"^\s+to\s+(?:the\s+)?\p{L}+\b")]
    private static partial Regex RecipientNext();

    /// <summary>
    /// "a recent show", "an official claim": a cue in its base form (the lemma table's, or the evidence verb "show") after
    /// "a"/"an" and one word is a noun, since a singular subject takes the -s form ("a report shows", "a spokesperson said").
    /// </summary>
    private bool AfterIndefiniteAndWord(int sentenceStart, TextSpan before, AttributionCue cue) =>
        (_lexicon.IsBaseForm(cue.Text) || cue.Type == CueType.Evidence && !cue.Text.Contains(' ') && !cue.Text.EndsWith('s') && !cue.Text.EndsWith("ed", StringComparison.Ordinal))
            && LastWord(sentenceStart, before.Start) is { } article && (LowerIs(article, "a") || LowerIs(article, "an"));

    // "went on to characterise", "did confirm": an infinitive or a form after "do" agrees with anyone.
    private bool AfterToOrDo(int sentenceStart, int cueStart) =>
        LastWord(sentenceStart, cueStart) is { } w && (LowerIs(w, "to") || LowerIs(w, "do") || LowerIs(w, "does") || LowerIs(w, "did"));

    // A subject a base form agrees with: a plural pronoun, a list, or a plural head ("two spokesmen", "both officials").
    // A lower-case plural anywhere counts: "Taliban figures like Mullah Baradar cite" agrees with "figures".
    // Linear: the run of letters starts only at a word boundary and gives back at most its own word; the other alternatives are fixed words.
    [GeneratedRegex(@"^(?:they|we|you|I)$|\sand\s|,|\b\p{Ll}+(?:s|men)\b|\bpeople\b|(?:s|men)$")]
    private static partial Regex PluralSubject();

    /// <summary>
    /// A reporting verb is never capitalised inside a sentence: "the United States", "Reuters Reports Ltd" hold
    /// a cue's letters as part of a name. A capital after a quotation mark or colon still opens a clause.
    /// </summary>
    private bool InName(int at, int sentenceStart)
    {
        if (!char.IsUpper(Text[at]) || at == sentenceStart)
            return false;
        int before = at;
        while (before > sentenceStart && char.IsWhiteSpace(Text[before - 1]))
            before--;
        return before > sentenceStart && Text[before - 1] is not (':' or '“' or '"' or '(' or '—' or '–');
    }

    /// <summary>
    /// Whether a cue at <paramref name="cueStart"/> tells of a statement not made: after a modal, a negation or "declined"
    /// (three words back at most), or after "to" with an intention or schedule before it.
    /// </summary>
    private bool NotMade(int sentenceStart, int cueStart)
    {
        int end = cueStart;
        for (int i = 0; i < 3 && LastWord(sentenceStart, end) is { } word; i++)
        {
            if (IsIn(Grammar.NotMadeMarkers, word))
                return true;
            if (Chars(word).Equals("to", StringComparison.OrdinalIgnoreCase) && LastWord(sentenceStart, word.Start) is { } before
                && (IsIn(Grammar.IntentBeforeTo, before) || i == 0 && !IsIn(Grammar.MadeBeforeTo, before)))
                return true;
            if (!IsIn(Grammar.NotMadeFillers, word))
                return false;
            end = word.Start;
        }
        return false;
    }

    private bool PronounRightBefore(int start, int cueStart) =>
        LastWord(start, SkipBackOver(cueStart, start)) is { } word && _lexicon.Meaning(Chars(word)) == "pronoun";

    /// <summary>"comments on drugs", "reports of fighting", "claims about": an -s form followed by a preposition is a plural noun.</summary>
    private bool NounBeforePreposition(AttributionCue cue, int start, int end) =>
        cue.Type == CueType.Speech && cue.Text.EndsWith('s') && !cue.Text.Contains(' ')
            && PrepositionNext().IsMatch(Text.AsSpan(start, Math.Min(8, end - start)));

    // Linear: starts only at 'with'; each of its three runs of letters or spaces ends where the next must start, so backtracking gives back at most one word each.
    [GeneratedRegex(@"\bwith\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+s$")]
    private static partial Regex WithAbsolute();

    // Linear: anchored; one run of spaces then a fixed word.
    [GeneratedRegex(@"^\s+(?:on|of|about|from|over|regarding)\b")]
    private static partial Regex PrepositionNext();

    /// <summary>"by the BBC" right after a passive cue, up to "that", a comma or the end: who reported it.</summary>
    private List<(TextSpan, SourceMention)> PassiveAgentAfter(int start, int end)
    {
        var by = AgentPhrase().Match(Text, start, end - start);
        if (!by.Success)
            return [];
        var agent = Trim(new TextSpan(by.Groups["agent"].Index, by.Groups["agent"].Index + by.Groups["agent"].Length));
        // In place: the list is this call's own.
        var sources = Sources(agent);
        sources.RemoveAll(x => x.Item2.Kind == SourceKind.Document && x.Item2.Speaker is null);
        return sources;
    }

    // What the agent said: the "that" clause after the agent, else the sentence.
    private TextSpan AgentClauseContent(Sentence sentence, TextSpan cue)
    {
        int that = Text.IndexOf(" that ", cue.End, sentence.Span.End - cue.End, StringComparison.Ordinal);
        return that < 0 ? sentence.Span : Trim(new TextSpan(that + 6, sentence.Span.End));
    }

    // Linear, though NonBacktracking has neither \G nor look-ahead: one start; the agent opens with a non-space, so "by" and
    // its spaces split one way only, and each of its at most 80 ends tries a look-ahead that reads one run of spaces.
    [GeneratedRegex(@"\G\s*by\s+(?<agent>[^,;:“”""\s][^,;:“”""]{1,79}?)(?=\s+that\s|\s+as\s|[,;:“”""]|[.!?]?$)")]
    private static partial Regex AgentPhrase();

    /// <summary>
    /// Whether what follows a cue gives it the sense it needs (<see cref="CueNeeds"/>): "described the plan as …"
    /// needs its "as" in the same clause; "called the death “unexplained”" a quotation within five words,
    /// and never "called on" or "called for", which ask rather than claim.
    /// </summary>
    private bool NeedsMet(AttributionCue cue, int start, int end)
    {
        if (cue.Needs == CueNeeds.Nothing)
            return true;
        if (cue.Needs == CueNeeds.That)
            return ThatClauseNext().IsMatch(Text.AsSpan(start, Math.Min(end - start, 120)));
        // Bounded, so a text of nothing but "described described …" costs its length, not its length squared.
        // The clause read in place (ClauseAfter always matches, from the start): no Match, no copy of the clause.
        var clause = Text.AsSpan(start, AnchoredMatch(ClauseAfter(), start, Math.Min(end - start, MaxSourceDistance)));
        if (cue.Needs == CueNeeds.As)
            return AsWord().IsMatch(clause);
        if (cue.Needs == CueNeeds.Content)
            return !ToNext().IsMatch(clause) || ContentMark().IsMatch(Text.AsSpan(start, Math.Min(end - start, MaxSourceDistance)));
        return !RequestParticle().IsMatch(clause) && QuotationSoon().IsMatch(clause);
    }

    // Linear: anchored, and the run succeeds wherever it stops.
    [GeneratedRegex(@"^[^,;.!?]*")]
    private static partial Regex ClauseAfter();

    // "found that", "found — for the second time — that", "found, after a trial, that": a that-clause next, over one parenthetical.
    // Linear: anchored, and the parenthesis it may skip is at most 80 characters.
    [GeneratedRegex(@"^\s*(?:[—–][^—–;.!?]{1,80}[—–]\s*|,[^,;.!?]{1,80},\s*)?that\s")]
    private static partial Regex ThatClauseNext();

    // Linear: one space, a fixed word, one space.
    [GeneratedRegex(@"\s(?:quoting|citing)\s")]
    private static partial Regex QuotingInside();

    // Linear: anchored; one run of spaces then a fixed word.
    [GeneratedRegex(@"^\s*to\s")]
    private static partial Regex ToNext();

    // What a "responded to …" says: a quotation, a "that" clause, a colon or "saying". A colon opens what was said only
    // before white space or the end: the colon of a time ("just before 12:30 p.m.") opens nothing.
    // Linear: each alternative is one or two characters or a fixed word between spaces.
    [GeneratedRegex(@"[“""‘]|:(?:\s|$)|\sthat\s|\ssaying\s")]
    private static partial Regex ContentMark();

    // Linear: a fixed word between spaces.
    [GeneratedRegex(@"\sas\s")]
    private static partial Regex AsWord();

    // Linear: anchored; one run of spaces then a fixed word.
    [GeneratedRegex(@"^\s*(?:on|for|off|up|in)\b")]
    private static partial Regex RequestParticle();

    // Linear: anchored, and it looks at most five words ahead, each word and space run ending where the next must start.
    [GeneratedRegex(@"^\s*(?:\S+\s+){0,5}?[“""‘]")]
    private static partial Regex QuotationSoon();

    /// <summary>The source named after the cue, when the cue follows a quotation or comma; empty when what follows is not a source.</summary>
    private List<(TextSpan, SourceMention)> Inverted(TextSpan cue, TextSpan sentence)
    {
        var after = Trim(new TextSpan(cue.End, sentence.End));
        if (after.IsEmpty || !(char.IsUpper(Text[after.Start]) || ArticleStart().IsMatch(Chars(after))))
            return [];
        int comma = Text.IndexOf(", ", after.Start, after.Length, StringComparison.Ordinal);
        var sources = comma < 0 ? Sources(after) : Appositive(Trim(new TextSpan(after.Start, comma)), Trim(new TextSpan(comma + 1, after.End)));
        // In place: the list is this call's own.
        sources.RemoveAll(x => x.Item2.Kind is SourceKind.Institution or SourceKind.Document);
        return sources;
    }

    // After "to", an -s or -ed form is a noun or adjective, never a verb: "according to reports by the AP".
    private bool IsNoun(TextSpan before, string cue) =>
        IsIn(Grammar.NounMarkers, before) || IsIn(Grammar.LowerCaseNounMarkers, before) || Chars(before).Equals("to", StringComparison.OrdinalIgnoreCase) && (cue.EndsWith('s') || cue.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"was also accepted by the council": the grammatical subject did not say anything.</summary>
    private bool IsPassive(int sentenceStart, int cueStart)
    {
        int end = cueStart;
        while (LastWord(sentenceStart, end) is { } last && IsIn(Grammar.Auxiliaries, last))
        {
            if (Chars(last) is "is" or "are" or "was" or "were" or "been" or "being")
                return true;
            end = last.Start;
        }
        return false;
    }

    /// <summary>
    /// The run of letters that ends <c>Text[start..end]</c> but for trailing white space, or null when the stretch
    /// ends otherwise. Read backwards from <paramref name="end"/>: each cue costs the words it looks at, not the
    /// whole window (matching "(\p{L}+)\s*$" from the left cost the window at every step, and dense cues made that most of the work).
    /// </summary>
    private TextSpan? LastWord(int start, int end)
    {
        int wordEnd = end;
        while (wordEnd > start && char.IsWhiteSpace(Text[wordEnd - 1]))
            wordEnd--;
        int wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(Text[wordStart - 1]))
            wordStart--;
        return wordStart < wordEnd ? new TextSpan(wordStart, wordEnd) : null;
    }

    /// <summary>
    /// Whether the text before <paramref name="position"/>, trailing white space aside, ends with a comma of the sentence
    /// that starts at <paramref name="sentenceStart"/>; the comma's index, else -1. A comma that ends the sentence before
    /// separates nothing in this one (and a stretch from the sentence's start to it would run backwards).
    /// </summary>
    private int CommaBefore(int sentenceStart, int position)
    {
        int at = position;
        while (at > sentenceStart && char.IsWhiteSpace(Text[at - 1]))
            at--;
        return at > sentenceStart && Text[at - 1] == ',' ? at - 1 : -1;
    }

    /// <summary>An outlet right after the cue carried the words: "told Turkey’s state-run Anadolu Agency". Added to <paramref name="into"/>.</summary>
    private void Venue(int start, int end, List<(TextSpan, SourceMention)> into)
    {
        // Matched in place (the pattern sees only Text[start..end], as it saw the copy), and the stretch is read once for
        // every outlet, not copied again for each. The match is found without a Match object (the pattern is anchored:
        // its one match, if any, starts at the stretch's start).
        int index = 0, length = 0;
        foreach (var m in VenueStretch().EnumerateMatches(Text.AsSpan(start, end - start)))
        {
            (index, length) = (start + m.Index, m.Length);
            break;
        }
        if (length == 0)
            return;
        var span = Trim(new TextSpan(index, index + length));
        var words = Chars(span);
        // By index: a foreach over the list's interface made an enumerator per cue.
        var outlets = _lexicon.Outlets;
        for (int i = 0; i < outlets.Count; i++)
            if (words.Contains(outlets[i], StringComparison.Ordinal))
            {
                into.Add((span, new SourceMention(SourceKind.JournalistOrOutlet, outlets[i], null)));
                return;
            }
    }

    /// <summary>The subject of a reporting verb, found by walking back from the cue.</summary>
    private List<(TextSpan, SourceMention)> Subject(TextSpan sentence, TextSpan cue, AttributionCue cueEntry)
    {
        int end = SkipBackOver(cue.Start, sentence.Start);
        var left = Text.AsSpan(sentence.Start, end - sentence.Start).TrimEnd();
        bool participle = cueEntry.Text.EndsWith("ing", StringComparison.Ordinal);

        if (left.EndsWith(','))
        {
            int close = sentence.Start + left.Length - 1;
            if (participle)
                return Sources(MainSubject(sentence)) is { Count: > 0 } main ? main : FirstNamedSegment(sentence, cue);
            // "HEAD, APPOSITIVE, said": the name is one of the two.
            // Nothing before the comma to search when it opens the sentence (at the text's start, close - 1 is -1).
            int open = close > sentence.Start ? Text.LastIndexOf(", ", close - 1, close - sentence.Start, StringComparison.Ordinal) : -1;
            var appositive = Trim(new TextSpan(open < 0 ? sentence.Start : open + 1, close));
            var head = Trim(new TextSpan(SegmentStart(sentence.Start, Math.Max(sentence.Start, open)), Math.Max(sentence.Start, open)));
            // Only a named person makes "X, Y, said" an appositive; otherwise the comma ends a clause and the source follows the cue.
            var named = Appositive(head, appositive);
            return named.Any(x => x.Item2.Speaker is not null && IsPerson(x.Item2.Kind)) ? named : [];
        }

        var segment = Trim(new TextSpan(SegmentStart(sentence.Start, end), end));
        // "Cpl. Victor Thibault, 38, of Digby, Nova Scotia said": the region that ends a place phrase is not the speaker.
        if (SpeakerBeforePlace(sentence.Start, segment) is { } speaker)
            return Sources(speaker);
        var words = Chars(segment);
        // "… with several illnesses reported": a participle after "with" and its noun says what happened, not who said it.
        if (cueEntry.Text.EndsWith("ed", StringComparison.Ordinal) && WithAbsolute().IsMatch(words))
            return [];
        // "… a former spokesperson … in Afghanistan wrote": a role after a name and a comma.
        if (IndefiniteStart().IsMatch(words) && segment.Start > sentence.Start && CommaBefore(sentence.Start, segment.Start) >= 0)
        {
            int comma = Text.LastIndexOf(',', segment.Start);
            var name = Trim(new TextSpan(SegmentStart(sentence.Start, comma), comma));
            if (Classify(name) is { Speaker: not null } person && IsPerson(person.Kind))
                return Appositive(name, segment);
        }
        // A passive agent: "which was seen angrily by Putin stating".
        // In place: the scan reads only the segment, as the pattern it replaced saw its copy.
        int agent = PassiveAgentStart(Text.AsSpan(segment.Start, segment.Length));
        if (agent >= 0)
            segment = Trim(new TextSpan(segment.Start + agent, segment.End));
        return Sources(segment);
    }

    /// <summary>
    /// The named person before "…, [age,] of Place, Region" when <paramref name="segment"/> is that region: the comma
    /// segments are read back from it, over one "of/from/in Place" and one age, to a name that is a person.
    /// </summary>
    private TextSpan? SpeakerBeforePlace(int sentenceStart, TextSpan segment)
    {
        int comma = CommaBefore(sentenceStart, segment.Start);
        if (comma < 0)
            return null;
        int placeStart = LastBoundaryEnd(sentenceStart, comma);
        if (!PlacePhrase().IsMatch(Text.AsSpan(placeStart, comma - placeStart)))
            return null;
        comma = CommaBefore(sentenceStart, placeStart);
        if (comma < 0)
            return null;
        int nameStart = LastBoundaryEnd(sentenceStart, comma);
        if (AgeOnly().IsMatch(Text.AsSpan(nameStart, comma - nameStart)))
        {
            comma = CommaBefore(sentenceStart, nameStart);
            if (comma < 0)
                return null;
            nameStart = LastBoundaryEnd(sentenceStart, comma);
        }
        var name = Trim(new TextSpan(nameStart, comma));
        return Classify(name) is { Speaker: not null } person && IsPerson(person.Kind) ? name : null;
    }

    // Linear: anchored; spaces, a fixed word, spaces, one capital.
    [GeneratedRegex(@"^\s*(?:of|from|in)\s+\p{Lu}")]
    private static partial Regex PlacePhrase();

    // Linear: anchored; spaces, at most three digits, spaces.
    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex AgeOnly();

    /// <summary>Where the clause holding the subject starts: after the last comma, "that", "which", dash or quotation mark.</summary>
    private int SegmentStart(int sentenceStart, int end)
    {
        int start = LastBoundaryEnd(sentenceStart, end);
        // A list "A, B, and C" reaches back over its commas, one short item at a time.
        if (ConjunctionStart().IsMatch(Text.AsSpan(start, end - start)))
        {
            while (start > sentenceStart && CommaBefore(sentenceStart, start) is var comma and >= 0)
            {
                var item = LastListItem().Match(Text, sentenceStart, comma - sentenceStart);
                if (item.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4)
                    break;
                start = item.Groups[1].Index;
            }
        }
        return start;
    }

    /// <summary>
    /// Just after the last clause boundary in <c>Text[start..end]</c> (", ", a clause word such as "that" between
    /// spaces, a dash, semicolon, colon, bracket or quotation mark), or <paramref name="start"/> when there is none.
    /// Found walking back from <paramref name="end"/>, so a cue pays for the clause it is in, not the whole window.
    /// No boundary can start inside another, so the last one found this way is the last one reading forwards.
    /// </summary>
    private int LastBoundaryEnd(int start, int end)
    {
        for (int p = end - 1; p >= start; p--)
        {
            char c = Text[p];
            if (c is '–' or '—' or ';' or ':' or '(' or '“' or '”' or '"')
                return p + 1;
            if (c == ',' && p + 1 < end && char.IsWhiteSpace(Text[p + 1]))
                return p + 2;
            if (p > start && char.IsWhiteSpace(Text[p - 1]))
            {
                // By index: a foreach over the list made an enumerator at every character walked back over.
                var clauseWords = Grammar.ClauseWords;
                for (int k = 0; k < clauseWords.Count; k++)
                {
                    string word = clauseWords[k];
                    if (p + word.Length < end && Text.AsSpan(p, word.Length).SequenceEqual(word) && char.IsWhiteSpace(Text[p + word.Length]))
                        return p + word.Length + 1;
                }
            }
        }
        return start;
    }

    /// <summary>The subject of the sentence's main clause, after an introductory phrase: "In January 2017, Russia …".</summary>
    private TextSpan MainSubject(TextSpan sentence)
    {
        int start = sentence.Start;
        int comma = Text.IndexOf(", ", start, sentence.Length, StringComparison.Ordinal);
        if (StartsWithIntroducer(new TextSpan(start, sentence.End)) && comma > 0)
            start = comma + 2;
        // The words read in place, without a Match or a copy for each.
        var words = Text.AsSpan(start, sentence.End - start);
        int end = start;
        foreach (var m in NameWord().EnumerateMatches(words))
        {
            var w = words.Slice(m.Index, m.Length);
            // A number belongs to the subject too: "Potential 2008 Presidential candidate …, saying" is not "Potential".
            bool partOfName = char.IsUpper(w[0]) || char.IsDigit(w[0]) || w.SequenceEqual("the") || _lexicon.Meaning(w) is not null and not "pronoun";
            if (!partOfName)
                break;
            end = start + m.Index + m.Length;
        }
        return new TextSpan(start, end);
    }

    // The stretch opens with a word of the introducers list ("In", "After"): its first run of letters, looked up in place.
    private bool StartsWithIntroducer(TextSpan stretch)
    {
        int length = AnchoredMatch(FirstWord(), stretch.Start, stretch.Length);
        return length > 0 && SourcingLexicon.Holds(Grammar.Introducers, Text.AsSpan(stretch.Start, length));
    }

    /// <summary>
    /// Back from a cue over the words between it and its subject: auxiliaries and adverbs (<c>auxiliaries</c>), and a
    /// verb coordinated with the cue ("astronomers have detected and confirmed that": a lower-case past form and "and").
    /// </summary>
    private int SkipBackOver(int end, int start)
    {
        while (LastWord(start, end) is { } last)
        {
            if (IsIn(Grammar.Auxiliaries, last))
                end = last.Start;
            else if (Chars(last) is "and" && LastWord(start, last.Start) is { } verb && IsCoordinatedPastForm(verb))
                end = verb.Start;
            else
                break;
        }
        return end;
    }

    // "detected", "reviewed": a lower-case word of four letters or more ending in "ed". A noun before "and" ("the
    // embassy and confirmed") ends otherwise, and "Ted and" is capitalised.
    private bool IsCoordinatedPastForm(TextSpan word)
    {
        var letters = Chars(word);
        return letters.Length >= 4 && letters.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(letters[0]);
    }

    /// <summary>Classifies a phrase, splitting a list of sources ("Neither Burnashev nor Serenko").</summary>
    private List<(TextSpan, SourceMention)> Sources(TextSpan phrase)
    {
        if (phrase.IsEmpty)
            return [];
        var body = new TextSpan(phrase.Start + Math.Max(0, AnchoredMatch(ListOpener(), phrase.Start, phrase.Length)), phrase.End);
        // The list's parts, made only when a separator splits the phrase: most phrases are one source.
        List<TextSpan>? parts = null;
        int at = body.Start;
        // Bounded to the phrase: Matches(text, start) would scan to the end of the article for every phrase. The
        // separators are read without a Match object each (EnumerateMatches sees the same stretch, so the same matches).
        int partStart = at;
        foreach (var sep in ListSeparator().EnumerateMatches(Chars(body)))
        {
            int sepStart = body.Start + sep.Index;
            var word = Trim(new TextSpan(at, sepStart));
            at = sepStart + sep.Length;
            // "the Food and Agriculture Organization" is one name: its "and" separates nothing.
            if (Text.AsSpan(sepStart, sep.Length).Trim().SequenceEqual("and") && InsideOneName(word, Trim(new TextSpan(at, body.End))))
                continue;
            (parts ??= []).Add(Trim(new TextSpan(partStart, sepStart)));
            partStart = at;
        }

        if (parts is not null)
        {
            parts.Add(Trim(new TextSpan(partStart, body.End)));
            // Every part classified first, in order, then resolved only if they are a list of sources (as before: the
            // classifier remembers surnames, so the order of its calls is kept).
            var mentions = new SourceMention?[parts.Count];
            bool allSources = true, allGroups = true;
            for (int i = 0; i < parts.Count; i++)
            {
                var m = mentions[i] = Classify(parts[i]);
                allSources &= m is not null;
                allGroups &= m is { Kind: SourceKind.AnonymousGroup, Speaker: null };
            }
            if (allSources && !allGroups)
            {
                var each = new List<(TextSpan, SourceMention)>(parts.Count);
                for (int i = 0; i < parts.Count; i++)
                    Resolve(parts[i], mentions[i]!, each);
                return each;
            }
        }
        return Resolved(phrase, Classify(phrase));
    }

    // The mention resolved into a new list; an empty list for no mention.
    private List<(TextSpan, SourceMention)> Resolved(TextSpan span, SourceMention? mention)
    {
        // Sized for one: a mention resolves to itself or one person, and only "they" to more.
        var into = new List<(TextSpan, SourceMention)>(mention is null ? 0 : 1);
        if (mention is not null)
            Resolve(span, mention, into);
        return into;
    }

    /// <summary>
    /// The length of <paramref name="anchored"/>'s match at the start of <c>Text[start..start+length]</c>, or -1: what
    /// Match(Text, start, length).Length told, read without a Match object (the pattern sees the same stretch).
    /// </summary>
    private int AnchoredMatch(Regex anchored, int start, int length)
    {
        foreach (var m in anchored.EnumerateMatches(Text.AsSpan(start, length)))
            return m.Length;
        return -1;
    }

    /// <summary>Where the first match of <paramref name="pattern"/> in <c>Text[start..start+length]</c> starts, or -1 (no Match object).</summary>
    private int FirstMatchAt(Regex pattern, int start, int length)
    {
        foreach (var m in pattern.EnumerateMatches(Text.AsSpan(start, length)))
            return start + m.Index;
        return -1;
    }

    /// <summary>
    /// "Food | and | Agriculture Organization": one capitalised word before "and", and after it capitalised words up
    /// to the word that makes them a body ("Organization", "Department"), is one name, not a list of two sources.
    /// </summary>
    private bool InsideOneName(TextSpan before, TextSpan rest)
    {
        // The words read in place: what Replace took off the start (its pattern is anchored) is skipped, not copied.
        var word = Chars(before)[Math.Max(0, AnchoredMatch(ArticleStart(), before.Start, before.Length))..];
        if (word.Length == 0 || !char.IsUpper(word[0]) || word.Contains(' ') || rest.IsEmpty || !char.IsUpper(Text[rest.Start]))
            return false;
        var words = Chars(rest);
        foreach (var w in NameWord().EnumerateMatches(words))
        {
            if (!char.IsUpper(words[w.Index]))
                return false;
            if (_lexicon.Meaning(words.Slice(w.Index, w.Length)) == "institution")
                return true;
        }
        return false;
    }

    /// <summary>A name and a role side by side: whichever is the person is the speaker, the other the role.</summary>
    private List<(TextSpan, SourceMention)> Appositive(TextSpan first, TextSpan second)
    {
        var a = Classify(first);
        var b = Classify(second);
        if (a is { Speaker: not null } && IsPerson(a.Kind))
            return [(first, a with { Role = TextOf(second, b), Kind = RoleKind(a, second) })];
        if (b is { Speaker: not null } && IsPerson(b.Kind))
            return [(second, b with { Role = TextOf(first, a), Kind = RoleKind(b, first) })];
        return a is not null ? Resolved(first, a) : Resolved(second, b);
    }

    // The words of the span, as span.Of(Text) gives them: the role its classification already copied when that is the
    // very same words ("an expert at …" classified as a role), else a new copy.
    private string TextOf(TextSpan span, SourceMention? classified) =>
        classified?.Role is { } role && Chars(span).SequenceEqual(role) ? role : span.Of(Text);

    // A named person's kind comes from the list of people, or else from the role beside the name.
    private SourceKind RoleKind(SourceMention person, TextSpan role) =>
        person.Kind != SourceKind.NamedPerson ? person.Kind
            : Classify(role) is { Kind: SourceKind.RoleOnly } ? KindOfRoleIn(role) : person.Kind;

    // The kind the role's first role word gives (as KindOfRole over its runs of letters), each word read in place.
    private SourceKind KindOfRoleIn(TextSpan role)
    {
        var words = Chars(role);
        foreach (var w in Letters().EnumerateMatches(words))
            if (_lexicon.Meaning(words.Slice(w.Index, w.Length)) is { } meaning && meaning is "official" or "expert" or "journalist")
                return SourcingLexicon.KindOfRoleMeaning(meaning);
        return SourceKind.NamedPerson;
    }

    private SourceMention? Classify(TextSpan phrase) => phrase.IsEmpty ? null : _classifier.Classify(Chars(phrase));

    /// <summary>Pronouns and "the professor …" point back to the people quoted in the sentence before. Added to <paramref name="into"/>.</summary>
    /// <remarks>Added rather than yielded: every resolved phrase made an iterator and a list copied from it.</remarks>
    private void Resolve(TextSpan span, SourceMention mention, List<(TextSpan, SourceMention)> into)
    {
        bool recent = _article.Sentences.Count > 0 && CurrentSentence(span) - _lastPeopleSentence <= 2;
        if (mention.IsPronoun)
        {
            // Compared as its lower-case form, without making it.
            bool heOrShe = LowerIs(span, "he") || LowerIs(span, "she");
            if (heOrShe && (!recent || _lastPeople.Count == 0) && NearestNamedPerson(span) is { } named)
            {
                into.Add((span, named));
                return;
            }
            if (!recent || _lastPeople.Count == 0 || LowerIs(span, "it"))
                return;
            if (LowerIs(span, "they"))
                foreach (var person in _lastPeople)
                    into.Add((span, person));
            else
                into.Add((span, _lastPeople[^1]));
            return;
        }
        if (mention.Kind == SourceKind.RoleOnly && recent && _lastPeople.Count > 0
            && Chars(span).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && CurrentSentence(span) - _lastPeopleSentence == 1
            && SharesRoleWord(span, _lastPeople[^1]))
        {
            into.Add((span, _lastPeople[^1]));
            return;
        }
        into.Add((span, mention));
    }

    // "the professor" is the person last described as a professor, not whoever spoke last: "The mayor tells …"
    // after "Officials told the Associated Press" is the mayor. A person with no known role may be any role.
    private bool SharesRoleWord(TextSpan span, SourceMention person)
    {
        if (person.Role is null)
            return person.Kind != SourceKind.JournalistOrOutlet;
        // Word against word, in place, ignoring case as the set of role words did: a role and a "the …" phrase are a few
        // words each (both at most a source's reach), so no set of copies is worth making.
        var words = Chars(span);
        bool first = true;
        foreach (var w in Letters().EnumerateMatches(words))
        {
            if (first)
            {
                first = false;
                continue;
            }
            var word = words.Slice(w.Index, w.Length);
            foreach (var r in Letters().EnumerateMatches(person.Role))
                if (word.Equals(person.Role.AsSpan(r.Index, r.Length), StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// "Khadr's lawyer Dennis Edney has challenged … He said": a "he" or "she" with no one quoted just before
    /// points back to the last person named in this sentence or the two before it, quoted or not.
    /// </summary>
    private SourceMention? NearestNamedPerson(TextSpan pronoun)
    {
        var here = _article.SentenceAt(pronoun.Start);
        if (here is null)
            return null;
        // The earliest of this sentence and the two before it in the same paragraph, by index: filtering every
        // sentence of the article here cost sentences × pronouns ("He said. He said. …" ran quadratic).
        int first = here.Index;
        while (first > 0 && first > here.Index - 2 && _article.Sentences[first - 1].ParagraphIndex == here.ParagraphIndex)
            first--;
        int from = _article.Sentences[first].Span.Start;
        // Names stand near the pronoun that points to them; the look back goes no further than this.
        from = Math.Max(from, pronoun.Start - MaxSourceDistance);
        return LastPersonIn(here.ParagraphIndex, from, pronoun.Start);
    }

    /// <summary>
    /// The last capitalised run naming a person in <c>Text[from..end]</c>, all in one paragraph. Each paragraph's runs are
    /// found once, in order, with the last person up to each run; a pronoun then costs a binary search and at most two
    /// short scans (a run the window's start or end cuts into), not a scan of the whole window: "he said she told Gavin …"
    /// read ~400 characters per pronoun and ran at a fifth of normal text's throughput.
    /// </summary>
    private SourceMention? LastPersonIn(int paragraphIndex, int from, int end)
    {
        _runsByParagraph ??= [];
        if (!_runsByParagraph.TryGetValue(paragraphIndex, out var runs))
            _runsByParagraph[paragraphIndex] = runs = new ParagraphRuns(this, _article.Paragraphs[paragraphIndex].Span);
        // Runs wholly before the end; a run the end cuts into is read only up to the end, as a scan bounded there would.
        int whole = runs.CountEndingBy(end);
        if (whole < runs.Count && runs.Span(whole).Start < end && LastPersonScanned(Math.Max(from, runs.Span(whole).Start), end) is { } cut)
            return cut;
        if (whole > 0 && runs.LastPersonUpTo(whole - 1) is { } last && runs.Span(last).Start >= from)
            return runs.Person(last);
        // A run the start cuts into is read from the start on.
        int first = runs.CountEndingBy(from);
        return first < whole && runs.Span(first).Start < from ? LastPersonScanned(from, runs.Span(first).End) : null;
    }

    private SourceMention? LastPersonScanned(int from, int end)
    {
        SourceMention? last = null;
        foreach (var run in CapitalisedRun().EnumerateMatches(Text.AsSpan(from, end - from)))
            if (PersonNamed(Text.AsSpan(from + run.Index, run.Length)) is { } m)
                last = m;
        return last;
    }

    // Made when a pronoun first looks back: most articles never do.
    private Dictionary<int, ParagraphRuns>? _runsByParagraph;

    /// <summary>A paragraph's capitalised runs in reading order, each classified when first needed, in order.</summary>
    private sealed class ParagraphRuns
    {
        private readonly AttributionFinder _finder;
        private readonly List<TextSpan> _spans = [];
        private readonly List<SourceMention?> _persons = [];
        // For each classified run, the index of the last run up to it that names a person, or -1.
        private readonly List<int> _lastPerson = [];

        public ParagraphRuns(AttributionFinder finder, TextSpan paragraph)
        {
            _finder = finder;
            foreach (var run in CapitalisedRun().EnumerateMatches(finder.Text.AsSpan(paragraph.Start, paragraph.Length)))
                _spans.Add(new TextSpan(paragraph.Start + run.Index, paragraph.Start + run.Index + run.Length));
        }

        public int Count => _spans.Count;

        public TextSpan Span(int index) => _spans[index];

        public SourceMention? Person(int index) => _persons[index];

        /// <summary>How many runs end at or before <paramref name="position"/> (runs never overlap, so their ends rise).</summary>
        public int CountEndingBy(int position)
        {
            int low = 0, high = _spans.Count;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (_spans[middle].End <= position)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        }

        public int? LastPersonUpTo(int index)
        {
            while (_persons.Count <= index)
            {
                int at = _persons.Count;
                var person = _finder.PersonNamed(_finder.Chars(_spans[at]));
                _persons.Add(person);
                _lastPerson.Add(person is not null ? at : at > 0 ? _lastPerson[at - 1] : -1);
            }
            return _lastPerson[index] is var last and >= 0 ? last : null;
        }
    }

    // Each capitalised run is classified once per article: a text of "he said … Gavin" asks about the same words again and again.
    // Looked up in place, so a run already classified costs no copy.
    // Made when first asked: many articles never ask.
    private Dictionary<string, SourceMention?>? _personByRun;

    private SourceMention? PersonNamed(ReadOnlySpan<char> run)
    {
        _personByRun ??= new(StringComparer.Ordinal);
        var known = _personByRun.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(run, out var person))
        {
            string words = run.ToString();
            person = _classifier.Classify(words) is { Speaker: not null } m && m.Kind is not (SourceKind.JournalistOrOutlet or SourceKind.Institution) && IsPerson(m.Kind) ? m : null;
            _personByRun[words] = person;
        }
        return person;
    }

    // Linear: the first word alone is a match (the rest is optional), so every start that takes a capital and a letter succeeds, and the scan goes on after it.
    [GeneratedRegex(@"\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,5}")]
    private static partial Regex CapitalisedRun();

    private int CurrentSentence(TextSpan span) => _article.SentenceAt(span.Start)?.Index ?? -1;

    /// <summary>
    /// A sentence inside a quotation that began earlier, or a quoted sentence right after a quoted speaker: its
    /// speakers go into <paramref name="into"/>; false when there are none.
    /// </summary>
    /// <remarks>Loops, not Where/Select over the opener's attributions: their lambdas captured the sentence, an object per sentence read.</remarks>
    private bool ContinuedQuotation(Sentence sentence, List<TextSpan> quotes, List<Attribution> into)
    {
        // Scare quotes ("international legitimacy") are nobody's words: only speech-length quotations go on.
        var quote = quotes.FirstOverlapping(sentence.Span) is { } q && Quotations.IsSpeech(Text, q) ? q : default;
        if (quote == default)
            return false;
        var opener = quote.Start < sentence.Span.Start ? _article.SentenceAt(quote.Start) : sentence.Index > 0 ? _article.Sentences[sentence.Index - 1] : null;
        if (opener is null || opener.ParagraphIndex != sentence.ParagraphIndex)
            return false;
        // A speaker known only by role ("The head of news for …, saying “…") goes on speaking too.
        var (first, count) = AttributionsOf(opener.Index);
        bool any = false;
        for (int k = first; k < first + count; k++)
        {
            var a = _found[k];
            if (a.Speaker is null && a.Kind != SourceKind.RoleOnly)
                continue;
            into.Add(a with { SentenceIndex = sentence.Index, Content = sentence.Span, Form = AttributionForm.ContinuedQuotation, IsQuotation = true, Source = null });
            any = true;
        }
        return any;
    }

    private Attribution Make(Sentence sentence, TextSpan content, TextSpan? source, SourceMention mention, AttributionForm form, AttributionCue cue, List<TextSpan> quotes) =>
        new(sentence.Index, content, Narrow(source, mention.Speaker), mention.Speaker, mention.Role, mention.Kind, form, cue.Text, quotes.FirstOverlapping(content) is not null)
        {
            Text = Text,
        };

    // The source span covers the name only, so "The New York Times’ latest fake news provocation" credits
    // the Times and leaves "fake news provocation" to the author.
    private TextSpan? Narrow(TextSpan? source, string? speaker)
    {
        if (source is not { } span || speaker is null)
            return source;
        // The whole name, then its last word (what Split(' ')[^1] gave), both looked for in place: no array, no copy.
        var within = Chars(span);
        int at = within.IndexOf(speaker, StringComparison.Ordinal);
        if (at >= 0)
            return new TextSpan(span.Start + at, span.Start + at + speaker.Length);
        var surname = speaker.AsSpan(speaker.LastIndexOf(' ') + 1);
        at = within.IndexOf(surname, StringComparison.Ordinal);
        return at >= 0 ? new TextSpan(span.Start + at, span.Start + at + surname.Length) : span;
    }

    private static bool IsPerson(SourceKind kind) =>
        kind is SourceKind.NamedOfficial or SourceKind.NamedExpert or SourceKind.NamedPerson or SourceKind.JournalistOrOutlet;

    /// <summary>
    /// The first comma-separated stretch before the cue that names a source, with the stretches after it as its
    /// description: "Jackie Baillie, health spokeswoman for the Labour Party, which uncovered the figures, said";
    /// "The head of news for …, who was a witness …, spoke to …, saying". Empty when none names one, so a comma
    /// that ends a clause ("In 2015, the envoy said") is not mistaken for a name.
    /// </summary>
    private List<(TextSpan, SourceMention)> FirstNamedSegment(TextSpan window, TextSpan cue)
    {
        int start = window.Start;
        int end = SkipBackOver(cue.Start, window.Start);
        for (int comma = Text.IndexOf(", ", start, end - start, StringComparison.Ordinal); ; comma = Text.IndexOf(", ", start, end - start, StringComparison.Ordinal))
        {
            int stop = comma < 0 ? end : comma;
            var segment = Trim(new TextSpan(start, stop));
            bool introducer = StartsWithIntroducer(segment);
            if (!introducer && !segment.IsEmpty && ClauseFree(segment) && Sources(segment) is { Count: > 0 } found
                && found.TrueForAll(x => x.Item2.Speaker is not null || x.Item2.Kind == SourceKind.RoleOnly))
                return found;
            if (comma < 0 || comma + 2 >= end)
                return [];
            start = comma + 2;
        }
    }

    // A stretch with a finite verb of its own is a clause, not a name: "Khadr is charged with …".
    private bool ClauseFree(TextSpan segment) => !FiniteVerb().IsMatch(Text.AsSpan(segment.Start, segment.Length));

    // Linear: a fixed word between word boundaries.
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b")]
    private static partial Regex FiniteVerb();

    // Only when or how something was said: "on Tuesday", "via video on April 9", "in a statement", "yesterday".
    // Linear: anchored at both ends, and its lazy runs are at most 60 characters.
    [GeneratedRegex(@"^(?:(?:(?:on|in|at|via|during|through|over|to|from|late|early|earlier|last|this|by)\s+[^,;:“”""]{0,60}?)|yesterday|today|tonight|earlier|later|(?:reporters|journalists|the\s+press|the\s+media)(?:\s+[^,;:“”""]{0,60}?)?)[.!?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCircumstance();

    /// <summary>"according to New Zealand newspaper, The Press": a described source followed by its name at the end of the sentence.</summary>
    private List<(TextSpan, SourceMention)>? NamedAfter(TextSpan phrase, TextSpan sentence)
    {
        if (phrase.End >= sentence.End || Text[phrase.End] != ',')
            return null;
        var rest = Trim(new TextSpan(phrase.End + 1, sentence.End));
        if (rest.IsEmpty || !char.IsUpper(Text[rest.Start]) || rest.Of(Text).Contains(',') || rest.Of(Text).Split(' ').Length > 5)
            return null;
        var described = Classify(phrase);
        if (described is { Speaker: not null })
            return null;
        string name = rest.Of(Text);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A run of capitalised words is a name even when one of them is also a common word ("The Press").
        var named = words.All(w => char.IsUpper(w[0])) ? new SourceMention(SourceKind.Institution, words[0] == "The" && words.Length > 1 ? name[4..] : name, null) : Classify(rest);
        if (named is not { Speaker: not null })
            return null;
        bool outlet = phrase.Of(Text).Split(' ').Any(w => _lexicon.Meaning(w) == "journalist");
        return [(rest, named with { Kind = outlet ? SourceKind.JournalistOrOutlet : named.Kind, Role = phrase.Of(Text) })];
    }

    private TextSpan AfterCue(int start, int end)
    {
        // Only the first few characters can be "that" or a colon: look no further, however long the sentence.
        // Anchored, with every part optional: it always matches, and only its length is needed.
        return Trim(new TextSpan(start + AnchoredMatch(ThatOrColon(), start, Math.Min(end - start, 16)), end));
    }

    private int PhraseEnd(int start, int end)
    {
        // Both read Text[start..end] in place: each pattern sees only that stretch, as it saw the copy.
        // A list of sources runs on over its commas: "by Interfax, Reuters, and TASS."
        // Neither needs a Match object: the list is anchored (only its length counts), the stop is the first one.
        if (AnchoredMatch(CapitalisedList(), start, end - start) is var list and >= 0)
            return start + list;
        return FirstMatchAt(PhraseStop(), start, end - start) is var stop and >= 0 ? stop : end;
    }

    private TextSpan Trim(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(Text[start]) || Text[start] is ',' or '–' or '—')) start++;
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or '.' or ':' or ';')) end--;
        return new TextSpan(start, end);
    }
}
