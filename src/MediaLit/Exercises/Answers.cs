using System.Globalization;

namespace MediaLit.Exercises;

/// <summary>
/// Reads students' answers leniently: a date or a month in any common English form, an id with or without
/// quotes. An answer that cannot be read gets a hint on how to write it, never an exception.
/// </summary>
public static class Answers
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
}
