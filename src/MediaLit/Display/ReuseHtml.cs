using MediaLit.Articles;
using MediaLit.Reuse;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>HTML for text-reuse results. Article text is untrusted: every piece goes through <see cref="Html.Encode"/>.</summary>
internal static class ReuseHtml
{
    // Kept here rather than in the shared style block: only these views use them.
    private const string Style = """
        <style>
        .medialit .reuse-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .medialit .reuse-text { white-space: pre-wrap; font-size: .9em; }
        .medialit mark { background: #fff3b0; }
        .medialit .dangling { background: #fde2e2; color: #6b1010; text-decoration: underline wavy #8a1c1c; }
        .medialit .passage-no { font-size: .7em; font-weight: bold; color: #555; }
        </style>
        """;

    public static void Report(TextWriter w, ReuseReport report)
    {
        w.Write(Style);
        w.Write($"<p>{Encode($"{report.Passages.Count} shared passages of {report.Options.ShingleSize}+ words (edits of up to {report.Options.MaxGap} words bridged). Shared text shows that two articles are related, not who copied whom.")}</p>");
        if (report.SetAside.Any)
            w.Write($"<p>{Encode(report.SetAside.ToString())}</p>");
        WriteTable(w, report.SharesTable());
        WriteTable(w, report.Matrix.ToTable());
        WriteTable(w, report.PassagesTable());
        if (report.DanglingReferences.Count > 0)
            WriteTable(w, report.DanglingTable());
    }

    public static void Comparison(TextWriter w, ReuseComparison comparison)
    {
        w.Write(Style);
        w.Write($"<p>{Encode($"Passages that {comparison.First.Id} and {comparison.Second.Id} share are highlighted and numbered as in the table below; back-references that may have lost their referent are underlined in red. The highlighting does not say who copied whom: compare the dates ({comparison.First.Id}: {ReuseViews.Date(comparison.First)}; {comparison.Second.Id}: {ReuseViews.Date(comparison.Second)}).")}</p>");
        w.Write("<div class=\"reuse-pair\">");
        Column(w, comparison, comparison.First);
        Column(w, comparison, comparison.Second);
        w.Write("</div>");
        WriteTable(w, comparison.Passages.PassagesTable());
    }

    private static void Column(TextWriter w, ReuseComparison comparison, Article article)
    {
        w.Write($"<section><h3>{Encode($"{article.Id}: {article.Metadata.Title.Value ?? "(no headline)"} ({ReuseViews.Date(article)})")}</h3><div class=\"reuse-text\">");
        int previous = 0;
        foreach (var (text, passage, cue) in comparison.Runs(article))
        {
            if (passage == 0)
                w.Write(Encode(text));
            else
            {
                if (passage != previous)
                    w.Write($"<span class=\"passage-no\">[{passage}]</span>");
                string title = $"passage {passage}, shared with {comparison.Passages[passage - 1].Other(article).Id}";
                string inner = cue is null ? Encode(text) : $"<strong class=\"dangling\" title=\"{Encode(cue.Reason)}\">{Encode(text)}</strong>";
                w.Write($"<mark title=\"{Encode(title)}\">{inner}</mark>");
            }
            previous = passage;
        }
        w.Write("</div></section>");
    }

    private static void WriteTable(TextWriter w, TextTable table) => Table(w, table);
}
