using MediaLit.Outlets;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>Tables and formatters for outlet profiles. Every value comes from a data file a teacher may edit, so all of it is encoded.</summary>
public static class OutletViews
{
    /// <summary>One row per outlet: kind, ownership and funding, each "unknown" where it is.</summary>
    public static TextTable Overview(this OutletProfiles profiles) => new(
        "The outlets (\"unknown\" says why; UNVERIFIED marks what the fact-check could not confirm)",
        ["id", "outlet", "kind", "ownership", "funding", "assessments", "articles"],
        profiles.Outlets.Select(o => (IReadOnlyList<string>)
        [
            o.Id, o.DisplayName, Shown(o.Kind), Shown(o.Ownership), Shown(o.Funding),
            o.Assessments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(", ", profiles.Links.Where(l => ReferenceEquals(l.Outlet, o)).Select(l => l.Role == OutletRole.PublishedOn ? l.ArticleId : $"{l.ArticleId} (says it first ran here)")),
        ]).ToList());

    /// <summary>A fact as a table cell: the value, or why it is unknown, flagged when unconfirmed.</summary>
    internal static string Shown(SourcedFact fact) =>
        (fact.Value ?? $"unknown: {fact.UnknownBecause}") + (fact.Verified || !fact.IsKnown ? "" : " (UNVERIFIED)");

    internal static void WriteHtml(TextWriter w, OutletProfile o)
    {
        w.Write($"<h3>{Encode(o.DisplayName)}</h3>");
        if (!o.Identified)
            w.Write($"<p class=\"unknown\">{Encode($"Nobody has identified this outlet: {o.Name.UnknownBecause}")}</p>");
        w.Write("<table><thead><tr><th scope=\"col\">field</th><th scope=\"col\">value</th><th scope=\"col\">source</th></tr></thead><tbody>");
        foreach (var alias in o.AlsoKnownAs)
            Row("also known as", alias);
        Row("kind of outlet", o.Kind);
        Row("ownership", o.Ownership);
        Row("funding", o.Funding);
        foreach (var note in o.Notes)
            Row(o.Identified ? "note" : "clue", note);
        w.Write("</tbody></table>");
        if (o.Assessments.Count > 0)
            Table(w, ["by", "finding", "source"],
                o.Assessments.Select(a => (IReadOnlyList<string>)[a.By, a.Finding + (a.Verified ? "" : " (UNVERIFIED)"), a.Source]),
                "What named organisations say (their findings, not the pack's verdict)");

        void Row(string field, SourcedFact fact)
        {
            string value = fact.IsKnown
                ? Encode(fact.Value) + (fact.Verified ? "" : " <strong>(UNVERIFIED)</strong>")
                : $"<span class=\"unknown\">unknown</span>: {Encode(fact.UnknownBecause)}";
            w.Write($"<tr><th scope=\"row\">{Encode(field)}</th><td>{value}</td><td class=\"note\">{Encode(fact.Source)}</td></tr>");
        }
    }

    internal static string ToPlainText(OutletProfile o)
    {
        var lines = new List<string> { o.DisplayName };
        if (!o.Identified)
            lines.Add($"  Nobody has identified this outlet: {o.Name.UnknownBecause}");
        lines.AddRange(o.AlsoKnownAs.Select(a => Line("also known as", a)));
        lines.Add(Line("kind of outlet", o.Kind));
        lines.Add(Line("ownership", o.Ownership));
        lines.Add(Line("funding", o.Funding));
        lines.AddRange(o.Notes.Select(n => Line(o.Identified ? "note" : "clue", n)));
        if (o.Assessments.Count > 0)
            lines.Add("  What named organisations say (their findings, not the pack's verdict):");
        lines.AddRange(o.Assessments.Select(a => $"  - {a.By}: {a.Finding}{(a.Verified ? "" : " (UNVERIFIED)")} [source: {a.Source}]"));
        return string.Join('\n', lines);

        static string Line(string field, SourcedFact fact) => $"  {field}: {Shown(fact)} [source: {fact.Source}]";
    }
}
