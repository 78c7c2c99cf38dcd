using MediaLit.Articles;
using MediaLit.Display;
using MediaLit.Narratives;
using MediaLit.Reuse;

namespace MediaLit.Tests;

/// <summary>
/// A corpus carries its data folder: every analysis reads its rules from there, never from the folder
/// <see cref="MediaLit.Loading.DataFolder.Find"/> would find (a program run from elsewhere may have none, or one with
/// other rules). Runs alone because it changes an environment variable of the process.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class CorpusDataFolderTests
{
    [Fact]
    public void Analyses_that_compare_articles_use_the_corpus_data_folder_not_the_one_found_by_search()
    {
        var corpus = Corpus.Load(TestPaths.DataDirectory);
        string? before = Environment.GetEnvironmentVariable(MediaLit.Loading.DataFolder.EnvironmentVariable);
        try
        {
            // A search for the data folder now fails: only an analysis that ignores the corpus's folder can meet it.
            Environment.SetEnvironmentVariable(MediaLit.Loading.DataFolder.EnvironmentVariable, Path.Combine(Path.GetTempPath(), "medialit-no-such-data"));
            var narratives = corpus.Narratives();
            Assert.Equal(corpus.Count, narratives.Articles.Count);
            // The reader's shared passages are the corpus report's, for the article that shares the most.
            var passages = TextReuse.Find(corpus).Passages;
            var id = corpus.Select(a => a.Id).MaxBy(id => passages.Count(p => p.A.Id == id || p.B.Id == id))!;
            var copied = corpus.ReadWhole(id).Layers.Single(l => l.Key == "copied");
            Assert.NotEmpty(copied.Marks);
            Assert.Equal(passages.Count(p => p.A.Id == id || p.B.Id == id), copied.Marks.Count);
        }
        finally
        {
            Environment.SetEnvironmentVariable(MediaLit.Loading.DataFolder.EnvironmentVariable, before);
        }
    }
}
