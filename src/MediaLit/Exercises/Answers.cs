using System.Globalization;
using System.Text.RegularExpressions;
using MediaLit.Narratives;
using MediaLit.Sourcing;

namespace MediaLit.Exercises;

/// <summary>
/// Reads students' answers leniently: a date or a month in any common English form, an id with or without
/// quotes, a list in any order and with any separators, a choice letter, the kind of a source or a stance in
/// plain words. An answer that cannot be read gets a hint on how to write it, never an exception.
/// </summary>
public static partial class Answers
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd",
        "d MMMM yyyy", "d MMM yyyy", "dd MMMM yyyy", "dd MMM yyyy", "d MMMM, yyyy", "d. MMMM yyyy",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMMM dd, yyyy", "MMM. d, yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy",
    ];

    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-M", "yyyy/MM", "MMMM yyyy", "MMM yyyy", "MMMM, yyyy", "MMM. yyyy", "MM/yyyy", "M/yyyy"];

    /// <summary>A day: "2020-06-26", "26 June 2020", "June 26, 2020", "26th June 2020". Null when it cannot be read.</summary>
    public static DateOnly? Date(string? answer)
    {
        string? text = Clean(answer);
        if (text is null)
            return null;
        text = StripOrdinals(text);
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
    }

    /// <summary>A month: "2016-12", "December 2016", "Dec 2016", "12/2016". Null when it cannot be read.</summary>
    public static (int Year, int Month)? Month(string? answer)
    {
        string? text = Clean(answer);
        if (text is null)
            return null;
        return DateTime.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month)
            ? (month.Year, month.Month)
            : null;
    }

    /// <summary>The answer without surrounding spaces and quotes (straight or curly); null when nothing is left.</summary>
    public static string? Clean(string? answer)
    {
        string text = (answer ?? "").Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '`').Trim();
        return text.Length == 0 ? null : text;
    }

    // "26th June 2020" → "26 June 2020": ordinals are common in written dates and no format has them.
    private static string StripOrdinals(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i].TrimEnd(',');
            string comma = words[i].EndsWith(',') ? "," : "";
            if (w.Length > 2 && char.IsDigit(w[0]) && w[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" && w[..^2].All(char.IsDigit))
                words[i] = w[..^2] + comma;
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The items of a list answer: split at commas, semicolons, line breaks, "and", and at spaces too unless
    /// <paramref name="keepSpaces"/>; each item without quotes, brackets or a trailing full stop. C# leftovers
    /// ("new[] {", "}") are dropped. Empty when nothing is written.
    /// </summary>
    public static IReadOnlyList<string> Items(string? answer, bool keepSpaces = false)
    {
        string text = (answer ?? "").Replace("new[]", " ", StringComparison.Ordinal);
        var parts = (keepSpaces ? ListSeparators() : ListSeparatorsAndSpaces()).Split(text);
        return parts.Select(p => p.Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '`', '{', '}', '[', ']', '(', ')', '.', ':').Trim())
            .Where(p => p.Length > 0 && !p.Equals("and", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>
    /// Article or evidence ids: "001, 004", "\"001\" \"004\"", "1 and 4" (digits padded to three: "1" is "001"),
    /// "e2, E4" (letters upper-cased). Empty when nothing is written.
    /// </summary>
    public static IReadOnlyList<string> Ids(string? answer) =>
        Items(answer).Select(id => id.All(char.IsAsciiDigit) && id.Length < 3 ? id.PadLeft(3, '0') : id.ToUpperInvariant()).Distinct().ToList();

    /// <summary>One id, read as <see cref="Ids"/> reads each item; null when there is not exactly one, or it has no digit (every id has one).</summary>
    public static string? Id(string? answer) => Ids(answer) is [var one] && one.Any(char.IsAsciiDigit) ? one : null;

    /// <summary>Whole numbers (line or sentence numbers): "1, 3 and 5", "[1] [3]". Null when an item is not a number.</summary>
    public static IReadOnlyList<int>? Numbers(string? answer)
    {
        var numbers = new List<int>();
        foreach (string item in Items(answer))
        {
            if (!int.TryParse(item.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                return null;
            numbers.Add(n);
        }
        return numbers;
    }

    /// <summary>A choice letter among <paramref name="letters"/>: "B", "b", "(b)", "B)", "text B", "answer: b". Null otherwise.</summary>
    public static char? Choice(string? answer, string letters)
    {
        var items = Items(answer).Where(i => !i.Equals("text", StringComparison.OrdinalIgnoreCase) && !i.Equals("answer", StringComparison.OrdinalIgnoreCase)).ToList();
        return items is [{ Length: 1 } one] && letters.Contains(char.ToUpperInvariant(one[0]), StringComparison.Ordinal) ? char.ToUpperInvariant(one[0]) : null;
    }

    /// <summary>Plain words, lower-case, without quotes: "may, probably" or "\"dangerous\"". Empty when nothing is written.</summary>
    public static IReadOnlyList<string> Words(string? answer) => Items(answer).Select(w => w.ToLowerInvariant()).Distinct().ToList();

    /// <summary>What a student may call "the author's own words, no source" in a list of kinds of source.</summary>
    public const string OwnWords = "own";

    /// <summary>
    /// The kind of source in plain words: "named official", "official", "anonymous", "unnamed group", "expert",
    /// "journalist", "outlet", "news agency", "institution", "government", "document", "role only",
    /// "named person", or the C# name ("SourceKind.AnonymousGroup"). "none", "author" or "own" is the author's
    /// own assertion (<see cref="OwnWords"/>). Null when it cannot be read.
    /// </summary>
    public static string? KindOfSource(string? answer)
    {
        string text = Squash(answer).Replace("sourcekind", "", StringComparison.Ordinal);
        return text switch
        {
            "namedofficial" or "official" or "officials" or "namedofficials" => nameof(SourceKind.NamedOfficial),
            "namedexpert" or "expert" or "experts" or "analyst" => nameof(SourceKind.NamedExpert),
            "namedperson" or "person" => nameof(SourceKind.NamedPerson),
            "roleonly" or "role" => nameof(SourceKind.RoleOnly),
            "journalistoroutlet" or "journalist" or "outlet" or "newsoutlet" or "media" or "newspaper" or "newsagency" or "agency" or "journalists" or "outlets" => nameof(SourceKind.JournalistOrOutlet),
            "anonymousgroup" or "anonymous" or "unnamed" or "unnamedgroup" or "anonymoussource" or "unnamedsource" or "anonymousorunnamed" or "vague" => nameof(SourceKind.AnonymousGroup),
            "institution" or "government" or "organisation" or "organization" or "country" => nameof(SourceKind.Institution),
            "document" or "report" or "documents" => nameof(SourceKind.Document),
            "none" or "nobody" or "author" or "own" or "ownassertion" or "authorsown" or "authorsownwords" or "nosource" or "ownwords" => OwnWords,
            _ => null,
        };
    }

    /// <summary>A stance in plain words ("asserts", "attributes", "reports a denial", "denies") or its C# name. Null when it cannot be read.</summary>
    public static Stance? StanceOf(string? answer) => Squash(answer).Replace("stance", "", StringComparison.Ordinal) switch
    {
        "asserts" or "assert" or "asserted" or "assertion" => Stance.Asserts,
        "attributestosource" or "attributes" or "attribute" or "attributed" or "attributestoasource" or "attribution" => Stance.AttributesToSource,
        "reportsdenial" or "reportsadenial" or "reportdenial" or "reportedenial" or "reportsthedenial" => Stance.ReportsDenial,
        "denies" or "deny" or "denied" or "denial" => Stance.Denies,
        _ => null,
    };

    /// <summary>An Admiralty grade, reliability letter and credibility digit: "F3", "f 3", "F-3". Null when it cannot be read.</summary>
    public static (char Reliability, int Credibility)? Grade(string? answer)
    {
        var match = GradePattern().Match(Clean(answer) ?? "");
        return match.Success ? (char.ToUpperInvariant(match.Groups[1].Value[0]), match.Groups[2].Value[0] - '0') : null;
    }

    // Lower-case letters only: "Named official" → "namedofficial", "SourceKind.AnonymousGroup" → "sourcekindanonymousgroup".
    private static string Squash(string? answer) =>
        new string((Clean(answer) ?? "").Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"(?:[\s,;]+and[\s,;]+|[,;\r\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"(?:[\s,;]+and[\s,;]+|[,;\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparatorsAndSpaces();

    [GeneratedRegex(@"^\s*([A-Fa-f])\s*[-/ ]?\s*([1-6])\b")]
    private static partial Regex GradePattern();
}
