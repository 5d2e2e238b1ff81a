namespace NewsHub.Tests.Tagging;

/// <summary>The hard cases a reader would expect the tagger to get right, one behaviour each.</summary>
public sealed class DisambiguationTests
{
    private static string[] Codes(string title, string? lead = null, string? body = null) =>
        TaggingTestData.Tag(title, lead, body).Codes();

    [Fact]
    public void Georgia_with_Atlanta_and_a_governor_is_the_US_state()
    {
        var codes = Codes("Georgia certifies election results", "Officials in Atlanta said the governor would sign the certificate on Friday; Fulton County finished its recount.");
        Assert.Equal(["US"], codes);
    }

    [Fact]
    public void Georgia_with_Tbilisi_is_the_country()
    {
        var codes = Codes("Georgia's parliament passes budget", "Lawmakers in Tbilisi approved spending for 2026.");
        Assert.Equal(["GE"], codes);
    }

    [Fact]
    public void Georgia_meeting_the_United_States_in_Washington_stays_the_country()
    {
        var codes = Codes("Georgia and the United States hold talks in Washington");
        Assert.Contains("GE", codes);
    }

    [Fact]
    public void Jordan_the_basketball_player_is_not_a_country()
    {
        var codes = Codes("Jordan's old sneakers fetch record price", "The shoes Michael Jordan wore in his NBA rookie season sold for $2 million.");
        Assert.DoesNotContain("JO", codes);
    }

    [Fact]
    public void Jordan_Bardella_is_not_the_kingdom_of_Jordan()
    {
        var codes = Codes("Jordan Bardella launches campaign", "Bardella told supporters the party would win.");
        Assert.DoesNotContain("JO", codes);
    }

    [Fact]
    public void Jordan_alone_in_a_headline_is_the_country()
    {
        Assert.Equal(["JO"], Codes("Jordan raises fuel prices"));
    }

    [Fact]
    public void Niger_and_Nigeria_are_told_apart()
    {
        Assert.Equal(["NE"], Codes("Niger's junta closes airspace"));
        Assert.Equal(["NG"], Codes("Nigeria's naira hits record low"));
        Assert.Equal(["NG"], Codes("Oil spill in the Niger Delta"));
    }

    [Fact]
    public void Sudan_and_South_Sudan_are_told_apart()
    {
        Assert.Equal(["SS"], Codes("South Sudan postpones election", "South Sudanese officials in Juba said the vote would be held in 2026."));
        Assert.Equal(["SD"], Codes("Sudan's army retakes Khartoum"));
    }

    [Fact]
    public void Bare_Congo_is_the_DRC_unless_the_text_points_at_Brazzaville()
    {
        Assert.Equal(["CD"], Codes("Congo's army retreats from Goma"));
        Assert.Equal(["CG"], Codes("Congo holds presidential election", "Voters in Brazzaville queued from dawn."));
        Assert.Equal(["CD"], Codes("Clashes in the Democratic Republic of the Congo"));
        Assert.Equal(["CG"], Codes("Republic of the Congo signs oil deal"));
    }

    [Fact]
    public void North_and_South_Korea_are_told_apart()
    {
        Assert.Equal(["KP"], Codes("North Korea test-fires missile"));
        Assert.Equal(["KR"], Codes("South Korea cuts interest rates"));
        Assert.Equal(["KP"], Codes("Korea's Workers' Party meets in Pyongyang"));
        Assert.Equal(["KP", "KR"], Codes("The two Koreas restore hotline").Order().ToArray());
    }

    [Fact]
    public void Armenia_in_Colombia_is_Colombia()
    {
        Assert.Equal(["CO"], Codes("Earthquake damages Armenia", "The city in Colombia's Quindío department lost power."));
        Assert.Equal(["AM"], Codes("Armenia's parliament ratifies treaty", "The vote in Yerevan passed 61 to 30."));
    }

    [Fact]
    public void Islamic_State_is_not_a_place()
    {
        Assert.Empty(Codes("Islamic State claims responsibility for attack"));
        Assert.Equal(["MZ"], Codes("Islamic State of Iraq and the Levant affiliate attacks Mozambique town"));
    }

    [Fact]
    public void A_newspaper_named_for_a_city_is_not_that_country()
    {
        Assert.Equal(["KZ"], Codes("Kazakhstan devalues tenge, Washington Post reports"));
    }

    [Fact]
    public void Turkish_German_University_does_not_make_a_story_about_Germany()
    {
        var codes = Codes("Uzbekistan opens its first private bank", "\"It is a bold step,\" said a professor at the Turkish-German University.");
        Assert.Equal(["UZ"], codes);
    }

    [Fact]
    public void A_lower_case_turkey_is_a_bird_but_TURKEY_in_capitals_is_the_country()
    {
        Assert.Empty(Codes("How to roast a turkey"));
        Assert.Equal(["TR"], Codes("TURKEY AND SYRIA SIGN DEAL").Where(c => c == "TR").ToArray());
    }

    [Fact]
    public void Us_the_pronoun_is_not_the_United_States()
    {
        Assert.Empty(Codes("Tell us what you think"));
        Assert.Equal(["US"], Codes("US raises tariffs"));
        Assert.Equal(["US"], Codes("U.S. raises tariffs"));
    }

    [Fact]
    public void Renamed_places_still_point_at_their_country()
    {
        Assert.Equal(["KZ"], Codes("Summit opens in Nur-Sultan"));
        Assert.Equal(["UA"], Codes("Talks in Kiev end"));
        Assert.Equal(["MM"], Codes("Burma's junta extends emergency"));
    }

    [Fact]
    public void Provinces_and_regions_point_at_their_country()
    {
        Assert.Equal(["AZ"], Codes("New airport opens in Nakhchivan"));
        Assert.Equal(["AZ"], Codes("Families return to Karabakh"));
        Assert.Equal(["KG", "TJ", "UZ"], Codes("Drought hits the Fergana Valley").Order().ToArray());
    }

    [Fact]
    public void Leaders_surnames_alone_identify_their_countries()
    {
        Assert.Equal(["KZ"], Codes("Tokayev signs decree"));
        Assert.Equal(["UZ"], Codes("Mirziyoyev meets investors"));
        Assert.Equal(["KG"], Codes("Japarov sacks minister"));
        Assert.Equal(["AM"], Codes("Pashinyan calls snap vote"));
        Assert.Equal(["TR"], Codes("Erdoğan visits Berlin").Where(c => c == "TR").ToArray());
    }

    [Fact]
    public void Country_name_variants_are_recognised()
    {
        Assert.Equal(["KG"], Codes("Kyrgyz Republic joins treaty"));
        Assert.Equal(["KZ"], Codes("Qazaqstan launches satellite"));
        Assert.Equal(["TR"], Codes("Turkiye raises rates"));
        Assert.Equal(["TR"], Codes("Türkiye raises rates"));
        Assert.Equal(["TR"], Codes("Turkey raises rates"));
    }

    [Fact]
    public void Names_inside_a_sea_or_ocean_do_not_tag_the_country()
    {
        Assert.Equal(["MG"], Codes("Cyclone forms in the Indian Ocean and heads for Madagascar"));
    }
}
