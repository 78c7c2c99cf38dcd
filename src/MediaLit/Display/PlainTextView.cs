using MediaLit.Articles;
using MediaLit.Exercises;

namespace MediaLit.Display;

/// <summary>Plain text for each displayable type: the non-visual alternative, and what a terminal shows.</summary>
internal static class PlainTextView
{
    public static bool TryWrite(object instance, TextWriter w)
    {
        switch (instance)
        {
            case IView view:
                view.WritePlainText(w);
                return true;
            case TextTable table:
                w.Write(table.ToPlainText());
                return true;
            case Corpus corpus:
                w.Write(corpus.Overview().ToPlainText());
                if (corpus.Problems.Count > 0)
                    w.Write("\n" + corpus.UnreadFiles().ToPlainText());
                return true;
            case Article article:
                w.Write(SourceCard(article));
                return true;
            case CleaningReport report:
                foreach (var (text, removal) in report.Runs())
                    w.Write(removal is null ? text : $"[removed by {removal.RuleId}: {text.TrimEnd()}]\n");
                return true;
            case Reuse.ReuseReport reuse:
                ReusePlainText.Report(w, reuse);
                return true;
            case ReuseComparison comparison:
                ReusePlainText.Comparison(w, comparison);
                return true;
            case Outlets.OutletProfile outlet:
                w.Write(OutletViews.ToPlainText(outlet));
                return true;
            case Outlets.OutletProfiles outlets:
                w.Write(outlets.Overview().ToPlainText());
                return true;
            case Feedback feedback:
                w.Write(feedback.ToString());
                return true;
            default:
                return false;
        }
    }

    private static string SourceCard(Article a)
    {
        var m = a.Metadata;
        return string.Join('\n',
            $"Article {a.Id}: {m.Title.Value ?? "(no headline)"}",
            $"  author: {m.Author} ({HtmlView.ProvenanceLabel(m.Author.Best.Provenance)}: {m.Author.Best.Note})",
            $"  outlet: {m.Outlet} ({HtmlView.ProvenanceLabel(m.Outlet.Best.Provenance)}: {m.Outlet.Best.Note})",
            $"  kind of outlet: {m.OutletKind}",
            $"  date: {m.Published} ({HtmlView.ProvenanceLabel(m.Published.Best.Provenance)}: {m.Published.Best.Note})",
            $"  address: {m.Url}");
    }
}
