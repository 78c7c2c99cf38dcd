using System.Buffers;
using MediaLit.Articles;

namespace MediaLit.Segmentation;

/// <summary>
/// One pass over a paragraph, left to right, deciding at each stop, line break and list item whether a sentence
/// ends there. Every decision reads a bounded stretch around it, and the pass never moves back, so the time is
/// linear in the paragraph's length; nothing is allocated but the list of list items, when there is one.
/// </summary>
internal struct ParagraphScan(SentenceSplitter splitter, string text, TextSpan paragraph)
{
    /// <summary>Where to go on, and the sentence that ends here (End, then the next one's Start), if one does.</summary>
    private readonly record struct Step(int Resume, int End = -1, int NextStart = -1)
    {
        public static Step None(int resume) => new(resume);
    }

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?…\n\r\u2028\u2029");

    private readonly int _start = paragraph.Start;
    private readonly int _end = paragraph.End;
    private readonly List<int>? _items = ListItems.Find(text, paragraph.Start, paragraph.End);
    private int _nextItem;
    private int _sentenceStart = paragraph.Start;
    private int _at = paragraph.Start;
    private bool _done;
    // The white-space-delimited token last checked for an e-mail or web address, so each is read once.
    private int _tokenStart = -1, _tokenEnd = -1;
    private bool _tokenIsAddress;

    public bool Next(out TextSpan sentence)
    {
        while (_at < _end)
        {
            if (AtListItem() && Cut(_at, _at) is { } beforeItem)
            {
                sentence = beforeItem;
                return true;
            }
            // Jump to the next stop or line break, but not past the next list item.
            int limit = _items is not null && _nextItem < _items.Count ? _items[_nextItem] : _end;
            int found = text.AsSpan(_at, limit - _at).IndexOfAny(Stops);
            if (found < 0)
            {
                _at = limit;
                continue;
            }
            _at += found;
            var step = TextShape.IsTerminator(text[_at]) ? AtTerminator(_at) : AtLineBreak(_at);
            _at = step.Resume;
            if (step.End >= 0 && Cut(step.End, step.NextStart) is { } ended)
            {
                sentence = ended;
                return true;
            }
        }
        if (!_done)
        {
            _done = true;
            if (Trim(_sentenceStart, _end) is { } last)
            {
                sentence = last;
                return true;
            }
        }
        sentence = default;
        return false;
    }

    private bool AtListItem()
    {
        if (_items is null)
            return false;
        while (_nextItem < _items.Count && _items[_nextItem] < _at)
            _nextItem++;
        return _nextItem < _items.Count && _items[_nextItem] == _at && _nextItem++ >= 0;
    }

    private TextSpan? Cut(int end, int nextStart)
    {
        var sentence = Trim(_sentenceStart, end);
        _sentenceStart = nextStart;
        return sentence;
    }

    private readonly TextSpan? Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new TextSpan(start, end) : null;
    }

    private Step AtTerminator(int i)
    {
        int runEnd = i, dots = 0;
        bool ellipsisChar = false;
        while (runEnd < _end && TextShape.IsTerminator(text[runEnd]))
        {
            dots += text[runEnd] == '.' ? 1 : 0;
            ellipsisChar |= text[runEnd] == '…';
            runEnd++;
        }
        bool glued = i > _start && !char.IsWhiteSpace(text[i - 1]);

        // A spaced ellipsis (". . .", Chicago Manual 13.50) is one mark when it has three dots or more. Glued to a
        // word and followed by three spaced dots, the first dot is the sentence's period and the ellipsis opens the
        // next sentence ("compounds. . . . The practice").
        bool periodThenEllipsis = false;
        int spacedEnd = runEnd, spacedDots = 0;
        while (spacedEnd + 1 < _end && text[spacedEnd] == ' ' && text[spacedEnd + 1] == '.')
            for (spacedEnd++; spacedEnd < _end && text[spacedEnd] == '.'; spacedEnd++)
                spacedDots++;
        if (spacedDots > 0 && text[runEnd - 1] == '.' && dots + spacedDots >= 3)
        {
            periodThenEllipsis = glued && runEnd - i == 1 && spacedDots >= 3;
            dots += spacedDots;
            runEnd = spacedEnd;
        }
        bool ellipsis = dots >= 3 || ellipsisChar;

        // "[...]" and "(…)" mark words left out of a quotation: never an end.
        if (ellipsis && i > _start && runEnd < _end && (text[i - 1], text[runEnd]) is ('[', ']') or ('(', ')'))
            return Step.None(runEnd + 1);

        int closeEnd = runEnd;
        while (closeEnd < _end && TextShape.IsCloser(text[closeEnd]))
            closeEnd++;
        if (closeEnd == _end)
            return Step.None(closeEnd);
        if (!char.IsWhiteSpace(text[closeEnd]))
            return Glued(i, runEnd, closeEnd);
        int next = SkipWhiteSpace(closeEnd);
        if (next == _end)
            return Step.None(next);
        if (!EndsSentence(i, runEnd, closeEnd, ellipsis, glued || periodThenEllipsis || dots >= 4, next))
            return Step.None(closeEnd); // the white space may hold a line break, which decides for itself
        return periodThenEllipsis ? new Step(next, i + 1, i + 2) : new Step(next, closeEnd, next);
    }

    private readonly bool EndsSentence(int i, int runEnd, int closeEnd, bool ellipsis, bool ellipsisEnds, int next)
    {
        bool lower = char.IsLower(text[next]);
        // A lower-case word after '!', '?', an ellipsis or a closing quote continues the sentence: "Yahoo! in",
        // "'This is great.' she said", "…?” she asked", "(… as an engineer.) at the local University".
        if (lower && (text[i] != '.' || runEnd - i > 1 || closeEnd > runEnd))
            return false;
        // An ellipsis after a space leaves words out inside a sentence ("the thing is . . . I didn't"); glued to a
        // word, or with a fourth dot for the period, it ends one ("I never meant that.... She left").
        if (ellipsis)
            return ellipsisEnds;
        if (runEnd - i > 1 || text[i] != '.')
            return true;
        if (IsItemMarker(i))
            return false;
        var word = TextShape.WordBefore(text, _sentenceStart, i);
        if (word.Length > 1 && splitter.Abbreviations.TryGetValue(word, out var known))
        {
            if (known.BeforeNumberOnly)
                return !char.IsDigit(text[next]);
            return !lower && SentenceStarters.StartsAt(text, next, _end);
        }
        // Unlisted but plainly abbreviated: "U.S.", "a.m.", "E.", "bldg.", "Govt." (no vowel: no English word).
        if (TextShape.IsInitialism(word) || TextShape.IsInitial(word) || TextShape.HasNoVowel(word))
            return !lower && SentenceStarters.StartsAt(text, next, _end);
        // A number before a lower-case word is a reference ("for 1. above"); an ordinary word is not, and a
        // sentence may start in lower case after it (003: "… win their trust. recently, Russia has offered").
        return !(lower && i > _sentenceStart && char.IsDigit(text[i - 1]));
    }

    // "1. Common enemy:", "• 9. The first item", "a. The first item", "Q. What is his name?", "Steps: 1. Open":
    // a number or one letter alone before the stop, opening the sentence or following a colon, numbers an item.
    private readonly bool IsItemMarker(int stop)
    {
        int p = stop;
        while (p > _sentenceStart && stop - p < 4 && char.IsAsciiDigit(text[p - 1]))
            p--;
        if (p == stop && p > _sentenceStart && char.IsLetter(text[p - 1]))
            p--;
        if (p == stop || stop - p > 3)
            return false;
        if (p > _sentenceStart && text[p - 1] == '(')
            p--;
        int q = p;
        while (q > _sentenceStart && p - q < 8 && (TextShape.IsBullet(text[q - 1]) || char.IsWhiteSpace(text[q - 1])))
            q--;
        return q == _sentenceStart || q < p && text[q - 1] == ':';
    }

    // No space after the stop: a decimal, an address, "Jr.'s", or one of two ends that are written this way.
    private Step Glued(int i, int runEnd, int closeEnd)
    {
        // A footnote number after the stop stays with its sentence: "the war.12 The next", "the war.[3] Then".
        if (FootnoteEnd(closeEnd) is var footnoteEnd and > 0 && footnoteEnd < _end && char.IsWhiteSpace(text[footnoteEnd])
            // Only after something in this paragraph: a stop that opens it ("?31 …") has nothing before it to look at.
            && i > _start && (TextShape.IsCloser(text[i - 1]) || char.IsLetter(text[i - 1]) && TextShape.EndsWordOrNumber(text, _start, i)))
        {
            int next = SkipWhiteSpace(footnoteEnd);
            if (next < _end && char.IsUpper(text[next]))
                return new Step(next, footnoteEnd, next);
        }
        // A missing space: "Hello world.Today is Tuesday.Mr. Smith … bought 1,000.That is a lot." A word of two
        // letters or more and a capitalised word, so "U.S.A", "J.C. Penney", "Jane.Doe@example.com" stay whole.
        if (text[i] == '.' && runEnd - i == 1 && closeEnd == runEnd && closeEnd + 1 < _end
            && char.IsUpper(text[closeEnd]) && char.IsLower(text[closeEnd + 1])
            && TextShape.EndsWordOrNumber(text, _start, i)
            && !splitter.Abbreviations.ContainsKey(TextShape.WordBefore(text, _sentenceStart, i))
            && !InAddress(i))
            return new Step(closeEnd, closeEnd, closeEnd);
        return Step.None(closeEnd);
    }

    // Footnote marks: 1–3 digits, or the same in square brackets, or superscript digits; several in a row
    // ("[7][8]", "11 12", "3,4"). The end of the last, or -1 if there is none.
    private readonly int FootnoteEnd(int p)
    {
        int last = -1;
        while (p < _end)
        {
            bool bracket = text[p] == '[';
            int k = bracket ? p + 1 : p;
            int digits = k;
            while (digits < _end && digits - k <= 3 && IsFootnoteDigit(text[digits]))
                digits++;
            if (digits == k || digits - k > 3 || bracket && (digits >= _end || text[digits] != ']'))
                break;
            last = bracket ? digits + 1 : digits;
            // Another mark follows at once ("[7][8]") or after one space or comma ("11 12").
            p = last < _end && text[last] is ' ' or ',' && last + 1 < _end && (IsFootnoteDigit(text[last + 1]) || text[last + 1] == '[')
                ? last + 1 : last;
            if (p < _end && p == last && text[p] != '[')
                break;
        }
        return last;
    }

    private static bool IsFootnoteDigit(char c) => char.IsAsciiDigit(c) || c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    private bool InAddress(int i)
    {
        if (i < _tokenStart || i >= _tokenEnd)
        {
            int s = i, e = i;
            while (s > _start && !char.IsWhiteSpace(text[s - 1])) s--;
            while (e < _end && !char.IsWhiteSpace(text[e])) e++;
            var token = text.AsSpan(s, e - s);
            _tokenIsAddress = token.Contains('@') || token.Contains("://", StringComparison.Ordinal)
                || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            (_tokenStart, _tokenEnd) = (s, e);
        }
        return _tokenIsAddress;
    }

    private readonly Step AtLineBreak(int i)
    {
        // "\r\n" is one line break, decided at its "\n".
        if (text[i] == '\r' && i + 1 < _end && text[i + 1] == '\n')
            return Step.None(i + 1);
        int before = text[i] == '\n' && i > _start && text[i - 1] == '\r' ? i - 2 : i - 1;
        int next = i + 1;
        bool blankLine = false;
        for (; next < _end && char.IsWhiteSpace(text[next]); next++)
            blankLine |= TextShape.IsLineBreak(text[next]) && !(text[next] == '\n' && text[next - 1] == '\r');
        if (next == _end)
            return Step.None(next);
        // Wrapping, not an end: the line ends in a space ("a cold \nnight"), or the text is hard-wrapped.
        bool wrapped = !blankLine && char.IsLower(text[next])
            && (before >= _start && text[before] is ' ' or '\t' || splitter.LineBreaks == LineBreaks.Wrapped);
        return wrapped ? Step.None(next) : new Step(next, i, next);
    }

    private readonly int SkipWhiteSpace(int p)
    {
        while (p < _end && char.IsWhiteSpace(text[p]))
            p++;
        return p;
    }
}
