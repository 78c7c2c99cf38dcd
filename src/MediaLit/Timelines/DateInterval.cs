using System.Globalization;

namespace MediaLit.Timelines;

/// <summary>
/// A stretch of whole days, both ends included: "December 2016" is 2016-12-01..2016-12-31. Days, not
/// instants, because no article gives a time of day; an inclusive end reads the way a lesson writes dates.
/// </summary>
/// <example><c>DateInterval.Month(2016, 12).ToString()</c> ⇒ <c>"2016-12-01..2016-12-31"</c>.</example>
public readonly record struct DateInterval
{
    public DateInterval(DateOnly start, DateOnly end)
    {
        if (end < start)
            throw new ArgumentOutOfRangeException(nameof(end), end, $"An interval cannot end ({Iso(end)}) before it starts ({Iso(start)}).");
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    /// <summary>The last day of the interval (included).</summary>
    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static DateInterval Day(DateOnly day) => new(day, day);
    public static DateInterval Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    public static DateInterval Year(int year) => Years(year, year);
    public static DateInterval Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Days between the two intervals: 0 when they overlap, else the days from one's end to the other's start.</summary>
    public int GapDays(DateInterval other) =>
        Overlaps(other) ? 0 : other.Start > End ? other.Start.DayNumber - End.DayNumber : Start.DayNumber - other.End.DayNumber;

    /// <summary>The day halfway through: what "nearest" is measured from.</summary>
    public DateOnly Middle => DateOnly.FromDayNumber(Start.DayNumber + (End.DayNumber - Start.DayNumber) / 2);

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One ISO date for a single day, else <c>start..end</c>.</summary>
    public override string ToString() => Start == End ? Iso(Start) : $"{Iso(Start)}..{Iso(End)}";
}
