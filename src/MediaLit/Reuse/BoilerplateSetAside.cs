using MediaLit.Cleaning;

namespace MediaLit.Reuse;

/// <summary>
/// What text reuse set aside as the feed's boilerplate (rule <see cref="FeedRules.BoilerplateId"/>): passages
/// found in so many of the feed's articles that they are its furniture (a licence footer, a share block), not
/// one article copying another. They seed no shared passage; this says how much there was.
/// </summary>
/// <param name="ArticlesNeeded">In how many articles a passage had to be (the rule's share of this feed, at least its minimum).</param>
/// <param name="Shingles">Distinct runs of <c>ShingleSize</c> words set aside.</param>
/// <param name="Passages">Stretches of boilerplate, counted once in each article that holds them.</param>
/// <param name="Words">Words inside those stretches, over all articles.</param>
/// <param name="Articles">Articles that hold any.</param>
/// <param name="Example">The longest stretch, from the first article that holds it; null when nothing was set aside.</param>
public sealed record BoilerplateSetAside(FeedRule Rule, int ArticlesNeeded, int Shingles, int Passages, int Words, int Articles, string? Example)
{
    public bool Any => Shingles > 0;

    public override string ToString() => Any
        ? $"Set aside as feed boilerplate (rule {Rule.Id}: in at least {ArticlesNeeded} articles): {Passages:N0} passages, {Words:N0} words in {Articles:N0} articles."
        : $"No feed boilerplate (rule {Rule.Id}: nothing is in at least {ArticlesNeeded} articles).";
}
