using System.Globalization;
using MediaLit.Articles;
using MediaLit.Narratives;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>
/// One claim told by each article, side by side: each sentence with the claim's words marked and
/// the deciding denial word struck, its stance, its sources and the rule that applied.
/// </summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record ClaimComparison(Claim Claim, IReadOnlyList<ClaimStance> Cells) : IView
{
    public void WriteHtml(TextWriter writer)
    {
        writer.Write($"<h3>{Encode(Claim.Label)}</h3><p class=\"note\">{Encode(Claim.Description)} The stances are suggestions by rule: check each sentence.</p>");
        writer.Write("<table><thead><tr><th scope=\"col\">article</th><th scope=\"col\">stance</th><th scope=\"col\">the article's own sentences</th></tr></thead><tbody>");
        foreach (var cell in Cells)
        {
            writer.Write($"<tr><th scope=\"row\">{Encode(cell.Article.Id)}</th><td>{Encode(cell.Describe())}</td><td>");
            if (!cell.Mentions)
                writer.Write("<span class=\"note\">not mentioned</span>");
            foreach (var e in cell.Evidence)
            {
                writer.Write($"<p><strong>#{e.SentenceIndex.ToString(CultureInfo.InvariantCulture)} {Encode(e.Stance.Label())}</strong>: ");
                WriteMarked(writer, cell.Article, e);
                string shared = e.SharedWith.Count > 0 ? $" Shared with article {string.Join(", ", e.SharedWith)} (copied text)." : "";
                writer.Write($"<br><span class=\"note\">{Encode(e.Why + shared)}</span></p>");
            }
            writer.Write("</td></tr>");
        }
        writer.Write("</tbody></table>");
    }

    public void WritePlainText(TextWriter writer)
    {
        writer.WriteLine(Claim.Label);
        writer.WriteLine(Claim.Description);
        foreach (var cell in Cells)
        {
            writer.WriteLine();
            writer.WriteLine($"{cell.Article.Id}: {cell.Describe()}");
            foreach (var e in cell.Evidence)
            {
                writer.WriteLine($"  #{e.SentenceIndex} {e.Stance.Label()}: {e.SentenceText}");
                writer.WriteLine($"      {e.Why}" + (e.SharedWith.Count > 0 ? $" Shared with {string.Join(", ", e.SharedWith)}." : ""));
            }
        }
    }

    // Claim words are marked, the deciding denial word is struck; both are spans of the article, so overlaps are resolved by position.
    private static void WriteMarked(TextWriter w, Article article, ClaimEvidence e)
    {
        var marks = e.ClaimWords.Select(s => (Span: s, Tag: "mark"))
            .Concat(e.StanceCue is { } cue ? [(cue, "s")] : [])
            // A denial word that is also a claim word ("fake news" in 000) is shown as the denial.
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Tag == "s" ? 0 : 1).ToList();
        int at = e.Sentence.Start;
        foreach (var (span, tag) in marks)
        {
            if (span.Start < at)
                continue;
            w.Write(Encode(article.Text[at..span.Start]));
            w.Write($"<{tag}>{Encode(span.Of(article.Text))}</{tag}>");
            at = span.End;
        }
        w.Write(Encode(article.Text[at..e.Sentence.End]));
    }
}
