using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Outlets;

/// <summary>
/// The outlet profiles in <c>data/outlets.json</c> and which article appeared where. The
/// mapping lives there, not in the article manifest, so profiles can change without touching it.
/// </summary>
/// <example><c>OutletProfiles.Load().ForArticle(corpus["002"]).Funding</c> ⇒ "US-government funded: …", with its source.</example>
[MediaLit.Display.TypeFormatterSource(typeof(MediaLit.Display.MediaLitFormatterSource))]
public sealed record OutletProfiles(IReadOnlyList<OutletProfile> Outlets, IReadOnlyList<ArticleOutlet> Links)
{
    public const string FileName = "outlets.json";

    /// <summary>Loads from the data folder found by <see cref="DataFolder.Find"/>.</summary>
    public static OutletProfiles Load() => Load(DataFolder.Find());

    public static OutletProfiles Load(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return OutletsReader.Read(Path.Combine(dataDirectory, FileName));
    }

    public OutletProfile this[string id] => Outlets.FirstOrDefault(o => o.Id == id)
        ?? throw new KeyNotFoundException($"No outlet \"{id}\". The ids are: {string.Join(", ", Outlets.Select(o => o.Id))}.");

    /// <summary>The outlet the article's copy was published on (an "unidentified" profile when nobody knows).</summary>
    public OutletProfile ForArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Links.FirstOrDefault(l => l.ArticleId == article.Id && l.Role == OutletRole.PublishedOn)?.Outlet
            ?? throw new KeyNotFoundException($"Article {article.Id} has no outlet in {FileName}. Add an entry to its \"articles\" list.");
    }

    /// <summary>Every tie of the article to an outlet, such as where 000 says it first appeared.</summary>
    public IReadOnlyList<ArticleOutlet> LinksFor(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Links.Where(l => l.ArticleId == article.Id).ToList();
    }
}
