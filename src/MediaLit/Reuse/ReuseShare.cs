using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>How much of one article lies inside passages it shares with any other article.</summary>
public sealed record ReuseShare(Article Article, int SharedWords, int TotalWords)
{
    /// <summary>Between 0 and 1; an article without words gives 0.</summary>
    public double Fraction => TotalWords == 0 ? 0 : (double)SharedWords / TotalWords;
}
