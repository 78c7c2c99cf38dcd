namespace MediaLit.Reuse;

/// <summary>
/// One word of an article's clean text: where it is (<see cref="Span"/>, into <c>Article.Text</c>)
/// and the form used for matching (<see cref="Key"/>).
/// </summary>
/// <param name="Key">Lower case, letters and digits only: "Russia’s" and "Russia's" both give "russias".</param>
internal readonly record struct WordToken(string Key, int Start, int End)
{
    public Articles.TextSpan Span => new(Start, End);
}
