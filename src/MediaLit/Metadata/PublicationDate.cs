using System.Globalization;

namespace MediaLit.Metadata;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision { Day, Month, Year }

/// <summary>What a date says about the article.</summary>
public enum DateKind
{
    /// <summary>First publication.</summary>
    Published,
    /// <summary>A later revision; the first publication date is not given.</summary>
    Updated,
    /// <summary>Worked out from the content (the latest event it mentions), not printed anywhere.</summary>
    Inferred,
}

/// <summary>
/// A date with its precision: <c>2021-07</c> at month precision means "some day in July 2021",
/// and <see cref="Date"/> then holds the first day of that month.
/// </summary>
public sealed record PublicationDate(DateOnly Date, DatePrecision Precision, DateKind Kind)
{
    /// <summary>Reads <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>; the format gives the precision.</summary>
    public static bool TryParseIso(string text, DateKind kind, out PublicationDate? date)
    {
        date = text.Length switch
        {
            10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => new(d, DatePrecision.Day, kind),
            7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => new(m, DatePrecision.Month, kind),
            4 when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1 and <= 9999 => new(new DateOnly(y, 1, 1), DatePrecision.Year, kind),
            _ => null,
        };
        return date is not null;
    }

    /// <summary>The date in ISO 8601, only as precise as it is known.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public override string ToString() => $"{Iso} ({Kind.ToString().ToLowerInvariant()})";
}
