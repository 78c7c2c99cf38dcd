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
    public static ParagraphKind Classify(string text, int index, int headingLevel, CleaningRules rules, IReadOnlyList<string> captionStarts, bool soleParagraph = false)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A caption sign ("(left)", "(Source: …)") is evidence only for a short paragraph standing beside others
        // (issue #16: a one-paragraph text ending in "(Source: …)" lost all its sentences as a "caption").
        if (captionStarts.Any(start => text.StartsWith(start, StringComparison.Ordinal))
            || (!soleParagraph && words.Length <= MaxCaptionWords && rules.Captions.Any(r => r.Pattern.IsMatch(text))))
            return ParagraphKind.Caption;
        // A text of one paragraph is its own body, not a headline without a story.
        if (soleParagraph && headingLevel == 0)
            return ParagraphKind.Body;
        if (index == 0 && (headingLevel == 1 || LooksLikeHeadline(text, words)))
            return ParagraphKind.Title;
        if (headingLevel >= 2 || (words.Length <= MaxSubheadingWords && (!EndsLikeSentence(text) || text.EndsWith(':'))))
            return ParagraphKind.Subheading;
        return ParagraphKind.Body;
    }

    // Headlines either lack a full stop or capitalise most words ("Why Russia is Building Relations With the Taliban?").
    private static bool LooksLikeHeadline(string text, string[] words) =>
        words.Length <= MaxHeadlineWords
        && (!EndsLikeSentence(text) || words.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) >= HeadlineCapitalShare * words.Length);

    private static bool EndsLikeSentence(string text)
    {
        string trimmed = text.TrimEnd('"', '\'', '”', '’', ')', ']');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }
}
