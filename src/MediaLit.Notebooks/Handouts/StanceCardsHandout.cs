using System.Text;
using static MediaLit.Notebooks.Handouts.HandoutPage;

namespace MediaLit.Notebooks.Handouts;

/// <summary>
/// Cards to cut out for lesson 3: first a key with one real example of each stance, then one card per claim of the
/// codebook with each article's stance and the sentence behind it, exactly as the library's stance finder reads
/// the five articles (the same results as the lesson's claim matrix).
/// </summary>
internal static class StanceCardsHandout
{
    public const string File = "stance-cards.html";

    /// <summary>Two claim cards fit on a page (measured: 12 claims print on 6 pages), and one page to spare for the key.</summary>
    public static int MaxPagesFor(int claims) => 1 + (claims + 1) / 2;

    public static Handout Render(HandoutSources sources)
    {
        const string title = "Claim and stance cards";
        var page = new StringBuilder(Start(title, PageOrientation.Portrait,
            "Cut along the dashed lines. Each card shows how the five articles treat one claim, with the sentence behind each stance, as lesson 3's stance rules read them. The rules can be wrong: check each sentence yourself.",
            CardCss));
        page.Append(Key(sources.Claims));
        foreach (var claim in sources.Claims)
        {
            page.Append("<section class=\"card\">\n<h2>").Append(Encode(claim.Label)).Append("</h2>\n<p>").Append(Encode(claim.Description))
                .Append("</p>\n<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Stance</th><th scope=\"col\">The sentence behind it</th></tr></thead>\n<tbody>\n");
            foreach (var article in claim.Articles)
            {
                var shown = article.Sentences.FirstOrDefault(s => s.Stance == article.Overall);
                page.Append("<tr><td>").Append(Encode(article.ArticleId)).Append("</td><td>").Append(Encode(article.Overall));
                if (article.ContradictsItself)
                {
                    page.Append("<br><em>and takes the other side too</em>");
                }

                page.Append("</td><td>");
                if (shown is not null)
                {
                    page.Append("<q>").Append(Encode(shown.Sentence)).Append("</q>");
                    if (article.Sentences.Count > 1)
                    {
                        page.Append(" <span class=\"small\">(and ").Append(article.Sentences.Count - 1).Append(article.Sentences.Count == 2 ? " more sentence)" : " more sentences)").Append("</span>");
                    }
                }
                else
                {
                    page.Append("<span class=\"small\">No sentence matches this claim.</span>");
                }

                page.Append("</td></tr>\n");
            }

            page.Append("</tbody>\n</table>\n<p class=\"small\">Where the claim comes from: ").Append(Encode(claim.Source)).Append("</p>\n</section>\n");
        }

        page.Append(End());
        return new Handout(File, title, "One card per claim with each article's stance and its sentence, and a key with an example of each stance.", PageOrientation.Portrait, MaxPagesFor(sources.Claims.Count), page.ToString());
    }

    /// <summary>The key card: for each stance the library found, its first example in codebook order.</summary>
    private static string Key(IReadOnlyList<ClaimStances> claims)
    {
        var examples = claims
            .SelectMany(c => c.Articles.SelectMany(a => a.Sentences.Select(s => (s.Stance, Example: s.Sentence, a.ArticleId, Claim: c.Label))))
            .GroupBy(x => x.Stance)
            .Select(g => g.First())
            .ToList();
        var key = new StringBuilder("<section class=\"card key\">\n<h2>The stances, one example each</h2>\n<table>\n<thead><tr><th scope=\"col\">Stance</th><th scope=\"col\">Example</th></tr></thead>\n<tbody>\n");
        foreach (var (stance, example, article, claim) in examples)
        {
            key.Append("<tr><td>").Append(Encode(stance)).Append("</td><td><q>").Append(Encode(example)).Append("</q> <span class=\"small\">(")
                .Append(Encode(article)).Append(", on: ").Append(Encode(claim)).Append(")</span></td></tr>\n");
        }

        return key.Append("</tbody>\n</table>\n</section>\n").ToString();
    }

    private const string CardCss = """
        .card { border: 1pt dashed #000; padding: 3mm; margin: 0 0 5mm; break-inside: avoid; font-size: 9pt; }
        .card h2 { margin-top: 0; }
        .card td:first-child { width: 12mm; }
        .card td:nth-child(2) { width: 28mm; }
        .card.key td:first-child { width: 32mm; }
        .card.key td:nth-child(2) { width: auto; }

        """;
}
