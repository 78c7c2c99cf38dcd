using System.Text.Json;
using MediaLit.Loading;

namespace MediaLit.Narratives;

/// <summary>
/// The claims the lesson compares, and the words the stance rules use, read from <c>data/claims/</c>.
/// Both files are meant to be read and challenged by students: changing a rule means editing a line.
/// </summary>
public sealed record ClaimCodebook(IReadOnlyList<Claim> Claims, IReadOnlyList<StanceCue> StanceCues)
{
    public const string FolderName = "claims";
    public const string ClaimsFile = "claims.jsonl";
    public const string StanceCuesFile = "stance-cues.jsonl";

    public Claim this[string id] => Claims.FirstOrDefault(c => c.Id == id)
        ?? throw new KeyNotFoundException($"No claim \"{id}\". The claims are: {string.Join(", ", Claims.Select(c => c.Id))}.");

    /// <summary>The cues of one type, in file order.</summary>
    public IReadOnlyList<string> CuesOf(StanceCueType type) => StanceCues.Where(c => c.Type == type).Select(c => c.Cue).ToList();

    /// <summary>The denial words that apply to a claim: its own, and the common ones unless it opts out.</summary>
    public IReadOnlyList<string> DenialCuesFor(Claim claim) =>
        claim.UsesCommonDenialCues ? [.. claim.DenialCues, .. CuesOf(StanceCueType.Denial)] : claim.DenialCues;

    public static ClaimCodebook Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, FolderName);
        string claimsPath = Path.Combine(folder, ClaimsFile);
        var claims = JsonLines.Read(claimsPath, ReadClaim);
        var duplicate = claims.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new CorpusException(CorpusProblem.MalformedRules, claimsPath, $"Two claims have the id \"{duplicate.Key}\".",
                "Give each claim its own id; tables and tests find claims by it.");
        var cues = JsonLines.Read(Path.Combine(folder, StanceCuesFile), (e, at) =>
            new StanceCue(Checked(JsonLines.Str(e, "cue", at), at), ParseType(JsonLines.Str(e, "type", at), at), JsonLines.Str(e, "source", at)));
        return new ClaimCodebook(claims, cues);
    }

    private static Claim ReadClaim(JsonElement e, string at)
    {
        var cues = e.GetProperty("cues").EnumerateArray()
            .Select(set => (IReadOnlyList<string>)set.EnumerateArray().Select(t => Checked(t.GetString() ?? "", at)).ToList())
            .ToList();
        if (cues.Count == 0 || cues.Any(set => set.Count == 0))
            throw new FormatException($"{at}: \"cues\" needs at least one non-empty list of terms.");
        var denials = e.TryGetProperty("denialCues", out var d) ? d.EnumerateArray().Select(t => Checked(t.GetString() ?? "", at)).ToList() : [];
        bool common = !e.TryGetProperty("useCommonDenialCues", out var u) || u.GetBoolean();
        var examples = e.TryGetProperty("examples", out var x)
            ? x.EnumerateArray().Select(ex => new ClaimExample(JsonLines.Str(ex, "article", at), JsonLines.Str(ex, "quote", at))).ToList()
            : [];
        return new Claim(JsonLines.Str(e, "id", at), JsonLines.Str(e, "label", at), JsonLines.Str(e, "description", at),
            cues, denials, common, examples, JsonLines.Str(e, "source", at));
    }

    /// <summary>A term that does not compile is reported with its line, not at first use.</summary>
    private static string Checked(string term, string at)
    {
        try
        {
            TermPattern.Compile(term);
            return term;
        }
        catch (ArgumentException)
        {
            throw new FormatException($"{at}: the term \"{term}\" is empty.");
        }
    }

    private static StanceCueType ParseType(string type, string at) => type switch
    {
        "denial" => StanceCueType.Denial,
        "contrast" => StanceCueType.Contrast,
        "back-reference" => StanceCueType.BackReference,
        "distancing" => StanceCueType.Distancing,
        _ => throw new FormatException($"{at}: type \"{type}\" is not denial, contrast, back-reference or distancing."),
    };
}
