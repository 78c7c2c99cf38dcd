using MediaLit.Articles;

namespace MediaLit.Html;

/// <summary>
/// A folder of .txt, .md and .html files without a manifest, loaded as a corpus: <see cref="Corpus.LoadFolder"/>
/// with this project's page reader for the web pages. A file that cannot be read is listed in
/// <see cref="Corpus.Problems"/> and the rest still load.
/// </summary>
/// <example><c>var feed = FeedLoader.Load("../my-feed"); feed.UnreadFiles()</c></example>
public static class FeedLoader
{
    /// <param name="dataDirectory">The pack's data folder, for its rules and word lists; found from the current folder by default.</param>
    public static Corpus Load(string folder, string? dataDirectory = null) =>
        Corpus.LoadFolder(folder, dataDirectory, (path, rules, id) => ArticleLoader.FromFile(path, rules, id));
}
