using System.Globalization;
using MediaLit.Cases;
using MediaLit.Narratives;
using MediaLit.Sourcing;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>The case report of one article: who, sources, dates, claims, language and evidence on one card.</summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record CaseReport(ArticleCase Case) : IView
{
    private IEnumerable<(string Heading, IReadOnlyList<string> Lines)> Sections()
    {
        var c = Case;
        var m = c.Article.Metadata;
        yield return ("Who is behind it", [
            $"Title: {m.Title.Value ?? "unknown"}",
            $"Author: {m.Author.Value ?? "unknown"} ({m.Author.Best.Note})",
            $"Outlet: {m.Outlet.Value ?? "unknown"} ({m.Outlet.Best.Note})",
            $"Date: {m.Published.Value?.ToString() ?? "unknown"} ({m.Published.Best.Note})",
        ]);
        if (c.Article.CleaningWarnings() is { Count: > 0 } cleaning)
            yield return ("Cleaning", cleaning);
        var s = c.Sourcing;
        yield return ("Who is quoted", [
            $"{s.Attributions.Count} attributions in {s.Article.BodySentences.Count()} sentences of running text; {s.OwnAssertions.Count} sentences credit nobody.",
            .. SourcingViews.KindOrder.Where(k => s.Count(k) > 0).Select(k => $"{k.Label()}: {s.Count(k)} ({s.PerThousandWords(k):0.0} per 1,000 words)"),
            s.NamedSources.Count == 0 ? "No named source." : "Named: " + string.Join(", ", s.NamedSources),
        ]);
        int unresolved = c.Dates.Count(d => d.Interval is null && d.Duration is null);
        yield return ("When", [
            $"{c.Dates.Count} date expressions; {unresolved} unresolved.",
            c.Bound.EarliestPossible is { } earliest ? $"Earliest possible date: {earliest:yyyy-MM-dd} — \"{c.Bound.EvidenceSentence}\"" : c.Bound.Reasoning,
        ]);
        yield return ("Claims (from the pack's codebook)", c.Claims.Count == 0
            ? ["None of the codebook's claims is mentioned: the codebook was written for the five articles."]
            : c.Claims.Select(cl => $"{cl.Claim.Label}: {cl.Describe()}").ToList());
        yield return ("Language (suggestions to check)", [
            $"{c.Framing.LoadedLanguage.Count} possibly loaded terms ({c.Framing.PerThousandWords(c.Framing.LoadedLanguage.Count):0.0} per 1,000 words)"
                + (c.Framing.LoadedLanguage.Count == 0 ? "." : ": " + string.Join(", ", c.Framing.LoadedLanguage.Select(h => h.MatchText).Distinct().Take(12)) + "."),
            $"Hedges {c.Evidence["hedges"].Count}, boosters {c.Evidence["boosters"].Count}, attitude markers {c.Evidence["attitude"].Count}.",
        ]);
        yield return ("Evidence rubric (how it shows its evidence, not whether it is true)",
            c.Rubric.Criteria.Select(cr => $"{cr.Criterion.Question} {cr.Score:0} / 100").Append($"Overall {c.Rubric.Overall:0} / 100").ToList());
    }

    public void WriteHtml(TextWriter writer)
    {
        writer.Write($"<h3>Case report: {Encode(Case.Article.Metadata.Title.Value ?? Case.Article.Id)}</h3>");
        foreach (var (heading, lines) in Sections())
        {
            writer.Write($"<p><strong>{Encode(heading)}</strong></p><ul>");
            foreach (string line in lines)
                writer.Write($"<li>{Encode(line)}</li>");
            writer.Write("</ul>");
        }
        writer.Write("<p class=\"note\">Every line comes from a lesson's analysis; open that lesson's tables to see the sentences behind it.</p>");
    }

    public void WritePlainText(TextWriter writer)
    {
        writer.WriteLine($"Case report: {Case.Article.Metadata.Title.Value ?? Case.Article.Id}");
        foreach (var (heading, lines) in Sections())
        {
            writer.WriteLine(heading);
            foreach (string line in lines)
                writer.WriteLine("  - " + line);
        }
    }

    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WritePlainText(writer);
        return writer.ToString();
    }
}

/// <summary>Entry point for case reports.</summary>
public static class CaseReports
{
    /// <summary>The case report card of an analysed article.</summary>
    public static CaseReport Report(this ArticleCase articleCase) => new(articleCase);
}
