using System.Text.Json;
using NewsHub.Web.Tagging;

namespace NewsHub.Tests.Tagging;

public sealed class TagVerbTests
{
    [Fact]
    public void Json_has_countries_and_regions_with_code_name_and_score()
    {
        var result = TaggingTestData.Tagger.Tag(TaggingInput.FromPlainText("Kazakhstan's Tokayev visits Türkiye\nThe visit ended with 20 agreements."));
        using var json = JsonDocument.Parse(TagVerb.ToJson(result, explain: false));
        var countries = json.RootElement.GetProperty("countries");
        Assert.Equal("KZ", countries[0].GetProperty("code").GetString());
        Assert.Equal("Kazakhstan", countries[0].GetProperty("name").GetString());
        Assert.InRange(countries[0].GetProperty("score").GetDouble(), 0.35, 1);
        Assert.Contains(countries.EnumerateArray(), c => c.GetProperty("name").GetString() == "Türkiye");
        var regions = json.RootElement.GetProperty("regions");
        Assert.Equal("central-asia", regions[0].GetProperty("slug").GetString());
        Assert.Equal("Central Asia", regions[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Explain_adds_evidence_and_primary()
    {
        var result = TaggingTestData.Tagger.Tag(TaggingInput.FromPlainText("Tokayev opens parliament"));
        using var json = JsonDocument.Parse(TagVerb.ToJson(result, explain: true));
        var kz = json.RootElement.GetProperty("countries")[0];
        Assert.True(kz.GetProperty("primary").GetBoolean());
        Assert.Equal("Tokayev", kz.GetProperty("evidence")[0].GetString());
    }
}
