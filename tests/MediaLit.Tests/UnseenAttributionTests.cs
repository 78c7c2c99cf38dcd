using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaLit.Articles;
using MediaLit.Html;
using MediaLit.Sourcing;
using Xunit.Abstractions;

namespace MediaLit.Tests;

/// <summary>
/// Attributions on news the finder was not written for: 253 Wikinews texts, labelled by hand, split into a dev
/// set (rules tuned on it) and a held-out set (only read), as Data/attributions/README.md describes. The sixth batch
/// (59 texts, <c>"batch": 6</c>) was labelled after a session had seen some of the earlier held-out misses, and its
/// held-out half is also scored on its own: the one part of the held-out set no rule was written near.
/// </summary>
public sealed class UnseenAttributionTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "attributions");

    private readonly Corpus _corpus = fixture.Corpus;
    private SourcingLexicon Lexicon => SourcingAnalysis.LexiconFor(_corpus.DataDirectory);

    private sealed record Label(string Source, string Kind);

    private sealed record Score(int Matched, int Found, int Labelled, int KindRight, List<string> Misses)
    {
        public double Precision => Found == 0 ? 1 : (double)Matched / Found;
        public double Recall => Labelled == 0 ? 1 : (double)Matched / Labelled;
        public double KindAccuracy => Matched == 0 ? 1 : (double)KindRight / Matched;
        /// <summary>Two disjoint parts of a set scored together, as one pass over both would score them.</summary>
        public static Score operator +(Score a, Score b) =>
            new(a.Matched + b.Matched, a.Found + b.Found, a.Labelled + b.Labelled, a.KindRight + b.KindRight, [.. a.Misses, .. b.Misses]);

        public override string ToString() =>
            $"precision {Precision:F3} ({Matched}/{Found}), recall {Recall:F3} ({Matched}/{Labelled}), kind right {KindAccuracy:F3} ({KindRight}/{Matched})";
    }

    /// <summary>The fixed split: dev when the first byte of SHA-256(id) is even.</summary>
    private static bool IsDev(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 2 == 0;

    /// <summary>The batch a text was added in: 6 for the sixth batch, which says so; the earlier five carry no batch.</summary>
    private static int BatchOf(JsonElement entry) => entry.TryGetProperty("batch", out var batch) ? batch.GetInt32() : 0;

    private Score Measure(bool dev, Func<int, bool> batches)
    {
        var labels = File.ReadLines(Path.Combine(Folder, "gold.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToLookup(e => e.GetProperty("id").GetString()!);
        int matched = 0, found = 0, labelled = 0, kindRight = 0;
        var misses = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(Folder, "articles.jsonl")).Where(l => l.Trim().Length > 0))
        {
            var entry = JsonDocument.Parse(line).RootElement;
            string id = entry.GetProperty("id").GetString()!;
            if (IsDev(id) != dev || !batches(BatchOf(entry)))
                continue;
            var article = ArticleLoader.FromString(entry.GetProperty("text").GetString()!, _corpus.Rules, id);
            var attributions = article.Attributions(Lexicon);
            var byPrefix = labels[id].ToDictionary(e => e.GetProperty("sentence").GetString()!, e => e.GetProperty("attributions").EnumerateArray()
                .Select(a => new Label(a.GetProperty("source").GetString()!, a.GetProperty("kind").GetString()!)).ToList());
            var unused = new HashSet<string>(byPrefix.Keys);
            foreach (var sentence in article.Sentences)
            {
                string text = sentence.Text.Trim();
                string? prefix = byPrefix.Keys.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
                var gold = prefix is null ? [] : byPrefix[prefix];
                if (prefix is not null)
                    unused.Remove(prefix);
                var mine = attributions.Where(a => a.SentenceIndex == sentence.Index).ToList();
                found += mine.Count;
                labelled += gold.Count;
                foreach (var label in gold)
                {
                    var match = mine.FirstOrDefault(a => Agrees(label, a));
                    if (match is null)
                    {
                        misses.Add($"missed {id}: {label.Kind} \"{label.Source}\" in «{Short(text)}»");
                        continue;
                    }
                    matched++;
                    if (Fold(match.Kind, match.Form) == label.Kind)
                        kindRight++;
                    else
                        misses.Add($"kind {id}: {label.Source} is {label.Kind}, found {match.Kind}");
                    mine.Remove(match);
                }
                misses.AddRange(mine.Select(a => $"extra {id}: {a.Kind} \"{a.Speaker ?? a.SourceText}\" ({a.Cue}) in «{Short(text)}»"));
            }
            // A label whose sentence the splitter never produced counts as missed, so a bad split cannot hide a miss.
            foreach (string prefix in unused)
            {
                labelled += byPrefix[prefix].Count;
                misses.Add($"no sentence starts «{prefix}» in {id}");
            }
        }
        return new Score(matched, found, labelled, kindRight, misses);
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..70] + "…";

    private static bool Agrees(Label label, Attribution found)
    {
        if (label.Kind == "hearsay")
            return found.Form == AttributionForm.Hearsay;
        // A source known only by role is named by its description ("The head of news for …").
        string said = $"{found.Speaker} {found.SourceText} {(found.Kind == SourceKind.RoleOnly ? found.Role : null)}";
        return label.Source.Split('|').Any(head => Regex.IsMatch(said, $@"(?<!\p{{L}}){Regex.Escape(head)}(?!\p{{L}})", RegexOptions.IgnoreCase));
    }

    /// <summary>The finder's kinds in the labels' seven.</summary>
    private static string Fold(SourceKind kind, AttributionForm form) => form == AttributionForm.Hearsay ? "hearsay" : kind switch
    {
        SourceKind.NamedOfficial or SourceKind.NamedExpert or SourceKind.NamedPerson => "person",
        SourceKind.RoleOnly => "role",
        SourceKind.AnonymousGroup => "group",
        SourceKind.Institution => "institution",
        SourceKind.JournalistOrOutlet => "outlet",
        _ => "document",
    };

    [Fact]
    public void The_split_is_the_documented_one()
    {
        var ids = File.ReadLines(Path.Combine(Folder, "articles.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
        Assert.Equal(253, ids.Count);
        Assert.Equal(111, ids.Count(IsDev));
    }

    [Fact]
    public void Every_label_points_into_its_own_text()
    {
        // A label whose id or sentence is mistyped would only show up as a miss; here it is named (ids and prefixes only,
        // so no held-out miss is printed).
        var texts = File.ReadLines(Path.Combine(Folder, "articles.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!);
        var bad = File.ReadLines(Path.Combine(Folder, "gold.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => !texts.TryGetValue(e.GetProperty("id").GetString()!, out var text)
                || !text.Contains(e.GetProperty("sentence").GetString()!, StringComparison.Ordinal)
                || e.GetProperty("attributions").GetArrayLength() == 0)
            .Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Dev_set_precision_and_recall()
    {
        Score earlier = Measure(dev: true, batch => batch != 6), sixth = Measure(dev: true, batch => batch == 6), score = earlier + sixth;
        output.WriteLine($"dev: {score}\n{string.Join('\n', score.Misses)}");
        output.WriteLine($"dev, sixth batch only: {sixth}");
        Assert.True(score.Precision >= DevFloor.Precision && score.Recall >= DevFloor.Recall, $"dev: {score}\n{string.Join('\n', score.Misses)}");
    }

    [Fact]
    public void Held_out_precision_and_recall()
    {
        Score earlier = Measure(dev: false, batch => batch != 6), sixth = Measure(dev: false, batch => batch == 6), score = earlier + sixth;
        // The summary only, never the misses, not even when the floor fails: a held-out miss that is read becomes a
        // rule to write, and the set stops measuring text the rules were not written from. (Until 2026-12-04 the misses
        // were written to the test output, which a detailed test log shows.)
        output.WriteLine($"held-out: {score}");
        output.WriteLine($"held-out, sixth batch only: {sixth}");
        output.WriteLine($"held-out, the five earlier batches: {earlier}");
        Assert.True(score.Precision >= HeldOutFloor.Precision && score.Recall >= HeldOutFloor.Recall, $"held-out: {score}");
    }

    // The floors reached (docs/quality.md, "Sources"), kept so that a change that loses ground fails.
    // Third round (113 texts): dev reached P 1.000 R 0.910, held-out P 0.899 R 0.756.
    // Fourth round (154 texts, a fourth batch of 41 labelled before the finder ran on them): dev reached P 1.000 R 0.932
    // (88 labels), held-out P 0.859 R 0.716 (102 labels). The held-out floors are below the third round's because the set
    // grew: the new batch's held-out half scored P 0.667 R 0.500 on its first run, and the rules of this round, found on
    // dev, moved it to P 0.688 R 0.550. They are the figures measured, not a target.
    // Fifth batch (194 texts, 40 more from other kinds of story, labelled before the finder ran on them): the same rules
    // read dev P 0.943 R 0.847 (118 labels) and held-out P 0.848 R 0.714 (133 labels). The rules a fifth round wrote for
    // its dev texts lowered held-out precision (0.826) and found nothing more there, so they were not kept.
    // Sixth batch (253 texts, 59 more labelled before the finder ran on them, after a session had seen some earlier
    // held-out misses): at the sixth round's start the rules read dev P 0.938 R 0.835 (127 labels) and held-out P 0.820
    // R 0.694 (157 labels; the sixth batch's held-out half P 0.667 R 0.583 on 24 labels). The sixth round's rules, found
    // on dev and invented sentences, read dev P 0.991 R 0.858 and held-out P 0.821 R 0.732 (sixth batch 0.708 / 0.708).
    private static readonly (double Precision, double Recall) DevFloor = (0.97, 0.85);
    private static readonly (double Precision, double Recall) HeldOutFloor = (0.82, 0.73);
}

