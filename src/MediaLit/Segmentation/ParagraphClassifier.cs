using MediaLit.Articles;
using MediaLit.Cleaning;

namespace MediaLit.Segmentation;

/// <summary>
/// Decides what each paragraph is. The rules are deliberately simple so students can check them:
/// a caption matches a sign in <c>data/rules/captions.jsonl</c> or a caption listed in the manifest;
/// the first paragraph is the title when it is a level-1 heading or reads like a headline;
/// a short line (≤ 12 words) without closing punctuation, or ending in a colon, is a subheading.
/// </summary>
internal static class ParagraphClassifier
{
    private const int MaxHeadlineWords = 25;
    private const int MaxSubheadingWords = 12;
    private const double HeadlineCapitalShare = 0.6;

    /// <summary>A caption sign in a longer paragraph is a reference to a picture inside running text, not a caption.</summary>
    private const int MaxCaptionWords = 60;

    /// <param name="soleParagraph">The text has no other paragraph: a caption needs a story to stand beside.</param>
    public static ParagraphKind Classify(ReadOnlySpan<char> text, int index, int headingLevel, CleaningRules rules, IReadOnlyList<string> captionStarts, bool soleParagraph = false)
    {
        // Words are runs of characters between spaces, counted in place: a paragraph is not split into strings.
        var (words, capitalised) = CountWords(text);
        // A caption sign ("(left)", "(Source: …)") is evidence only for a short paragraph standing beside others
        // (issue #16: a one-paragraph text ending in "(Source: …)" lost all its sentences as a "caption").
        if (StartsWithAny(text, captionStarts)
            || (!soleParagraph && words <= MaxCaptionWords && MatchesAny(text, rules.Captions)))
            return ParagraphKind.Caption;
        // A text of one paragraph is its own body, not a headline without a story.
        if (soleParagraph && headingLevel == 0)
            return ParagraphKind.Body;
        if (index == 0 && (headingLevel == 1 || LooksLikeHeadline(text, words, capitalised)))
            return ParagraphKind.Title;
        if (headingLevel >= 2 || (words <= MaxSubheadingWords && (!EndsLikeSentence(text) || text.EndsWith(':'))))
            return ParagraphKind.Subheading;
        return ParagraphKind.Body;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> starts)
    {
        // Indexed loops: a foreach over an interface boxed an enumerator for every paragraph.
        for (int i = 0; i < starts.Count; i++)
            if (text.StartsWith(starts[i], StringComparison.Ordinal))
                return true;
        return false;
    }

    private static bool MatchesAny(ReadOnlySpan<char> text, IReadOnlyList<CaptionRule> captions)
    {
        for (int i = 0; i < captions.Count; i++)
            if (captions[i].Pattern.IsMatch(text))
                return true;
        return false;
    }

    /// <summary>How many words (runs between spaces) the text has, and how many of them start with a capital or a digit.</summary>
    private static (int Words, int Capitalised) CountWords(ReadOnlySpan<char> text)
    {
        // A word starts at a character that is not a space, at the start or after a space: jump from space to space.
        int words = 0, capitalised = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i] != ' ')
            {
                words++;
                if (char.IsUpper(text[i]) || char.IsDigit(text[i]))
                    capitalised++;
                int space = text[i..].IndexOf(' ');
                if (space < 0)
                    break;
                i += space;
            }
            i++;
        }
        return (words, capitalised);
    }

    // Headlines either lack a full stop or capitalise most words ("Why Russia is Building Relations With the Taliban?").
    private static bool LooksLikeHeadline(ReadOnlySpan<char> text, int words, int capitalised) =>
        words <= MaxHeadlineWords && (!EndsLikeSentence(text) || capitalised >= HeadlineCapitalShare * words);

    private static bool EndsLikeSentence(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd("\"'”’)]");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }
}
