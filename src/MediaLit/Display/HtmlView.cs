using MediaLit.Articles;
using MediaLit.Exercises;
using MediaLit.Metadata;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>HTML for each displayable type. Every piece of article text is encoded before it is written.</summary>
internal static class HtmlView
{
    public static bool TryWrite(object instance, TextWriter w)
    {
        switch (instance)
        {
            case IView view:
                Open(w);
                view.WriteHtml(w);
                break;
            case TextTable table:
                Open(w);
                Table(w, table);
                break;
            case Corpus corpus:
                Open(w);
                var overview = corpus.Overview();
                Table(w, overview.Columns, overview.Rows, overview.Caption);
                if (corpus.Problems.Count > 0)
                {
                    var unread = corpus.UnreadFiles();
                    Table(w, unread.Columns, unread.Rows, unread.Caption);
                }
                break;
            case Article article:
                Open(w);
                SourceCard(w, article);
                break;
            case CleaningReport report:
                Open(w);
                Cleaning(w, report);
                break;
            case Reuse.ReuseReport reuse:
                Open(w);
                ReuseHtml.Report(w, reuse);
                break;
            case ReuseComparison comparison:
                Open(w);
                ReuseHtml.Comparison(w, comparison);
                break;
            case Outlets.OutletProfile outlet:
                Open(w);
                OutletViews.WriteHtml(w, outlet);
                break;
            case Outlets.OutletProfiles outlets:
                Open(w);
                var outletTable = outlets.Overview();
                Table(w, outletTable.Columns, outletTable.Rows, outletTable.Caption);
                break;
            case Feedback feedback:
                Open(w);
                // data-exercise and data-verdict let the gradebook read what the student was told, not recompute it.
                string verdict = feedback.Verdict switch { Verdict.Right => "right", Verdict.PartlyRight => "partly", Verdict.Wrong => "wrong", Verdict.CannotCheck => "cannot-check", _ => "unanswered" };
                w.Write($"<div class=\"{verdict}\" role=\"status\" data-exercise=\"{Encode(feedback.Id)}\" data-verdict=\"{verdict}\">");
                w.Write($"<strong>{Encode(feedback.Exercise)}: {Encode(feedback.Label)}</strong> {Encode(feedback.Message)}</div>");
                break;
            default:
                return false;
        }
        w.Write("</div>");
        return true;
    }

    private static void Open(TextWriter w) => w.Write(Style + "<div class=\"medialit\">");

    private static void SourceCard(TextWriter w, Article a)
    {
        var m = a.Metadata;
        w.Write($"<h3>Article {Encode(a.Id)}: {Encode(m.Title.Value ?? "(no headline)")}</h3>");
        w.Write("<table><thead><tr><th scope=\"col\">field</th><th scope=\"col\">value</th><th scope=\"col\">how we know</th></tr></thead><tbody>");
        Row("author", m.Author.Best, m.Author.Disagrees);
        Row("outlet", m.Outlet.Best, m.Outlet.Disagrees);
        Row("kind of outlet", m.OutletKind);
        Row("date", m.Published.Best, m.Published.Disagrees);
        Row("address (URL)", m.Url);
        Row("says it was first published by", m.RepublishedFrom);
        w.Write("</tbody></table>");
        w.Write($"<p class=\"note\">{a.Paragraphs.Count} paragraphs, {a.Sentences.Count} sentences, {a.WordCount} words; "
            + $"{a.Links.Count} links; {a.Removals.Count(r => !r.IsFormatting)} pieces of page furniture removed; {a.ReaderComments.Count} reader comments kept apart.</p>");

        void Row<T>(string field, Attested<T> value, bool disagrees = false) where T : class
        {
            string shown = value.Value is null ? "<span class=\"unknown\">unknown</span>" : Encode(value.Value.ToString());
            string flag = disagrees ? " <strong>(the text and the manifest disagree)</strong>" : "";
            w.Write($"<tr><th scope=\"row\">{Encode(field)}</th><td>{shown}{flag}</td><td class=\"note\">{Encode(ProvenanceLabel(value.Provenance))}: {Encode(value.Note)}</td></tr>");
        }
    }

    internal static string ProvenanceLabel(Provenance provenance) => provenance switch
    {
        Provenance.Text => "from the article's text",
        Provenance.FactCheck => "from the fact-check",
        _ => "unknown",
    };

    private static void Cleaning(TextWriter w, CleaningReport report)
    {
        w.Write($"<p>Article {Encode(report.Article.Id)}: removed text is <del>struck through</del>, with the rule that removed it.</p><pre>");
        foreach (var (text, removal) in report.Runs())
        {
            if (removal is null)
                w.Write(Encode(text));
            else
                w.Write($"<del title=\"{Encode(removal.Reason)}\">{Encode(text)}</del><span class=\"rule\">{Encode(removal.RuleId)}</span>");
        }
        w.Write("</pre>");
    }
}
