using System.Globalization;
using System.Text;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// The verified record (<c>data/reference-timeline.csv</c>, as the library reads it for lesson 2) as a strip for A4
/// landscape: a ruler of years with a mark per event, for students to place an article's dates on, then every event
/// in date order with its sources, in columns.
/// </summary>
internal static class TimelineHandout
{
    public const string File = "timeline-strip.html";
    public const int MaxPages = 3;

    public static Handout Render(HandoutSources sources)
    {
        const string title = "Timeline strip: the verified record";
        var events = sources.Timeline.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var page = new StringBuilder(Start(title, PageOrientation.Landscape,
            $"{events.Count} events checked against their sources. Mark an article's dates on the ruler, then compare them with the list.", StripCss));
        if (events.Count > 0)
        {
            page.Append(Ruler(events));
        }

        page.Append("<ol class=\"events\">\n");
        foreach (var e in events)
        {
            page.Append("<li class=\"keep\"><strong>").Append(Encode(Dates(e))).Append("</strong> <span class=\"small\">(")
                .Append(Encode(e.Id)).Append(")</span> ").Append(Encode(e.Event)).Append("<br><span class=\"small\">Sources: ")
                .AppendJoin("; ", e.Sources.Select(s => Link(s.Url, s.Name))).Append("</span></li>\n");
        }

        page.Append("</ol>\n").Append(End());
        return new Handout(File, title, "Every event of the verified record, in date order, with its sources; a ruler to mark an article's dates on.", PageOrientation.Landscape, MaxPages, page.ToString());
    }

    /// <summary>"24–27 Dec 1979", "Apr 1992", "9 Nov 2018": as precise as the record is, no more.</summary>
    public static string Dates(TimelineEntry e)
    {
        var format = e.Precision switch { "year" => "yyyy", "month" => "MMM yyyy", _ => "d MMM yyyy" };
        var start = e.Start.ToString(format, CultureInfo.InvariantCulture);
        var end = e.End.ToString(format, CultureInfo.InvariantCulture);
        return start == end ? start : $"{start} – {end}";
    }

    private static string Ruler(List<TimelineEntry> events)
    {
        var first = events[0].Start.Year;
        var last = events.Max(e => e.End.Year) + 1;
        double Position(DateOnly day) => 100.0 * (day.DayNumber - new DateOnly(first, 1, 1).DayNumber) / (new DateOnly(last, 1, 1).DayNumber - new DateOnly(first, 1, 1).DayNumber);
        var ruler = new StringBuilder("<div class=\"ruler\" aria-hidden=\"true\">\n");
        for (var year = first; year <= last; year++)
        {
            if (year % 5 == 0)
            {
                ruler.Append("<span class=\"year\" style=\"left:").Append(Position(new DateOnly(year, 1, 1)).ToString("0.##", CultureInfo.InvariantCulture))
                    .Append("%\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</span>\n");
            }
        }

        foreach (var e in events)
        {
            ruler.Append("<span class=\"mark\" style=\"left:").Append(Position(e.Start).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\"></span>\n");
        }

        return ruler.Append("</div>\n<p class=\"small\">Each short mark is one event of the list below. Long marks are every fifth year.</p>\n").ToString();
    }

    private const string StripCss = """
        .ruler { position: relative; height: 16mm; border-bottom: 0.8pt solid #000; margin: 8mm 2mm 2mm; }
        .ruler .year { position: absolute; bottom: 0; font-size: 7.5pt; border-left: 0.8pt solid #000; height: 7mm; padding-left: 0.5mm; }
        .ruler .mark { position: absolute; bottom: 0; height: 3mm; border-left: 0.6pt solid #000; }
        ol.events { columns: 3; column-gap: 5mm; font-size: 7.5pt; line-height: 1.15; padding-left: 6mm; margin-top: 6mm; }
        ol.events li { margin-bottom: 1mm; }
        ol.events .small, ol.events a::after { font-size: 6.5pt; }

        """;
}
