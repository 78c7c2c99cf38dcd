using System.Reflection;
using System.Text;
using AngleSharp.Dom;

namespace MediaLit.Html;

/// <summary>
/// The word lists in Rules/class-words.txt, and the whole words of an element's class and id. Matching whole
/// words, not substrings, is what keeps "l-sidebar-fixed" (a layout wrapper) apart from a sidebar only through
/// the content guard, and "url-breadcrumb" or "adapt" from matching "ad" at all.
/// </summary>
internal static class ClassWords
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> Lists = new(Load);

    public static IReadOnlySet<string> Furniture => Lists.Value["furniture"];

    public static IReadOnlySet<string> Story => Lists.Value["story"];

    public static IReadOnlySet<string> Negative => Lists.Value["negative"];

    /// <summary>"storyBody l-sidebar_fixed" → story, body, l, sidebar, fixed (lower case).</summary>
    public static IEnumerable<string> Words(string? name)
    {
        if (string.IsNullOrEmpty(name))
            yield break;
        var word = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    /// <summary>The words of the element's class and id.</summary>
    public static List<string> Of(IElement element) => [.. Words(element.ClassName), .. Words(element.Id)];

    /// <summary>The first furniture word of the element's name, unless a story word is there too.</summary>
    public static string? FurnitureWord(IElement element)
    {
        var words = Of(element);
        return words.Any(Story.Contains) ? null : words.FirstOrDefault(Furniture.Contains);
    }

    /// <summary>Readability-style weight of a name: +25 for a story word, −25 for a furniture or negative word, per attribute.</summary>
    public static int Weight(IElement element)
    {
        int weight = 0;
        foreach (var words in new[] { Words(element.ClassName).ToList(), Words(element.Id).ToList() })
        {
            if (words.Any(w => Furniture.Contains(w) || Negative.Contains(w)))
                weight -= 25;
            if (words.Any(Story.Contains))
                weight += 25;
        }
        return weight;
    }

    private static Dictionary<string, HashSet<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MediaLit.Html.Rules.class-words.txt")
            ?? throw new InvalidOperationException("Rules/class-words.txt is missing from MediaLit.Html: rebuild the project.");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            string text = line.Split('#')[0].Trim();
            if (text.Length == 0)
                continue;
            if (text.StartsWith('[') && text.EndsWith(']'))
                lists[text[1..^1]] = current = new HashSet<string>(StringComparer.Ordinal);
            else if (current is null || text.Any(c => !char.IsLetterOrDigit(c) || char.IsUpper(c)))
                throw new InvalidOperationException($"Rules/class-words.txt line {number}: \"{text}\" is not one lower-case word under a [section]. Fix the line.");
            else
                current.Add(text);
        }
        foreach (string section in new[] { "furniture", "story", "negative" })
            if (!lists.ContainsKey(section))
                throw new InvalidOperationException($"Rules/class-words.txt has no [{section}] list. Add it.");
        return lists;
    }
}
