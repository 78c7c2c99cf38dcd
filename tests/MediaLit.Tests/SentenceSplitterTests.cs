using MediaLit.Articles;
using MediaLit.Segmentation;

namespace MediaLit.Tests;

public class SentenceSplitterTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    private string[] Split(string paragraph) =>
        new SentenceSplitter(_corpus.Rules.Abbreviations).Split(paragraph, new TextSpan(0, paragraph.Length))
            .Select(s => s.Of(paragraph)).ToArray();

    /// <summary>The sentence of article <paramref name="id"/> that holds <paramref name="fragment"/>.</summary>
    private Sentence SentenceWith(string id, string fragment) =>
        Assert.Single(_corpus[id].Sentences, s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("003", "The successor of Mr. Yeltsin Mr. Vladimir Putin emerged as the game changer.")]
    [InlineData("002", "In 2020, The New York Times reported that U.S. intelligence officials had evidence that Russia’s military intelligence agency, the G.R.U., had paid bounties to the Taliban for killing U.S. soldiers stationed in Afghanistan.")]
    [InlineData("002", "(Credit: Facebook/Amb. Muhammad Zaher Aghbar )")]
    [InlineData("002", "Afghan Ambassador to Tajikistan Muhammad Zaher Aghbar visits a refugee camp for Afghan soldiers in Tajikistan.")]
    [InlineData("002", "The Taliban claims that it now controls 85 percent of Afghan territory – an assertion that Afghanistan’s U.S.-backed government and international analysts reject.")]
    [InlineData("002", "Tajikistan claims that Taliban fighters now control most of Afghanistan’s side of the 1,357-kilometer (843-mile)-long Afghan-Tajik border.")]
    [InlineData("002", "In recent weeks, as the majority of U.S. and NATO troops exited the country, Taliban fighters have pushed back Afghan government forces in both northern and southern Afghanistan, taking over border posts, and sending hundreds of Afghan troops scurrying across the northeastern border into Tajikistan.")]
    [InlineData("002", "Taliban representatives Abdul Latif Mansoor (left), Shahabuddin Delawar, and Suhail Shaheen attend a July 9, 2021 news conference in Moscow, Russia.")]
    [InlineData("002", "“For this reason, the Taliban say what they want to hear in Moscow and what they want to hear in Central Asia,” Serenko said.")]
    [InlineData("002", "“But I think you can’t trust these statements, and it’s not worth doing so.”")]
    [InlineData("003", "1. Common enemy:")]
    [InlineData("003", "2. Revenge of Soviet Union:")]
    [InlineData("003", "Taliban will also benefit from the backing of world super power that is too against their common enemy, the US.")]
    [InlineData("003", "Why Russia is Building Relations With the Taliban?")]
    [InlineData("003", "4 Reasons to Understand the New Russian Foreign Policy.")]
    [InlineData("000", "Moscow seems to believe that the group will likely return to power one of these days (ideally through peaceful means), so it makes sense to get on its good side.")]
    [InlineData("001", "After 9/11, when the US asked the Taliban government to extradite Osama Bin Laden, they refused, and the US invaded Afghanistan, which was then supported by Russia as well.")]
    [InlineData("004", "Debalina Ghoshal is a Research Fellow at the Centre for Human Security Studies, Hyderabad.")]
    public void Real_sentences_are_split_where_the_author_ended_them(string id, string sentence)
    {
        Assert.Contains(_corpus[id].Sentences, s => s.Text == sentence);
    }

    [Fact]
    public void The_quotation_from_Syromolotov_in_004_splits_into_its_sentences()
    {
        var article = _corpus["004"];
        int paragraph = SentenceWith("004", "Syromolotov").ParagraphIndex;
        Assert.Equal(
            [
                "Russia has also clarified that it is building contact with the Taliban to bring it to the negotiating table.",
                "In an interview in September 2016, Deputy Foreign Minister Oleg Syromolotov stated: “[i]t is essential to be absolutely clear on the Taliban movement.",
                "This is a terrorist group that is on the UN sanctions list.",
                "Therefore, we do not have any contacts with the Taliban.",
                "We only have a communication channel on humanitarian issues related to human rights and hostages.",
                "No more than that.”",
            ],
            article.Sentences.Where(s => s.ParagraphIndex == paragraph).Select(s => s.Text));
    }

    [Fact]
    public void The_numbered_heading_1_in_003_is_one_sentence_and_its_own_paragraph()
    {
        var sentence = SentenceWith("003", "Common enemy");
        Assert.Equal("1. Common enemy:", sentence.Text);
        Assert.Equal(ParagraphKind.Subheading, sentence.ParagraphKind);
    }

    [Fact]
    public void Sentences_never_cross_a_paragraph_and_have_no_edge_whitespace()
    {
        foreach (var article in _corpus)
            foreach (var sentence in article.Sentences)
            {
                Assert.DoesNotContain('\n', sentence.Text);
                Assert.False(char.IsWhiteSpace(sentence.Text[0]) || char.IsWhiteSpace(sentence.Text[^1]), $"{article.Id}: \"{sentence.Text}\"");
            }
    }

    [Fact]
    public void The_sentences_of_a_paragraph_cover_it_in_order()
    {
        foreach (var article in _corpus)
            foreach (var paragraph in article.Paragraphs)
            {
                var sentences = article.Sentences.Where(s => s.ParagraphIndex == paragraph.Index).ToList();
                Assert.NotEmpty(sentences);
                Assert.Equal(paragraph.Span.Start, sentences[0].Span.Start);
                Assert.Equal(paragraph.Span.End, sentences[^1].Span.End);
                for (int k = 1; k < sentences.Count; k++)
                {
                    var gap = new TextSpan(sentences[k - 1].Span.End, sentences[k].Span.Start);
                    Assert.True(gap.Length > 0 && gap.Of(article.Text).All(char.IsWhiteSpace), $"{article.Id}: gap \"{gap.Of(article.Text)}\"");
                }
            }
    }

    [Fact]
    public void SentenceAt_finds_the_sentence_holding_a_position()
    {
        var article = _corpus["003"];
        int at = article.Text.IndexOf("Mr. Yeltsin", StringComparison.Ordinal);
        Assert.Equal("The successor of Mr. Yeltsin Mr. Vladimir Putin emerged as the game changer.", article.SentenceAt(at)?.Text);
        int between = article.Text.IndexOf("changer. He", StringComparison.Ordinal) + "changer.".Length;
        Assert.Null(article.SentenceAt(between));
    }

    [Fact]
    public void Body_sentences_leave_out_titles_subheadings_and_captions()
    {
        var article = _corpus["002"];
        Assert.All(article.BodySentences, s => Assert.Equal(ParagraphKind.Body, s.ParagraphKind));
        Assert.DoesNotContain(article.BodySentences, s => s.Text == "Why Russia Has An Ear For Taliban Talks");
        Assert.Contains(article.Sentences, s => s.Text == "Why Russia Has An Ear For Taliban Talks");
    }

    [Theory]
    // edge rows: nothing to split
    [InlineData("", new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("\t \u00A0", new string[0])]
    [InlineData("No full stop at all", new[] { "No full stop at all" })]
    [InlineData(".", new[] { "." })]
    [InlineData("  It rained.   Then it stopped.  ", new[] { "It rained.", "Then it stopped." })]
    // abbreviations
    [InlineData("The U.S. troops left. Then they returned.", new[] { "The U.S. troops left.", "Then they returned." })]
    [InlineData("Mr. Putin met Gen. Nicholson. They spoke.", new[] { "Mr. Putin met Gen. Nicholson.", "They spoke." })]
    [InlineData("Mrs. Smith and Dr. Jones agreed. Prof. Lee did not.", new[] { "Mrs. Smith and Dr. Jones agreed.", "Prof. Lee did not." })]
    [InlineData("See No. 5 on the list. It matters.", new[] { "See No. 5 on the list.", "It matters." })]
    [InlineData("He said No. Then he left.", new[] { "He said No.", "Then he left." })]
    [InlineData("They met at St. Paul's church. It was cold.", new[] { "They met at St. Paul's church.", "It was cold." })]
    [InlineData("The G.R.U. paid. Russia denied it.", new[] { "The G.R.U. paid.", "Russia denied it." })]
    [InlineData("Some groups, e.g. ISIS, refused. Others agreed.", new[] { "Some groups, e.g. ISIS, refused.", "Others agreed." })]
    [InlineData("It was the US. Both sides agreed.", new[] { "It was the US.", "Both sides agreed." })]
    // initials
    [InlineData("John F. Kennedy was president. He died in 1963.", new[] { "John F. Kennedy was president.", "He died in 1963." })]
    [InlineData("J. R. R. Tolkien wrote it. Readers loved it.", new[] { "J. R. R. Tolkien wrote it.", "Readers loved it." })]
    // numbers
    [InlineData("About 2.5 million people fled. Many returned.", new[] { "About 2.5 million people fled.", "Many returned." })]
    [InlineData("Version 1.0.2 shipped. Done.", new[] { "Version 1.0.2 shipped.", "Done." })]
    [InlineData("1. Common enemy: ISIS is everyone's enemy.", new[] { "1. Common enemy: ISIS is everyone's enemy." })]
    [InlineData("12. Twelfth point.", new[] { "12. Twelfth point." })]
    [InlineData("He scored 1. Then 2.", new[] { "He scored 1.", "Then 2." })]
    // quotations and brackets close the sentence they end
    [InlineData("He said \"No.\" Then he left.", new[] { "He said \"No.\"", "Then he left." })]
    [InlineData("He said “No.” Then he left.", new[] { "He said “No.”", "Then he left." })]
    [InlineData("(It rained.) Then it stopped.", new[] { "(It rained.)", "Then it stopped." })]
    [InlineData("She asked 'why?' Nobody knew.", new[] { "She asked 'why?'", "Nobody knew." })]
    // ellipses
    [InlineData("Wait... and then it came.", new[] { "Wait... and then it came." })]
    [InlineData("It ended... Then it began again.", new[] { "It ended...", "Then it began again." })]
    [InlineData("It ended… Then it began again.", new[] { "It ended…", "Then it began again." })]
    [InlineData("Wait… and see.", new[] { "Wait… and see." })]
    // question and exclamation marks
    [InlineData("Why? Because it mattered!", new[] { "Why?", "Because it mattered!" })]
    [InlineData("Really?! Yes. Truly!", new[] { "Really?!", "Yes.", "Truly!" })]
    [InlineData("Why Russia is Building Relations With the Taliban? 4 Reasons.", new[] { "Why Russia is Building Relations With the Taliban?", "4 Reasons." })]
    public void Synthetic_paragraphs_split_as_a_reader_would(string paragraph, string[] expected)
    {
        Assert.Equal(expected, Split(paragraph));
    }

    // Cases beyond the five articles and the Golden Rules (GoldenRulesTests), in the same families: the rules
    // must hold for sentences nobody wrote them for.
    [Theory]
    // footnote numbers stay with the sentence they follow
    [InlineData("The war ended.12 Then peace came.", new[] { "The war ended.12", "Then peace came." })]
    [InlineData("The war ended.[3] Then peace came.", new[] { "The war ended.[3]", "Then peace came." })]
    [InlineData("The war ended.[3][4] Then peace came.", new[] { "The war ended.[3][4]", "Then peace came." })]
    [InlineData("The war ended.3 4 Then peace came.", new[] { "The war ended.3 4", "Then peace came." })]
    // a lower-case word after a closing quote, '!' or '?' continues the sentence
    [InlineData("“Is it over?” she asked. Nobody knew.", new[] { "“Is it over?” she asked.", "Nobody knew." })]
    [InlineData("“We waited…?” she asked.", new[] { "“We waited…?” she asked." })]
    // abbreviations in any case, before numbers, unlisted but vowel-less, before a name or a sentence opener
    [InlineData("It cost Rs. 500 last year. Prices rose.", new[] { "It cost Rs. 500 last year.", "Prices rose." })]
    [InlineData("They live on Baker st. near the park. It is quiet.", new[] { "They live on Baker st. near the park.", "It is quiet." })]
    [InlineData("The offices are in Bldg. Seven of the campus.", new[] { "The offices are in Bldg. Seven of the campus." })]
    [InlineData("She met Gen. Austin at the base.", new[] { "She met Gen. Austin at the base." })]
    [InlineData("He works for Apple Inc. It makes phones.", new[] { "He works for Apple Inc.", "It makes phones." })]
    [InlineData("The tanks, guns etc. were lost.", new[] { "The tanks, guns etc. were lost." })]
    [InlineData("Write to jane.Doe@example.com. She answers.", new[] { "Write to jane.Doe@example.com.", "She answers." })]
    // numbers in prose are not a list; markers counted up from a list start are
    [InlineData("He scored 1. Then 2. Then 3.", new[] { "He scored 1.", "Then 2.", "Then 3." })]
    [InlineData("(a) The first step (b) The second step", new[] { "(a) The first step", "(b) The second step" })]
    [InlineData("Steps: 1. Open the file 2. Save it", new[] { "Steps: 1. Open the file", "2. Save it" })]
    [InlineData("Do this. a. open it b. save it", new[] { "Do this.", "a. open it", "b. save it" })]
    // ellipses: omissions inside a sentence, a period then an ellipsis
    [InlineData("He wrote: “The plan […] failed.” Then he left.", new[] { "He wrote: “The plan […] failed.”", "Then he left." })]
    [InlineData("The thing is . . . I didn't mean it.", new[] { "The thing is . . . I didn't mean it." })]
    [InlineData("It ended. . . . The rest is lost.", new[] { "It ended.", ". . . The rest is lost." })]
    // line breaks end a line's item unless the line was wrapped after a space
    [InlineData("First line\nSecond line", new[] { "First line", "Second line" })]
    [InlineData("It was a cold \nnight.", new[] { "It was a cold \nnight." })]
    [InlineData("One.\r\nTwo.", new[] { "One.", "Two." })]
    [InlineData("one\r\n\r\ntwo", new[] { "one", "two" })]
    public void Cases_beyond_the_articles_split_as_a_reader_would(string paragraph, string[] expected)
    {
        Assert.Equal(expected, Split(paragraph));
    }

    [Theory]
    [InlineData("This line\nwraps here.", new[] { "This line\nwraps here." })]
    [InlineData("A heading\n\nnext paragraph", new[] { "A heading", "next paragraph" })]
    [InlineData("A line\nThe next", new[] { "A line", "The next" })]
    public void Hard_wrapped_text_joins_lines_before_a_lower_case_word(string paragraph, string[] expected)
    {
        var splitter = new SentenceSplitter(_corpus.Rules.Abbreviations, LineBreaks.Wrapped);
        Assert.Equal(expected, splitter.Split(paragraph, new TextSpan(0, paragraph.Length)).Select(s => s.Of(paragraph)));
    }

    // One pass, each decision reading a bounded stretch: a megabyte of the shapes that look back or ahead splits
    // like any other text (a quadratic rule would not finish). No timing is asserted.
    [Theory]
    [InlineData(". ")]
    [InlineData("a.")]
    [InlineData("U.S.")]
    [InlineData(" . . . .")]
    [InlineData("1. A ")]
    [InlineData("a. B ")]
    [InlineData("[...] ")]
    [InlineData("• ")]
    [InlineData(" \n")]
    [InlineData("word.Word")]
    [InlineData("x@y.Zz")]
    public void A_megabyte_of_one_shape_splits_in_one_pass(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var sentences = new SentenceSplitter(_corpus.Rules.Abbreviations).Split(text, new TextSpan(0, text.Length)).ToList();
        Assert.All(sentences, s => Assert.True(s.Length > 0));
    }

    [Fact]
    public void A_paragraph_span_inside_a_longer_text_yields_spans_inside_it()
    {
        string text = "Title\nMr. Smith left. He came back.\nEnd.";
        var paragraph = new TextSpan(6, 35);
        var spans = new SentenceSplitter(_corpus.Rules.Abbreviations).Split(text, paragraph).ToList();
        Assert.Equal(["Mr. Smith left.", "He came back."], spans.Select(s => s.Of(text)));
        Assert.All(spans, s => Assert.True(paragraph.Contains(s)));
    }

    // Found by random date texts: a stop that opens a paragraph, glued to digits, read the character before the text.
    [Theory]
    [InlineData("?31 '90s-autumn two, autumn", 0)]
    [InlineData("x\n.12 Then", 2)]
    public void A_stop_that_opens_the_paragraph_is_read_inside_it(string text, int start)
    {
        var paragraph = new TextSpan(start, text.Length);
        var spans = new SentenceSplitter(_corpus.Rules.Abbreviations).Split(text, paragraph).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.True(paragraph.Contains(s)));
    }
}
