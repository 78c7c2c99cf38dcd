using System.Text.Json;
using MediaLit.Loading;

namespace MediaLit.Cleaning;

/// <summary>
/// One rule from <c>data/rules/feed.jsonl</c>: text found in many articles of one feed is the feed's
/// furniture. It applies when at least <see cref="Share"/> of the articles, and at least
/// <see cref="MinArticles"/> of them, hold it.
/// </summary>
public sealed record FeedRule(string Id, double Share, int MinArticles, string Source)
{
    /// <summary>How many of <paramref name="articles"/> articles must hold a text for it to be furniture.</summary>
    public int ArticlesNeeded(int articles) => Math.Max(MinArticles, (int)Math.Ceiling(Share * articles));
}

/// <summary>The two feed rules: repeated lines in cleaning, and shared boilerplate in text reuse.</summary>
public sealed record FeedRules(FeedRule RepeatedLine, FeedRule Boilerplate)
{
    public const string RepeatedLineId = "feed-repeated-line";
    public const string BoilerplateId = "feed-boilerplate";

    internal static FeedRules Read(string path)
    {
        var rules = JsonLines.Read(path, (e, where) =>
        {
            double share = Number(e, "share", where);
            int minArticles = (int)Number(e, "minArticles", where);
            if (share is <= 0 or > 1)
                throw new FormatException($"{where}: \"share\" is {share}; give a share of the feed's articles between 0 and 1, e.g. 0.3.");
            if (minArticles < 2)
                throw new FormatException($"{where}: \"minArticles\" is {minArticles}; text in one article is not repeated. Give 2 or more.");
            return new FeedRule(JsonLines.Str(e, "id", where), share, minArticles, JsonLines.Str(e, "source", where));
        });
        FeedRule Named(string id) => rules.FirstOrDefault(r => r.Id == id)
            ?? throw new FormatException($"{path}: there is no rule with \"id\": \"{id}\". Add one (see data/rules/README or the pack's copy of feed.jsonl).");
        return new FeedRules(Named(RepeatedLineId), Named(BoilerplateId));
    }

    private static double Number(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new FormatException($"{where}: \"{name}\" must be a number.");
}
