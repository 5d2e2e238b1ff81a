using NewsHub.Web.Moderation;

namespace NewsHub.Tests.Moderation;

public sealed class WordFilterTests
{
    [Theory]
    [InlineData("You are an IDIOT.", "idiot", true)]
    [InlineData("You are an ídiot", "idiot", true)]
    [InlineData("That was idiotic", "idiot", false)]
    [InlineData("Scunthorpe United", "cunt", false)]
    [InlineData("buy cheap watches now", "cheap watches", true)]
    [InlineData("cheap, shiny watches", "cheap watches", false)]
    [InlineData("Fake-news again", "fake news", true)]
    public void Matches_whole_folded_words_and_phrases(string text, string entry, bool expected)
    {
        Assert.Equal(expected, WordFilter.Contains(TextNormalizer.Words(text), TextNormalizer.Words(entry)));
    }
}
