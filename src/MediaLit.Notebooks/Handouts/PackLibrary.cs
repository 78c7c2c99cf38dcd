using System.Collections;
using System.Reflection;

namespace MediaLit.Notebooks.Handouts;

/// <summary>A verified event of the record, as the library reads <c>data/reference-timeline.csv</c> for lesson 2.</summary>
internal sealed record TimelineEntry(string Id, DateOnly Start, DateOnly End, string Precision, string Event, IReadOnlyList<HandoutSource> Sources);

/// <summary>A source the record cites: the outlet as named and its address.</summary>
internal sealed record HandoutSource(string Name, string Url);

/// <summary>One sentence behind an article's stance on a claim, with the stance the library gave it.</summary>
internal sealed record StanceSentence(string Stance, string Sentence);

/// <summary>How one article treats one claim: the library's overall stance and its sentences (none when not mentioned).</summary>
internal sealed record ArticleStance(string ArticleId, string Overall, bool ContradictsItself, IReadOnlyList<StanceSentence> Sentences);

/// <summary>A claim of the codebook with every article's stance on it, as lesson 3's claim matrix shows it.</summary>
internal sealed record ClaimStances(string Id, string Label, string Description, string Source, IReadOnlyList<ArticleStance> Articles);

/// <summary>
/// The verified timeline and the claim matrix, computed by the same library the lessons load
/// (<c>notebooks/lib/MediaLit.dll</c>), so a handout cannot disagree with a lesson. The runner deliberately does not
/// link the library (the kernel's <c>#r "lib/MediaLit.dll"</c> must be the only copy in the default load context), so
/// this reads it through <see cref="LessonLibrary"/> into the records above. The members read are few and public; a rename in the library fails here with the member's name.
/// </summary>
internal static class PackLibrary
{
    public static (IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ClaimStances> Claims) Read(string libraryDll, string dataDirectory)
    {
        if (!File.Exists(libraryDll))
        {
            throw new FileNotFoundException(
                $"{libraryDll} not found: the handouts are computed by the lessons' library. Build it first (dotnet build src/MediaLit), which refreshes notebooks/lib/.",
                libraryDll);
        }

        try
        {
            return LessonLibrary.Use(libraryDll, "handouts", library => (ReadTimeline(library, dataDirectory), ReadClaims(library, dataDirectory)));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The library's own error (a malformed data file) names the file and the fix: pass it on as it is.
            throw new InvalidOperationException(e.InnerException.Message, e.InnerException);
        }
    }

    private static List<TimelineEntry> ReadTimeline(Assembly library, string dataDirectory)
    {
        var timeline = Static(library, "MediaLit.Timelines.ReferenceTimeline", "Load", dataDirectory);
        return Items(timeline).Select(e =>
        {
            var when = Get(e, "When");
            return new TimelineEntry(
                Text(e, "Id"),
                (DateOnly)Get(when, "Start"),
                (DateOnly)Get(when, "End"),
                Get(e, "Precision").ToString()!.ToLowerInvariant(),
                Text(e, "Event"),
                Items(Get(e, "Sources")).Select(s => new HandoutSource(Text(s, "Outlet"), Text(s, "Url"))).ToList());
        }).ToList();
    }

    private static List<ClaimStances> ReadClaims(Assembly library, string dataDirectory)
    {
        var corpus = Static(library, "MediaLit.Articles.Corpus", "Load", dataDirectory);
        var analysis = Type(library, "MediaLit.Narratives.NarrativeAnalysis");
        var narratives = analysis.GetMethods().Single(m => m.Name == "Narratives" && m.GetParameters().Length == 2)
            .Invoke(null, [corpus, null])!;
        var matrix = Get(narratives, "Claims");
        var label = Type(library, "MediaLit.Narratives.StanceLabels").GetMethod("Label") ?? throw Missing("StanceLabels.Label");
        string Label(object stance) => (string)label.Invoke(null, [stance])!;

        var cells = Items(Get(matrix, "Cells")).ToList();
        return Items(Get(matrix, "Claims")).Select(claim =>
        {
            var id = Text(claim, "Id");
            var articles = cells.Where(c => Text(Get(c, "Claim"), "Id") == id).Select(c => new ArticleStance(
                Text(Get(c, "Article"), "Id"),
                Label(Get(c, "Overall")),
                (bool)Get(c, "ContradictsItself"),
                Items(Get(c, "Evidence")).Select(e => new StanceSentence(Label(Get(e, "Stance")), Text(e, "SentenceText"))).ToList())).ToList();
            return new ClaimStances(id, Text(claim, "Label"), Text(claim, "Description"), Text(claim, "Source"), articles);
        }).ToList();
    }

    private static Type Type(Assembly library, string name) => library.GetType(name) ?? throw Missing(name);

    private static object Static(Assembly library, string type, string method, string argument) =>
        (Type(library, type).GetMethod(method, [typeof(string)]) ?? throw Missing($"{type}.{method}(string)")).Invoke(null, [argument])!;

    private static object Get(object target, string property) =>
        (target.GetType().GetProperty(property) ?? throw Missing($"{target.GetType().Name}.{property}")).GetValue(target)
        ?? throw new InvalidOperationException($"The library's {target.GetType().Name}.{property} is null where the handouts need a value.");

    private static string Text(object target, string property) => (string)Get(target, property);

    private static IEnumerable<object> Items(object list) => ((IEnumerable)list).Cast<object>();

    private static InvalidOperationException Missing(string member) =>
        new($"The lessons' library has no {member}: src/MediaLit.Notebooks/Handouts/PackLibrary.cs reads it for the handouts. Update it to the library's new name.");
}
