using MediaLit.Loading;

namespace MediaLit.Narratives;

/// <summary>Which list a framing term comes from.</summary>
public enum FramingTermKind
{
    /// <summary>A label for a person, group or report: "terrorist", "fake news".</summary>
    Label,
    /// <summary>A word chosen for its emotional charge: "heinous", "malign".</summary>
    Loaded,
    /// <summary>A cue word for one of the Media Frames Corpus frames: "trade" ⇒ Economic.</summary>
    FrameCue,
}

/// <summary>
/// One term of <c>data/lexicons/loaded-language.jsonl</c> or <c>frame-cues.jsonl</c>, in the
/// <see cref="TermPattern"/> language. A match is a suggestion for a student to confirm or reject.
/// </summary>
/// <param name="Technique">The SemEval-2020 Task 11 propaganda technique it may signal; null for frame cues.</param>
/// <param name="Frame">The Media Frames Corpus frame it suggests, if any.</param>
public sealed record FramingTerm(string Term, FramingTermKind Kind, string? Technique, string? Frame, string? Note, string Source);

/// <summary>The framing and loaded-language lists, read from <c>data/lexicons/</c>.</summary>
public sealed record FramingLexicon(IReadOnlyList<FramingTerm> LoadedLanguage, IReadOnlyList<FramingTerm> FrameCues)
{
    public const string LoadedLanguageFile = "loaded-language.jsonl";
    public const string FrameCuesFile = "frame-cues.jsonl";

    public static FramingLexicon Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, "lexicons");
        var loaded = JsonLines.Read(Path.Combine(folder, LoadedLanguageFile), (e, at) => new FramingTerm(
            Checked(JsonLines.Str(e, "term", at), at),
            JsonLines.Str(e, "kind", at) switch
            {
                "label" => FramingTermKind.Label,
                "loaded" => FramingTermKind.Loaded,
                var other => throw new FormatException($"{at}: kind \"{other}\" is not label or loaded."),
            },
            JsonLines.Str(e, "technique", at),
            Optional(e, "frame"),
            Optional(e, "note"),
            JsonLines.Str(e, "source", at)));
        var frames = JsonLines.Read(Path.Combine(folder, FrameCuesFile), (e, at) => new FramingTerm(
            Checked(JsonLines.Str(e, "term", at), at), FramingTermKind.FrameCue, null, JsonLines.Str(e, "frame", at), Optional(e, "note"), JsonLines.Str(e, "source", at)));
        return new FramingLexicon(loaded, frames);
    }

    private static string? Optional(System.Text.Json.JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;

    private static string Checked(string term, string at)
    {
        if (string.IsNullOrWhiteSpace(term))
            throw new FormatException($"{at}: the term is empty.");
        TermPattern.Compile(term);
        return term;
    }
}
