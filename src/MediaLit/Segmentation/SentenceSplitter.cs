using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Cleaning;

namespace MediaLit.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at '.', '!', '?' or an ellipsis followed by a space, except
/// after an abbreviation from <c>data/rules/abbreviations.txt</c>, an initialism (U.S., G.R.U.)
/// or a single initial (F.), and except an ellipsis followed by a lower-case word. Closing quotes
/// and brackets stay with the sentence they close. Decimals (1.5) never split: no space follows.
/// A list number ("1. Common enemy:") does not end a sentence either.
/// </summary>
/// <example>"Mr. Putin met Gen. Nicholson. They spoke." ⇒ "Mr. Putin met Gen. Nicholson." | "They spoke."</example>
public sealed partial class SentenceSplitter(IEnumerable<Abbreviation> abbreviations)
{
    private readonly Dictionary<string, Abbreviation> _abbreviations =
        abbreviations.ToDictionary(a => a.Text, StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:\p{L}\.){2,}$")]
    private static partial Regex Initialism();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex Initial();

    /// <summary>The sentences of <paramref name="paragraph"/>, as spans into <paramref name="text"/>.</summary>
    public IEnumerable<TextSpan> Split(string text, TextSpan paragraph)
    {
        int sentenceStart = paragraph.Start;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            if (!IsTerminator(text[i]))
                continue;
            int runEnd = i;
            while (runEnd < paragraph.End && IsTerminator(text[runEnd]))
                runEnd++;
            bool ellipsis = runEnd - i >= 3 || text.AsSpan(i, runEnd - i).Contains('…');
            int closeEnd = runEnd;
            while (closeEnd < paragraph.End && IsCloser(text[closeEnd]))
                closeEnd++;
            if (closeEnd >= paragraph.End || !char.IsWhiteSpace(text[closeEnd]))
            {
                i = runEnd - 1;
                continue;
            }
            int next = closeEnd;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
                next++;
            if (next < paragraph.End && !IsListNumber(text, sentenceStart, i) && EndsSentence(text, i, runEnd, ellipsis, text[next]))
            {
                if (Trim(text, sentenceStart, closeEnd) is { } sentence)
                    yield return sentence;
                sentenceStart = next;
            }
            i = next - 1;
        }
        if (Trim(text, sentenceStart, paragraph.End) is { } last)
            yield return last;
    }

    private bool EndsSentence(string text, int terminator, int runEnd, bool ellipsis, char nextChar)
    {
        if (ellipsis)
            return !char.IsLower(nextChar);
        if (text[terminator] == '.' && runEnd - terminator == 1 && IsAbbreviation(WordBefore(text, terminator), nextChar))
            return false;
        return true;
    }

    private bool IsAbbreviation(string word, char nextChar) =>
        _abbreviations.TryGetValue(word, out var known)
            ? !known.BeforeNumberOnly || char.IsDigit(nextChar)
            : Initialism().IsMatch(word) || Initial().IsMatch(word);

    // The letters and inner stops just before the full stop, with the stop: "Facebook/Amb." ⇒ "Amb.".
    private static string WordBefore(string text, int fullStop)
    {
        int start = fullStop;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        return text[start..(fullStop + 1)];
    }

    // "1. Common enemy:" — a number alone before the stop, at the start, numbers a list item.
    private static bool IsListNumber(string text, int sentenceStart, int fullStop) =>
        fullStop - sentenceStart is >= 1 and <= 3 && text[fullStop] == '.'
        && !text.AsSpan(sentenceStart, fullStop - sentenceStart).ContainsAnyExceptInRange('0', '9');

    private static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new TextSpan(start, end) : null;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']';
}
