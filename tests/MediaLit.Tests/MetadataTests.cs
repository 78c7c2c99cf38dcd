using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Tests;

public class MetadataTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;

    [Fact]
    public void Article_000_is_by_Andrew_Korybko_read_from_its_byline()
    {
        var article = _corpus["000"];
        var author = article.Metadata.Author;
        Assert.Equal("Andrew Korybko", author.Value);
        Assert.Equal("Andrew Korybko", author.FromText.Value);
        Assert.Equal(Provenance.Text, author.FromText.Provenance);
        Assert.Equal(Provenance.Text, author.FromManifest.Provenance);
        Assert.NotNull(author.FromText.Evidence);
        Assert.Equal("By [Andrew Korybko](#)", author.FromText.Evidence!.Value.Of(article.RawText));
    }

    [Fact]
    public void Article_000_was_published_on_2020_07_01_by_Global_Research_according_to_its_dateline()
    {
        var article = _corpus["000"];
        var date = article.Metadata.Published.FromText;
        Assert.Equal(Provenance.Text, date.Provenance);
        Assert.Equal(new DateOnly(2020, 7, 1), date.Value!.Date);
        Assert.Equal(DatePrecision.Day, date.Value.Precision);
        Assert.Equal(DateKind.Published, date.Value.Kind);
        Assert.Equal("2020-07-01", date.Value.Iso);
        Assert.Contains("Global Research, July 01, 2020", date.Evidence!.Value.Of(article.RawText), StringComparison.Ordinal);

        var outlet = article.Metadata.Outlet.FromText;
        Assert.Equal("Global Research", outlet.Value);
        Assert.Equal(Provenance.Text, outlet.Provenance);
        Assert.Contains("Global Research, July 01, 2020", outlet.Evidence!.Value.Of(article.RawText), StringComparison.Ordinal);
    }

    [Fact]
    public void Article_000_says_it_was_first_published_on_OneWorld()
    {
        var article = _corpus["000"];
        var republished = article.Metadata.RepublishedFrom;
        Assert.Equal("OneWorld", republished.Value);
        Assert.Equal(Provenance.Text, republished.Provenance);
        Assert.Contains("originally published on [OneWorld](#)", republished.Evidence!.Value.Of(article.RawText), StringComparison.Ordinal);
    }

    [Fact]
    public void Article_000_prints_its_author_bio_after_the_text()
    {
        var bio = _corpus["000"].Metadata.AuthorBio;
        Assert.StartsWith("Andrew Korybko is an American Moscow-based political analyst", bio.Value, StringComparison.Ordinal);
        Assert.Equal(Provenance.Text, bio.Provenance);
    }

    [Fact]
    public void Article_004_is_by_Debalina_Ghoshal_published_2017_04_05()
    {
        var article = _corpus["004"];
        Assert.Equal("Debalina Ghoshal", article.Metadata.Author.FromText.Value);
        Assert.Equal("By: Debalina Ghoshal", article.Metadata.Author.FromText.Evidence!.Value.Of(article.RawText));

        var date = article.Metadata.Published.FromText;
        Assert.Equal(Provenance.Text, date.Provenance);
        Assert.Equal(new PublicationDate(new DateOnly(2017, 4, 5), DatePrecision.Day, DateKind.Published), date.Value);
        Assert.Equal("Published : 05 April 2017", date.Evidence!.Value.Of(article.RawText));
        Assert.Equal("Debalina Ghoshal is a Research Fellow at the Centre for Human Security Studies, Hyderabad.", article.Metadata.AuthorBio.Value);
    }

    [Fact]
    public void Article_003_carries_2017_04_20_as_an_updated_date_not_a_publication_date()
    {
        var article = _corpus["003"];
        var date = article.Metadata.Published;
        Assert.Equal(new PublicationDate(new DateOnly(2017, 4, 20), DatePrecision.Day, DateKind.Updated), date.FromText.Value);
        Assert.Equal(DateKind.Updated, date.FromManifest.Value!.Kind);
        Assert.Equal("Updated on April 20, 2017", date.FromText.Evidence!.Value.Of(article.RawText));
        Assert.False(article.Metadata.Author.IsKnown);
        Assert.False(article.Metadata.Author.FromText.IsKnown);
    }

    [Fact]
    public void Article_001_has_unknown_author_outlet_and_date_with_notes_saying_why()
    {
        var metadata = _corpus["001"].Metadata;
        foreach (var field in new[] { metadata.Author, metadata.Outlet, metadata.Title })
        {
            Assert.False(field.IsKnown, field.Name);
            Assert.Null(field.Value);
            Assert.Equal(Provenance.Unknown, field.FromText.Provenance);
            Assert.Equal(Provenance.Unknown, field.FromManifest.Provenance);
            Assert.False(string.IsNullOrWhiteSpace(field.FromText.Note), field.Name);
            Assert.False(string.IsNullOrWhiteSpace(field.FromManifest.Note), field.Name);
            Assert.False(string.IsNullOrWhiteSpace(field.Best.Note), field.Name);
        }
        Assert.False(metadata.Published.IsKnown);
        Assert.Equal(Provenance.Unknown, metadata.Published.FromText.Provenance);
        Assert.Equal(Provenance.Unknown, metadata.Published.FromManifest.Provenance);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Published.FromText.Note));
        Assert.False(string.IsNullOrWhiteSpace(metadata.Published.FromManifest.Note));
        Assert.False(metadata.RepublishedFrom.IsKnown);
        Assert.False(metadata.AuthorBio.IsKnown);
    }

    [Fact]
    public void Article_001_warns_that_the_text_lacks_headline_byline_outlet_and_date()
    {
        var warnings = _corpus["001"].Metadata.Warnings();
        Assert.Equal(["The text has no headline.", "The text has no byline.", "The text does not name its outlet.", "The text has no date."], warnings);
    }

    [Fact]
    public void Article_002_has_an_inferred_month_from_the_fact_check()
    {
        var date = _corpus["002"].Metadata.Published;
        Assert.False(date.FromText.IsKnown);
        Assert.Equal(Provenance.FactCheck, date.FromManifest.Provenance);
        Assert.Equal(new PublicationDate(new DateOnly(2021, 7, 1), DatePrecision.Month, DateKind.Inferred), date.Value);
        Assert.Equal("2021-07", date.Value!.Iso);
        Assert.Equal(Provenance.FactCheck, date.Best.Provenance);
    }

    [Fact]
    public void Article_002_names_no_author_and_its_outlet_comes_from_the_fact_check()
    {
        var metadata = _corpus["002"].Metadata;
        Assert.False(metadata.Author.IsKnown);
        Assert.False(metadata.Outlet.FromText.IsKnown);
        Assert.Equal("Current Time (RFE/RL with VOA)", metadata.Outlet.Value);
        Assert.Equal(Provenance.FactCheck, metadata.Outlet.Best.Provenance);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Text_and_manifest_agree(string id)
    {
        var metadata = _corpus[id].Metadata;
        Assert.False(metadata.Title.Disagrees, $"title: {metadata.Title.FromText} vs {metadata.Title.FromManifest}");
        Assert.False(metadata.Author.Disagrees, $"author: {metadata.Author.FromText} vs {metadata.Author.FromManifest}");
        Assert.False(metadata.Outlet.Disagrees, $"outlet: {metadata.Outlet.FromText} vs {metadata.Outlet.FromManifest}");
        Assert.False(metadata.Published.Disagrees, $"date: {metadata.Published.FromText} vs {metadata.Published.FromManifest}");
        Assert.DoesNotContain(metadata.Warnings(), w => w.Contains("differs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_author_that_differs_from_the_byline_is_flagged()
    {
        using var folder = new TempDataFolder();
        folder.CopySeed("004", "004.txt");
        folder.WriteManifest("""
            { "articles": [ {
              "id": "004", "file": "articles/004.txt",
              "author": { "value": "Someone Else", "source": "factcheck", "note": "A wrong author, on purpose." }
            } ] }
            """);
        var author = Corpus.Load(folder.Root)["004"].Metadata.Author;
        Assert.True(author.Disagrees);
        Assert.Equal("Debalina Ghoshal", author.FromText.Value);
        Assert.Equal("Someone Else", author.FromManifest.Value);
        Assert.Equal("Someone Else", author.Value);
        Assert.Contains(Corpus.Load(folder.Root)["004"].Metadata.Warnings(),
            w => w.Contains("Debalina Ghoshal", StringComparison.Ordinal) && w.Contains("Someone Else", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_date_of_another_kind_is_flagged()
    {
        using var folder = new TempDataFolder();
        folder.CopySeed("003", "003.txt");
        folder.WriteManifest("""
            { "articles": [ {
              "id": "003", "file": "articles/003.txt",
              "published": { "value": "2017-04-20", "kind": "published", "source": "factcheck", "note": "Wrong kind, on purpose." }
            } ] }
            """);
        Assert.True(Corpus.Load(folder.Root)["003"].Metadata.Published.Disagrees);
    }

    [Theory]
    [InlineData("Andrew Korybko", "andrew  korybko", false)]
    [InlineData("Russia's dangerous cooperation", "Russia’s dangerous cooperation", false)]
    [InlineData("Andrew Korybko", "Andrew Korybk", true)]
    public void Typography_is_not_disagreement(string text, string manifest, bool disagrees)
    {
        var field = new MetadataField<string>("author",
            new Attested<string>(text, Provenance.Text, "byline"),
            new Attested<string>(manifest, Provenance.FactCheck, "check"));
        Assert.Equal(disagrees, field.Disagrees);
    }

    [Fact]
    public void A_field_known_only_one_way_does_not_disagree()
    {
        var field = new MetadataField<string>("author",
            new Attested<string>("Jane Doe", Provenance.Text, "byline"),
            Attested.Unknown<string>("not checked"));
        Assert.False(field.Disagrees);
        Assert.Equal("Jane Doe", field.Value);
        Assert.Equal(Provenance.Text, field.Best.Provenance);
    }

    [Theory]
    [InlineData("2021", DatePrecision.Year, "2021")]
    [InlineData("2021-07", DatePrecision.Month, "2021-07")]
    [InlineData("2021-07-09", DatePrecision.Day, "2021-07-09")]
    public void An_iso_date_keeps_its_precision(string text, DatePrecision precision, string iso)
    {
        Assert.True(PublicationDate.TryParseIso(text, DateKind.Published, out var date));
        Assert.Equal(precision, date!.Precision);
        Assert.Equal(iso, date.Iso);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("July 2021")]
    public void A_malformed_iso_date_is_refused(string text)
    {
        Assert.False(PublicationDate.TryParseIso(text, DateKind.Published, out var date));
        Assert.Null(date);
    }
}
