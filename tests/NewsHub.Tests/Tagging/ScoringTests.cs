namespace NewsHub.Tests.Tagging;

public sealed class ScoringTests
{
    [Fact]
    public void Headline_country_outscores_a_passing_mention_in_the_body()
    {
        var result = TaggingTestData.Tag(
            "Kyrgyzstan opens new hydropower plant",
            "The 240-megawatt plant on the Naryn river will supply the north of the country.",
            "Officials said the plant was financed by a Chinese loan. Neighbouring Kazakhstan has expressed interest in buying surplus power.");
        Assert.Equal("KG", result.Countries[0].Code);
        Assert.True(result.Countries[0].IsPrimary);
        Assert.True(result.ScoreOf("KG") > result.ScoreOf("KZ"));
    }

    [Fact]
    public void A_passing_mention_in_a_long_story_is_not_what_it_is_about()
    {
        var body = string.Join(' ', Enumerable.Repeat("Uzbekistan's government said the reform would continue in Tashkent and the regions.", 8))
                   + " A similar law was passed in Estonia years ago.";
        var result = TaggingTestData.Tag("Uzbekistan reforms pension system", "Uzbekistan will raise the retirement age.", body);
        Assert.Equal(["UZ"], result.Codes());
    }

    [Fact]
    public void The_same_name_weighs_more_in_the_headline_than_in_the_body()
    {
        var inTitle = TaggingTestData.Tag("Armenia and Japan sign a trade deal", null, "The agreement covers tariffs and investment.");
        var inBody = TaggingTestData.Tag("Japan signs a trade deal", null, "The agreement with Armenia covers tariffs and investment.");
        Assert.True(inTitle.ScoreOf("AM") > inBody.ScoreOf("AM"));
    }

    [Fact]
    public void Every_tag_keeps_the_words_that_matched()
    {
        var result = TaggingTestData.Tag("Tokayev meets Kazakh farmers in Almaty");
        var kz = Assert.Single(result.Countries);
        Assert.Equal("KZ", kz.Code);
        Assert.Equal(["Tokayev", "Kazakh", "Almaty"], kz.Evidence);
    }

    [Fact]
    public void Source_hint_does_not_override_what_the_text_is_about()
    {
        var result = TaggingTestData.Tag("Iran's president visits Armenia", "Pezeshkian arrived in Yerevan on Monday.", country: "KZ", region: "central-asia");
        Assert.DoesNotContain("KZ", result.Codes());
        Assert.DoesNotContain(result.Regions, r => r.Slug == "central-asia");
    }

    [Fact]
    public void Source_hint_tags_a_text_that_names_no_place_with_a_low_score()
    {
        var result = TaggingTestData.Tag("Central bank raises base rate to 16.5%", "The regulator cited persistent inflation.", country: "KZ");
        var kz = Assert.Single(result.Countries);
        Assert.Equal("KZ", kz.Code);
        Assert.True(kz.Score < 0.5);
        Assert.Equal("central-asia", result.Regions[0].Slug);
    }

    [Fact]
    public void Source_hint_breaks_a_tie_between_two_countries()
    {
        var plain = TaggingTestData.Tag("Azerbaijan and Kazakhstan sign transit deal");
        var hinted = TaggingTestData.Tag("Azerbaijan and Kazakhstan sign transit deal", country: "KZ");
        Assert.Equal(plain.ScoreOf("AZ"), plain.ScoreOf("KZ"));
        Assert.Equal("KZ", hinted.Countries[0].Code);
        Assert.Contains("AZ", hinted.Codes());
    }

    [Fact]
    public void Regions_come_from_countries_and_a_country_may_give_two()
    {
        var result = TaggingTestData.Tag("Türkiye hosts summit");
        Assert.Equal(["middle-east", "europe"], result.Regions.Select(r => r.Slug).ToArray());
        Assert.True(result.Regions[0].IsPrimary);
        Assert.False(result.Regions[1].IsPrimary);
    }

    [Fact]
    public void Naming_a_region_tags_it_even_without_a_country()
    {
        var result = TaggingTestData.Tag("Drought threatens harvests across Central Asia");
        Assert.Empty(result.Countries);
        Assert.Equal("central-asia", Assert.Single(result.Regions).Slug);
    }

    [Fact]
    public void A_text_without_places_gets_no_tags()
    {
        var result = TaggingTestData.Tag("Scientists find a cheaper way to recycle batteries", "The method recovers most of the lithium.");
        Assert.Empty(result.Countries);
        Assert.Empty(result.Regions);
    }

    [Fact]
    public void Scores_are_between_zero_and_one_and_sorted()
    {
        var result = TaggingTestData.Tag("Russia and Ukraine swap prisoners", "The exchange was mediated by the United Arab Emirates.", "Moscow and Kyiv each released 150 soldiers.");
        Assert.All(result.Countries, c => Assert.InRange(c.Score, 0.01, 1));
        Assert.Equal(result.Countries.Select(c => c.Score).OrderDescending(), result.Countries.Select(c => c.Score));
        Assert.Single(result.Countries, c => c.IsPrimary);
    }
}
