using MediaLit.Articles;
using MediaLit.Loading;
using MediaLit.Outlets;

namespace MediaLit.Tests;

/// <summary>Outlet profiles: read from data/outlets.json; expectations from the fact-check, §1.</summary>
public sealed class OutletTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly Corpus _corpus = fixture.Corpus;
    private readonly OutletProfiles _outlets = OutletProfiles.Load(fixture.DataDirectory);

    [Fact]
    public void Every_article_maps_to_a_profile()
    {
        foreach (var article in _corpus)
            Assert.NotNull(_outlets.ForArticle(article));
    }

    [Theory]
    [InlineData("000", "Global Research")]
    [InlineData("002", "Current Time")]
    [InlineData("003", "HubPages")]
    public void Identified_articles_map_to_the_outlet_the_fact_check_names(string id, string outlet)
    {
        var profile = _outlets.ForArticle(_corpus[id]);
        Assert.True(profile.Identified);
        Assert.Equal(outlet, profile.Name.Value);
    }

    [Fact]
    public void The_profile_of_002_says_it_is_us_government_funded_with_its_source()
    {
        var funding = _outlets.ForArticle(_corpus["002"]).Funding;
        Assert.Contains("US-government funded", funding.Value);
        Assert.True(funding.Verified);
        Assert.Contains("AP, 2017-02-08", funding.Source);
        Assert.Contains("seattletimes.com", funding.Source);
    }

    [Fact]
    public void The_profile_of_000_includes_the_state_department_gec_assessment()
    {
        var gec = Assert.Single(_outlets.ForArticle(_corpus["000"]).Assessments, a => a.By.Contains("Global Engagement Center", StringComparison.Ordinal));
        Assert.Contains("Russia-aligned", gec.Finding);
        Assert.Contains("August 2020", gec.Source);
        Assert.True(gec.Verified);
    }

    [Fact]
    public void Media_bias_fact_check_is_presented_as_one_private_opinion()
    {
        var mbfc = Assert.Single(_outlets["global-research"].Assessments, a => a.By.StartsWith("Media Bias/Fact Check", StringComparison.Ordinal));
        Assert.Contains("private", mbfc.By);
        Assert.Contains("opinion", mbfc.Finding);
    }

    [Fact]
    public void The_oneworld_claim_of_000_is_a_second_link_marked_unverified()
    {
        var link = Assert.Single(_outlets.LinksFor(_corpus["000"]), l => l.Role == OutletRole.SaysFirstPublishedOn);
        Assert.Equal("oneworld", link.Outlet.Id);
        Assert.False(link.Verified);
        Assert.Contains(link.Outlet.Assessments, a => a.Source.Contains("2020-07-28", StringComparison.Ordinal) && a.By.Contains("AP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001", "WordPress")]
    [InlineData("004", "A Quarterly Journal by")]
    public void The_outlets_of_001_and_004_are_unknown_with_a_reason_and_the_page_clues(string id, string clue)
    {
        var profile = _outlets.ForArticle(_corpus[id]);
        Assert.False(profile.Identified);
        Assert.Null(profile.Name.Value);
        Assert.False(string.IsNullOrWhiteSpace(profile.Name.UnknownBecause));
        Assert.False(profile.Ownership.IsKnown);
        Assert.False(profile.Funding.IsKnown);
        Assert.Contains(profile.Notes, n => n.Value!.Contains(clue, StringComparison.Ordinal));
        Assert.False(profile.Kind.Verified);
    }

    [Fact]
    public void Every_fact_and_assessment_has_a_source_and_every_unknown_a_reason()
    {
        foreach (var o in _outlets.Outlets)
        {
            foreach (var fact in new[] { o.Name, o.Kind, o.Ownership, o.Funding }.Concat(o.AlsoKnownAs).Concat(o.Notes))
            {
                Assert.False(string.IsNullOrWhiteSpace(fact.Source), $"{o.Id}: a fact without a source");
                Assert.True(fact.IsKnown || !string.IsNullOrWhiteSpace(fact.UnknownBecause), $"{o.Id}: an unknown without a reason");
            }
            foreach (var a in o.Assessments)
                Assert.True(a.Source.Length > 10 && a.By.Length > 1 && a.Finding.Length > 10, $"{o.Id}: assessment by {a.By} is incomplete");
        }
    }

    [Fact]
    public void Unverified_claims_are_marked_as_such()
    {
        // The fact-check marks the EU task-force report on OneWorld and the Pratichinta lead as UNVERIFIED.
        Assert.False(Assert.Single(_outlets["oneworld"].Assessments, a => a.By.Contains("EU", StringComparison.Ordinal)).Verified);
        Assert.False(Assert.Single(_outlets["unidentified-004"].Notes, n => n.Value!.Contains("Pratichinta", StringComparison.Ordinal)).Verified);
    }

    [Fact]
    public void A_profile_is_shown_with_its_sources_and_escaped()
    {
        var profile = _outlets["current-time"] with { Kind = new SourcedFact("<script>x</script> & co", "a <b>source</b>", false) };
        string html = ReuseTests.Format(profile, "text/html");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>source", html);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt; &amp; co", html);
        Assert.Contains("(UNVERIFIED)", html);
        Assert.Contains("AP, 2017-02-08", html);

        string text = ReuseTests.Format(_outlets.ForArticle(_corpus["001"]), "text/plain");
        Assert.Contains("unknown: ", text);
        Assert.Contains("clue: ", text);
        Assert.Contains("unidentified-004", ReuseTests.Format(_outlets, "text/plain"));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "articles": [] }""", "\"outlets\"")]
    [InlineData("""{ "outlets": [ { "id": "x", "identified": true, "name": { "value": "X", "verified": true } } ], "articles": [] }""", "\"source\"")]
    [InlineData("""{ "outlets": [ { "id": "x", "identified": false, "name": { "value": null, "source": "s", "verified": false } } ], "articles": [] }""", "unknownBecause")]
    [InlineData("""{ "outlets": [], "articles": [ { "article": "000", "outlet": "nowhere", "role": "published-on", "source": "s", "verified": true } ] }""", "\"nowhere\"")]
    public void A_malformed_outlets_file_is_an_error_naming_the_file_the_problem_and_the_fix(string json, string expected)
    {
        using var data = new TempDataFolder(copyRules: false);
        File.WriteAllText(Path.Combine(data.Root, OutletProfiles.FileName), json);
        var error = Assert.Throws<CorpusException>(() => OutletProfiles.Load(data.Root));
        Assert.Equal(CorpusProblem.MalformedOutlets, error.Problem);
        Assert.Contains(OutletProfiles.FileName, error.FilePath);
        Assert.Contains(expected, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void A_missing_outlets_file_says_how_to_restore_it()
    {
        using var data = new TempDataFolder(copyRules: false);
        var error = Assert.Throws<CorpusException>(() => OutletProfiles.Load(data.Root));
        Assert.Equal(CorpusProblem.MalformedOutlets, error.Problem);
        Assert.Contains("git checkout -- data/outlets.json", error.Fix);
    }
}
