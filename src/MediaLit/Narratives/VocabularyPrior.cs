namespace MediaLit.Narratives;

/// <summary>
/// The words of a vocabulary comparison and their counts in the whole corpus (the prior), shared by the scores of every
/// article. <see cref="Words"/> is in ordinal order, so a word's index is also its place among ties in z.
/// </summary>
internal sealed record VocabularyPrior(string[] Words, int[] Counts, long Total, double Alpha0);
