using MediaLit.Articles;
using MediaLit.Cleaning;

namespace MediaLit.Segmentation;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at '.', '!', '?' or an ellipsis, with the closing quotes and
/// brackets after it, when a new sentence plainly starts: not before a lower-case word after '!', '?', an
/// ellipsis, a closing quote, an abbreviation or a number ("Yahoo! in", "…?” she asked", "co. at"); after an abbreviation from <c>data/rules/abbreviations.txt</c> (any case), an initialism
/// (U.S., a.m.) or an initial (E.) only before a word that opens sentences (<see cref="SentenceStarters"/>:
/// "in the U.S. How", not "the U.S. Government"). A list item, a line break and a stop with no space before a
/// capitalised word ("world.Today") also start one. The reasons, rule by rule: <see cref="ParagraphScan"/>.
/// </summary>
/// <example>"Mr. Putin met Gen. Nicholson. They spoke." ⇒ "Mr. Putin met Gen. Nicholson." | "They spoke."</example>
public sealed class SentenceSplitter
{
    private readonly Dictionary<string, Abbreviation> _abbreviations;

    /// <param name="abbreviations">Usually <c>corpus.Rules.Abbreviations</c>; matched in any case ("co." is "Co.").</param>
    /// <param name="lineBreaks">What a line break inside a paragraph means; articles never hold one.</param>
    public SentenceSplitter(IEnumerable<Abbreviation> abbreviations, LineBreaks lineBreaks = LineBreaks.EndSentences)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = new Dictionary<string, Abbreviation>(StringComparer.OrdinalIgnoreCase);
        // The first spelling listed wins: "No." (before numbers only) decides for "no." too.
        foreach (var abbreviation in abbreviations)
            _abbreviations.TryAdd(abbreviation.Text, abbreviation);
        Abbreviations = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        LineBreaks = lineBreaks;
    }

    internal Dictionary<string, Abbreviation>.AlternateLookup<ReadOnlySpan<char>> Abbreviations { get; }

    internal LineBreaks LineBreaks { get; }

    /// <summary>The sentences of <paramref name="paragraph"/>, as spans into <paramref name="text"/>.</summary>
    public IEnumerable<TextSpan> Split(string text, TextSpan paragraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = new ParagraphScan(this, text, paragraph);
        while (scan.Next(out var sentence))
            yield return sentence;
    }
}
