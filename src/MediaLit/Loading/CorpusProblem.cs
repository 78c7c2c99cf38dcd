namespace MediaLit.Loading;

/// <summary>What went wrong while loading the corpus; each has its own fix in the message.</summary>
public enum CorpusProblem
{
    MissingDataFolder,
    MalformedManifest,
    MissingArticleFile,
    PathOutsideDataFolder,
    DuplicateArticleId,
    EmptyFile,
    BinaryFile,
    UndecodableText,
    MalformedRules,
    ChangedFile,
    TooLarge,
    UnsupportedSource,
    DownloadFailed,
    MalformedOutlets,
    InvalidArticleId,
    TimedOut,
}
