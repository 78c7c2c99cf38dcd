using MediaLit.Evidence;
using static MediaLit.Display.Html;

namespace MediaLit.Display;

/// <summary>An article's rubric card: every criterion, its score, and each component's arithmetic with its sentences.</summary>
[TypeFormatterSource(typeof(MediaLitFormatterSource))]
public sealed record RubricCard(RubricScore Score) : IView
{
    public void WriteHtml(TextWriter writer)
    {
        var w = writer;
        var article = Score.Profile.Article;
        w.Write($"<h3>Rubric card: article {Encode(article.Id)} — overall {Score.Overall:0} / 100</h3>");
        foreach (var criterion in Score.Criteria)
        {
            w.Write($"<p><strong>{Encode(criterion.Criterion.Question)}</strong> {criterion.Score:0} / 100 <span class=\"note\">({Encode(criterion.Criterion.Source)})</span></p><ul>");
            foreach (var c in criterion.Components)
            {
                string sentences = c.Sentences.Count == 0 ? "" : $" <span class=\"note\">sentences {Encode(string.Join(", ", c.Sentences))}</span>";
                w.Write($"<li>{Encode(c.Explanation)}{sentences}<br><span class=\"note\">{Encode(c.Component.Why)}</span></li>");
            }
            w.Write("</ul>");
        }
        w.Write("<p class=\"note\">Scores come from data/rubric.json: change a weight there and the scores change; the signals do not. A high score means the article shows its evidence, not that it is right.</p>");
    }

    public void WritePlainText(TextWriter writer)
    {
        var w = writer;
        w.WriteLine($"Rubric card: article {Score.Profile.Article.Id}, overall {Score.Overall:0} / 100");
        foreach (var criterion in Score.Criteria)
        {
            w.WriteLine($"{criterion.Criterion.Question} {criterion.Score:0} / 100");
            foreach (var c in criterion.Components)
                w.WriteLine($"  {c.Explanation}" + (c.Sentences.Count == 0 ? "" : $" (sentences {string.Join(", ", c.Sentences)})"));
        }
    }
}
