using MediaLit.Articles;

namespace MediaLit.Reuse;

/// <summary>Reuse among any articles (the corpus's, a subset, or texts of your own) read with the corpus's data folder.</summary>
public static class CorpusReuse
{
    /// <summary>
    /// Compares every two of <paramref name="articles"/> with the back-reference cues and feed rules of
    /// <paramref name="corpus"/>'s data folder, wherever the notebook or program runs from.
    /// </summary>
    public static ReuseReport FindReuse(this Corpus corpus, IEnumerable<Article> articles, TextReuseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new TextReuseOptions();
        // Without these the list overload looks for a data folder above the working directory, which a program
        // run from elsewhere (or a corpus loaded from another folder) does not have, or has with other rules.
        return TextReuse.Find(articles, options with
        {
            BackReferenceCues = options.BackReferenceCues ?? BackReferenceLexicon.Load(corpus.DataDirectory),
            Boilerplate = options.Boilerplate ?? corpus.Rules.Feed.Boilerplate,
        });
    }
}
