using MediaLit.Articles;
using MediaLit.Sourcing;

namespace MediaLit.Narratives;

/// <summary>
/// One sentence behind a stance: the sentence, the words that matched the claim, the word that
/// decided the stance, and the attributions involved. <see cref="Why"/> states the rule that applied,
/// so a student can check it against the sentence and disagree.
/// </summary>
/// <param name="ClaimWords">Where the claim's cue terms matched (for a follow-on sentence, the back-reference).</param>
/// <param name="StanceCue">The denial word that decided a denial; null for other stances.</param>
/// <param name="Sources">The attributions that credit the claim or the denial to someone; empty for the author's own words.</param>
/// <param name="IsDistanced">Every source is introduced by a distancing verb ("alleging", "claimed").</param>
/// <param name="IsFollowOn">The sentence does not name the claim but refers back to it ("dismissed the report").</param>
/// <param name="SharedWith">Articles that share a passage (text reuse) covering this sentence: copied text, not a second voice.</param>
public sealed record ClaimEvidence(
    string ClaimId,
    int SentenceIndex,
    TextSpan Sentence,
    Stance Stance,
    IReadOnlyList<TextSpan> ClaimWords,
    TextSpan? StanceCue,
    IReadOnlyList<Attribution> Sources,
    bool IsDistanced,
    bool IsFollowOn,
    IReadOnlyList<string> SharedWith,
    string Why)
{
    internal string Text { get; init; } = "";

    public string SentenceText => Sentence.Of(Text);
    public string? StanceCueText => StanceCue?.Of(Text);
    public IReadOnlyList<string> ClaimWordTexts => ClaimWords.Select(w => w.Of(Text)).ToList();

    /// <summary>Who the sources are, as the article names them: "Zamir Kabulov", "United States secret service officials".</summary>
    public IReadOnlyList<string> SourceNames => Sources.Select(a => a.Speaker ?? a.SourceText ?? "an unnamed source").Distinct().ToList();

    public override string ToString() => $"{ClaimId} #{SentenceIndex} {Stance.Label()}: {SentenceText}";
}
