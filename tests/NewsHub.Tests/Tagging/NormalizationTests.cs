using NewsHub.Web.Tagging;

namespace NewsHub.Tests.Tagging;

public sealed class NormalizationTests
{
    [Theory]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("TÜRKİYE", "turkiye")]
    [InlineData("Nur-Sultan", "nur sultan")]
    [InlineData("Côte d’Ivoire", "cote d ivoire")]
    [InlineData("Azərbaycan", "azerbaycan")]
    [InlineData("  Baku–Tbilisi–Ceyhan ", "baku tbilisi ceyhan")]
    [InlineData("Łódź", "lodz")]
    public void Phrases_fold_case_diacritics_and_punctuation(string phrase, string expected)
    {
        Assert.Equal(expected, GazetteerText.NormalizePhrase(phrase));
    }

    [Theory]
    [InlineData("Erdogan meets reporters")]
    [InlineData("ERDOĞAN MEETS REPORTERS")]
    [InlineData("erdoğan meets reporters")]
    [InlineData("“Erdoğan,” meets reporters")]
    public void Matching_ignores_case_diacritics_and_punctuation(string title)
    {
        Assert.Equal(["TR"], TaggingTestData.Tag(title).Codes());
    }

    [Fact]
    public void Hyphens_and_spaces_are_the_same()
    {
        Assert.Equal(["KZ"], TaggingTestData.Tag("Meeting in Nur Sultan").Codes());
        Assert.Equal(["KZ"], TaggingTestData.Tag("Meeting in NUR-SULTAN").Codes());
    }

    [Fact]
    public void Possessives_do_not_hide_a_name()
    {
        Assert.Equal(["IR"], TaggingTestData.Tag("Iran’s economy shrinks").Codes());
    }

    [Fact]
    public void Plain_text_splits_into_headline_lead_and_body()
    {
        var input = TaggingInput.FromPlainText("\n  Headline here\nLead paragraph.\nBody one.\nBody two.\n");
        Assert.Equal("Headline here", input.Title);
        Assert.Equal("Lead paragraph.", input.Lead);
        Assert.Equal("Body one.\nBody two.", input.Body);

        var wrapped = TaggingInput.FromPlainText("Headline\n\nLead line one\nlead line two\n\nBody.");
        Assert.Equal("Lead line one\nlead line two", wrapped.Lead);
        Assert.Equal("Body.", wrapped.Body);
    }
}
