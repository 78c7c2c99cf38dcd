using MediaLit.Articles;

namespace MediaLit.Tests;

public class CleaningTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Theory]
    // 000: Global Research page furniture and markdown
    [InlineData("000", "Note to readers")]
    [InlineData("000", "Disclaimer")]
    [InlineData("000", "Become a Member")]
    [InlineData("000", "About the author")]
    [InlineData("000", "Region:")]
    [InlineData("000", "Theme:")]
    [InlineData("000", "In-depth Report:")]
    [InlineData("000", "Articles by:")]
    [InlineData("000", "Comment on Global Research Articles")]
    [InlineData("000", "](")]
    [InlineData("000", "\\*")]
    [InlineData("000", "\\(")]
    [InlineData("000", "Copyright ©")]
    [InlineData("000", "The original source of this article")]
    [InlineData("000", "fair use")]
    [InlineData("000", "For media inquiries")]
    [InlineData("000", "---")]
    [InlineData("000", "# ")]
    [InlineData("000", "By [Andrew Korybko](#)")]
    [InlineData("000", "Global Research, July 01, 2020")]
    // 001: comment form of the WordPress theme
    [InlineData("001", "Please enter your comment")]
    [InlineData("001", "Please enter your name here")]
    // 002: the video player and the unrelated video's title
    [InlineData("002", "Your browser doesn")]
    [InlineData("002", "HTML5")]
    [InlineData("002", "Weary Of Conflict")]
    // 003: HubPages navigation, comment box and the reader's comment
    [InlineData("003", "ArtsAutosBooks")]
    [InlineData("003", "•")]
    [InlineData("003", "»")]
    [InlineData("003", "Politics and Social Issues")]
    [InlineData("003", "0 of 8192 characters used")]
    [InlineData("003", "Post Comment")]
    [InlineData("003", "profile image")]
    [InlineData("003", "Ashutosh")]
    [InlineData("003", "I am not sure why")]
    [InlineData("003", "karma served them well")]
    [InlineData("003", "post war rehabilitaion work")]
    [InlineData("003", "Updated on April 20, 2017")]
    // 004: comment box, newsletter, site promotion
    [InlineData("004", "Please login to leave a comment")]
    [InlineData("004", "The News, But Shorter")]
    [InlineData("004", "By signing up")]
    [InlineData("004", "A Quarterly Journal by")]
    [InlineData("004", "Photo Essay")]
    [InlineData("004", "Log In Your Account")]
    [InlineData("004", "By: Debalina Ghoshal")]
    [InlineData("004", "Published : 05 April 2017")]
    public void Page_furniture_does_not_survive_in_the_clean_text(string id, string furniture)
    {
        Assert.True(_corpus[id].RawText.Contains(furniture, StringComparison.Ordinal), $"the raw text of {id} should hold \"{furniture}\"");
        Assert.DoesNotContain(furniture, _corpus[id].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "The Truth About Russian-Taliban Ties Is as Intriguing as the Fake News About Them")]
    [InlineData("000", "The New York Times' latest fake news provocation alleging that Russia's military-intelligence agency GRU solicited the Taliban (officially designated as \"terrorists\" by Moscow)")]
    [InlineData("000", "Once the war finally ends, Russia will require the Taliban's goodwill to ensure the security of any prospective trade corridor with Pakistan (\"RuPak\"/\"N-CPEC+\") for accessing the Afro-Asian (\"Indian\") Ocean.")]
    [InlineData("000", "This article was originally published on OneWorld.")]
    [InlineData("001", "In late December 1979, the Soviet Union invaded Afghanistan to help the friendly communist Peoples Democratic Party regime")]
    [InlineData("001", "Moscow’s ties with the group are understandably limited to the Afghan peace process.")]
    [InlineData("002", "Why Russia Has An Ear For Taliban Talks")]
    [InlineData("002", "As the Islamist Taliban movement searches for “international legitimacy” following substantial territorial gains in Afghanistan")]
    [InlineData("002", "-This article uses additional reporting by Interfax, Reuters, and TASS.")]
    [InlineData("003", "Why Russia is Building Relations With the Taliban? 4 Reasons to Understand the New Russian Foreign Policy.")]
    [InlineData("003", "After the Russian invasion of Afghanistan in 1979, Washington backed insurgency played a decisive role in the dissolution of Soviet Union.")]
    [InlineData("003", "Mineral rich and strategically important geography has made Afghanistan a focal point for the world powers.")]
    [InlineData("004", "Russia's dangerous cooperation with the Taliban")]
    [InlineData("004", "In December last year, Zamir Kabulov, Russian President Vladmir Putin’s special envoy to Afghanistan")]
    [InlineData("004", "It must join hands with the US and the NUG to combat terrorism - both Daesh and the Taliban in Afghanistan.")]
    [InlineData("004", "Debalina Ghoshal is a Research Fellow at the Centre for Human Security Studies, Hyderabad.")]
    public void The_first_and_last_real_paragraphs_survive(string id, string passage)
    {
        Assert.Contains(passage, _corpus[id].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "The Truth About Russian-Taliban Ties Is as Intriguing as the Fake News About Them", "Featured image is from OneWorld")]
    [InlineData("001", "In late December 1979, the Soviet Union invaded Afghanistan", "Moscow’s ties with the group are understandably limited to the Afghan peace process.")]
    [InlineData("002", "Why Russia Has An Ear For Taliban Talks", "-This article uses additional reporting by Interfax, Reuters, and TASS.")]
    [InlineData("003", "Why Russia is Building Relations With the Taliban?", "Taliban-Russia Relations")]
    [InlineData("004", "Russia's dangerous cooperation with the Taliban", "Debalina Ghoshal is a Research Fellow at the Centre for Human Security Studies, Hyderabad.")]
    public void The_clean_text_starts_and_ends_with_the_article_itself(string id, string start, string end)
    {
        string text = _corpus[id].Text;
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.EndsWith(end, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clean_text_has_one_paragraph_per_line_without_blank_lines_or_edge_spaces()
    {
        foreach (var article in _corpus)
        {
            Assert.DoesNotContain("\n\n", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', article.Text);
            Assert.All(article.Text.Split('\n'), line =>
            {
                Assert.NotEqual("", line);
                Assert.False(char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]), $"{article.Id}: \"{line}\"");
            });
        }
    }

    [Fact]
    public void Markdown_links_lose_their_syntax_but_keep_their_anchor_text()
    {
        var article = _corpus["000"];
        Assert.Equal(
            ["fake news provocation", "terrorists", "supreme \"balancing\" force", "Israel", "Pakistan",
             "Moscow hosted Taliban representatives", "politically impossible", "clinched a deal", "fast-moving rapprochement",
             "fighting for national liberation", "just how close", "RuPak", "N-CPEC+", "Afro-Asian (\"Indian\") Ocean", "OneWorld"],
            article.Links.Select(l => l.AnchorText));
        Assert.All(article.Links, l => Assert.Equal("#", l.Target));
        Assert.All(article.Links, l => Assert.False(l.HasAddress));
        Assert.All(article.Links, l => Assert.StartsWith("[", l.RawSpan.Of(article.RawText), StringComparison.Ordinal));
        Assert.All(article.Links, l => Assert.EndsWith("](#)", l.RawSpan.Of(article.RawText), StringComparison.Ordinal));
        Assert.Contains("latest fake news provocation alleging", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_parenthesis_in_an_anchor_is_unescaped()
    {
        var article = _corpus["000"];
        var link = article.Links.Single(l => l.AnchorText.StartsWith("Afro-Asian", StringComparison.Ordinal));
        Assert.Equal("Afro-Asian (\"Indian\") Ocean", link.AnchorText);
        Assert.Equal("[Afro-Asian \\(\"Indian\"\\) Ocean](#)", link.RawSpan.Of(article.RawText));
        Assert.Equal(2, article.Removals.Count(r => r.RuleId == CleaningRuleIds.Escape && link.RawSpan.Contains(r.RawSpan)));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Articles_without_markdown_links_have_no_links(string id)
    {
        Assert.Empty(_corpus[id].Links);
    }

    [Fact]
    public void Links_in_removed_furniture_are_not_counted()
    {
        var article = _corpus["000"];
        Assert.DoesNotContain(article.Links, l => l.Target.Contains("globalresearch", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Links, l => l.AnchorText == "Andrew Korybko");
    }

    [Theory]
    [InlineData("000", "metadata.byline", "By [Andrew Korybko](#)")]
    [InlineData("000", "metadata.dateline-outlet", "Global Research, July 01, 2020")]
    [InlineData("000", "site-taxonomy", "Region: [Asia, Russia and FSU](#)")]
    [InlineData("000", "separator", "\\*")]
    [InlineData("000", "separator", "---")]
    [InlineData("000", "share-prompt", "Note to readers: please click the share buttons")]
    [InlineData("000", "copyright-footer", "Copyright © [Andrew Korybko](#), Global Research, 2020")]
    [InlineData("000", "membership-prompt", "## [Become a Member of Global Research](#)")]
    [InlineData("000", "author-archive-link", "Articles by: [Andrew Korybko](#)")]
    [InlineData("000", "author-box", "### About the author:")]
    [InlineData("000", "disclaimer", "**Disclaimer:**")]
    [InlineData("000", "disclaimer", "For media inquiries: [publications@globalresearch.ca]")]
    [InlineData("001", "comment-form", "Please enter your comment!")]
    [InlineData("001", "comment-form", "Please enter your name here")]
    [InlineData("002", "video-embed", "Your browser doesn’t support HTML5")]
    [InlineData("002", "video-embed", "Weary Of Conflict, Afghanistan Tries To Prepare Mentally For U.S. Troops’ Withdrawal")]
    [InlineData("003", "site-navigation", "ArtsAutosBooksBusinessEducation")]
    [InlineData("003", "breadcrumbs", "• Politics and Social Issues»")]
    [InlineData("003", "breadcrumbs", "• Terrorism")]
    [InlineData("003", "metadata.dateline-updated", "Updated on April 20, 2017")]
    [InlineData("003", "comment-form", "0 of 8192 characters used")]
    [InlineData("003", "reader-comments", "Post Comment")]
    [InlineData("003", "reader-comments", "I am not sure why would you back a terrorist regime")]
    [InlineData("004", "metadata.dateline-published", "Published : 05 April 2017")]
    [InlineData("004", "metadata.byline", "By: Debalina Ghoshal")]
    [InlineData("004", "comment-form", "Please login to leave a comment")]
    [InlineData("004", "comment-form", "Log In Your Account")]
    [InlineData("004", "newsletter", "The News, But Shorter")]
    [InlineData("004", "newsletter", "By signing up, you agree to our Privacy Policy.")]
    [InlineData("004", "site-promo", "A Quarterly Journal by")]
    [InlineData("004", "site-promo", "Photo Essay")]
    public void Known_furniture_is_removed_by_the_expected_rule(string id, string ruleId, string rawPassage)
    {
        var article = _corpus[id];
        int at = article.RawText.IndexOf(rawPassage, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the raw text of {id} should hold \"{rawPassage}\"");
        var passage = new TextSpan(at, at + rawPassage.Length);
        var removal = Assert.Single(article.Removals, r => r.RawSpan.Contains(passage));
        Assert.Equal(ruleId, removal.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(removal.Reason));
        Assert.Contains(rawPassage, removal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removals_are_in_raw_text_order_and_do_not_overlap()
    {
        foreach (var article in _corpus)
            for (int k = 1; k < article.Removals.Count; k++)
                Assert.True(article.Removals[k - 1].RawSpan.End <= article.Removals[k].RawSpan.Start,
                    $"{article.Id}: removal {k - 1} ({article.Removals[k - 1].RawSpan}) and {k} ({article.Removals[k].RawSpan})");
    }

    [Fact]
    public void Formatting_removals_are_whitespace_or_markup_only()
    {
        foreach (var article in _corpus)
            foreach (var removal in article.Removals.Where(r => r.IsFormatting))
            {
                if (removal.RuleId == CleaningRuleIds.Whitespace)
                    Assert.True(removal.Text.All(char.IsWhiteSpace), $"{article.Id} {removal.RawSpan}: \"{removal.Text}\"");
                else
                    Assert.DoesNotContain(removal.Text, c => char.IsLetterOrDigit(c) && removal.RuleId != CleaningRuleIds.Link);
            }
    }

    [Fact]
    public void The_reader_comment_in_003_is_kept_apart_from_the_text()
    {
        var article = _corpus["003"];
        var comment = Assert.Single(article.ReaderComments);
        Assert.Equal("Ashutosh Joshi", comment.Author);
        Assert.Equal("4 months ago", comment.Posted);
        Assert.Equal("New Delhi, India", comment.From);
        Assert.StartsWith("I am not sure why would you back a terrorist regime to become kingmaker.", comment.Text, StringComparison.Ordinal);
        Assert.EndsWith("a more responsible stakeholder too that has tremendously contributed in post war rehabilitaion work.", comment.Text, StringComparison.Ordinal);
        Assert.Contains("Anyways Soviet too was the agressor then", comment.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I am not sure why", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("profile image", comment.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("4 months ago", comment.Text, StringComparison.Ordinal);

        string rawComment = comment.RawSpan.Of(article.RawText);
        Assert.StartsWith("• AshutoshJoshi06 profile image", rawComment, StringComparison.Ordinal);
        Assert.EndsWith("rehabilitaion work.", rawComment, StringComparison.Ordinal);
        Assert.Contains(article.Removals, r => r.RuleId == "reader-comments" && r.RawSpan.Contains(comment.RawSpan));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Articles_without_a_comment_section_have_no_reader_comments(string id)
    {
        Assert.Empty(_corpus[id].ReaderComments);
    }

    [Fact]
    public void The_four_photo_captions_in_002_stay_in_the_text_as_captions()
    {
        var article = _corpus["002"];
        var captions = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => p.Text).ToList();
        Assert.Equal(4, captions.Count);
        Assert.StartsWith("Taliban representatives Abdul Latif Mansoor (left), Shahabuddin Delawar, and Suhail Shaheen attend", captions[0], StringComparison.Ordinal);
        Assert.Equal("Afghan Ambassador to Tajikistan Muhammad Zaher Aghbar visits a refugee camp for Afghan soldiers in Tajikistan. (Credit: Facebook/Amb. Muhammad Zaher Aghbar )", captions[1]);
        Assert.StartsWith("Iranian Foreign Minister Mohammad Javad Zarif (center) talks to delegations", captions[2], StringComparison.Ordinal);
        Assert.StartsWith("Russian men, including veterans of the USSR's 1979-1989 war in Afghanistan, march", captions[3], StringComparison.Ordinal);
        Assert.All(captions, c => Assert.Contains(c, article.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(article.BodySentences, s => s.Text.Contains("(Credit:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_credit_in_000_is_a_caption_without_its_italics()
    {
        var paragraph = Assert.Single(_corpus["000"].Paragraphs, p => p.Kind == ParagraphKind.Caption);
        Assert.Equal("Featured image is from OneWorld", paragraph.Text);
    }

    [Theory]
    [InlineData("000", "The Truth About Russian-Taliban Ties Is as Intriguing as the Fake News About Them")]
    [InlineData("002", "Why Russia Has An Ear For Taliban Talks")]
    [InlineData("003", "Why Russia is Building Relations With the Taliban? 4 Reasons to Understand the New Russian Foreign Policy.")]
    [InlineData("004", "Russia's dangerous cooperation with the Taliban")]
    public void The_headline_is_the_one_title_paragraph(string id, string headline)
    {
        var article = _corpus[id];
        var title = Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Title);
        Assert.Equal(0, title.Index);
        Assert.Equal(headline, title.Text);
    }

    [Fact]
    public void Article_001_has_no_title_paragraph()
    {
        var article = _corpus["001"];
        Assert.DoesNotContain(article.Paragraphs, p => p.Kind == ParagraphKind.Title);
        Assert.Equal(ParagraphKind.Body, article.Paragraphs[0].Kind);
    }

    [Theory]
    [InlineData("003", "1. Common enemy:")]
    [InlineData("003", "2. Revenge of Soviet Union:")]
    [InlineData("003", "3. Taliban is the future of Afghanistan")]
    [InlineData("003", "4. Economic Development and Prosperity")]
    [InlineData("004", "Seen as a lesser threat than ISIS in Afghanistan")]
    [InlineData("004", "Other factors")]
    [InlineData("004", "Leaving out the US")]
    [InlineData("004", "Growing concerns")]
    public void Section_headings_are_subheadings(string id, string heading)
    {
        Assert.Equal(ParagraphKind.Subheading, Assert.Single(_corpus[id].Paragraphs, p => p.Text == heading).Kind);
    }

    [Theory]
    [InlineData("## Post Comment\nA reader's comment.", "")]
    [InlineData("Text.\n**Please enter your comment!**", "Text.")]
    [InlineData("Text.\n*Please login to leave a comment*", "Text.")]
    [InlineData("## • Politics»\nHeadline", "Headline")]
    [InlineData("Text.\n**Disclaimer:** ours.", "Text.")]
    public void Furniture_wrapped_in_markup_is_still_furniture(string raw, string clean)
    {
        Assert.Equal(clean, ArticleReader.FromText("t", raw, _corpus.Rules).Text);
    }

    [Theory]
    [InlineData("Title\n# \u00A0Heading", "Title\nHeading")]
    [InlineData("[](#) text [](#)", "text")]
    [InlineData("Text.\n[ spaced anchor ](#)", "Text.\nspaced anchor")]
    [InlineData("* a standfirst *", "a standfirst")]
    public void Markup_at_a_line_edge_leaves_no_spaces_behind(string raw, string clean)
    {
        var article = ArticleReader.FromText("t", raw, _corpus.Rules);
        Assert.Equal(clean, article.Text);
        Assert.Null(Accounting.PartitionFault(article));
    }

    [Theory]
    [InlineData("**", "**")]
    [InlineData("*a*", "a")]
    [InlineData("**Bold line**", "Bold line")]
    [InlineData("*Italic and **bold***", "Italic and bold")]
    [InlineData("***Bold italic***", "Bold italic")]
    [InlineData("*An italic line.*\t[](#)", "An italic line.")]
    [InlineData("*Not italic\\*", "*Not italic*")]
    public void Whole_line_italics_are_found_behind_other_markup(string raw, string clean)
    {
        Assert.Equal(clean, ArticleReader.FromText("t", raw, _corpus.Rules).Text);
    }

    [Fact]
    public void Cleaning_a_clean_text_again_changes_nothing_for_the_five_articles()
    {
        foreach (var article in _corpus)
        {
            var again = ArticleReader.FromText(article.Id, article.Text, _corpus.Rules);
            Assert.Equal(article.Text, again.Text);
            Assert.All(again.Removals, r => Assert.Fail($"{article.Id}: re-cleaning removed {r.RuleId} \"{r.Text}\""));
        }
    }

    /// <summary>
    /// The cleaner's work arrays are lent by a shared pool and hold the last text's claims when they come back: an
    /// article must read the same whichever article (longer, shorter, full of markup) was read before it.
    /// </summary>
    [Fact]
    public void An_article_reads_the_same_whatever_was_read_before_it()
    {
        var texts = _corpus.Select(a => (a.Id, a.RawText)).ToList();
        var alone = texts.ToDictionary(t => t.Id, t => Reading(_corpus.Read(t.Id, t.RawText)));
        foreach (var before in texts)
            foreach (var (id, raw) in texts)
            {
                _corpus.Read(before.Id, before.RawText);
                Assert.Equal(alone[id], Reading(_corpus.Read(id, raw)));
            }
    }

    private static string Reading(Article article) =>
        article.Text + "\n" + string.Join("\n", article.Removals.Select(r => $"{r.RuleId} {r.RawSpan}"))
        + "\n" + string.Join("\n", article.Paragraphs.Select(p => $"{p.Kind} {p.Span}")) + "\n" + string.Join(" ", article.Links.Select(l => $"{l.AnchorSpan} {l.Target}"));
}
