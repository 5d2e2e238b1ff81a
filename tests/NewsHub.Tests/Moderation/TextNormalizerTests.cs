using NewsHub.Web.Moderation;

namespace NewsHub.Tests.Moderation;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Crème Brûlée", "creme brulee")]
    [InlineData("ŞƏHƏR Ğ", "səhər g")]
    [InlineData("ÍDIOT", "idiot")]
    [InlineData("ｆｕｌｌｗｉｄｔｈ", "fullwidth")]
    public void Fold_strips_marks_and_case(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(input));
    }

    [Fact]
    public void Words_split_on_punctuation_and_keep_inner_apostrophes()
    {
        Assert.Equal(["don't", "stop", "me", "now", "42"], TextNormalizer.Words("Don’t—stop ME, now!! (42)"));
    }

    [Fact]
    public void Duplicate_check_ignores_spacing_case_punctuation_and_accents()
    {
        Assert.Equal(TextNormalizer.ForDuplicateCheck("Great  article!\n\nThanks."), TextNormalizer.ForDuplicateCheck("great article thanks"));
        Assert.NotEqual(TextNormalizer.ForDuplicateCheck("great article"), TextNormalizer.ForDuplicateCheck("great articles"));
    }
}
