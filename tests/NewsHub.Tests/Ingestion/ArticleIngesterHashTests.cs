using System.Security.Cryptography;
using System.Text;
using NewsHub.Web.Ingestion;

namespace NewsHub.Tests.Ingestion;

public class ArticleIngesterHashTests
{
    /// <summary>The definition every stored content_hash was made with: changing the result would make every stored article look edited.</summary>
    private static string Reference(string text)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("Kazakhstan approves a second nuclear plant.")]
    [InlineData("  Leading and trailing\r\n\r\nspace,\ttabs and\u00A0non-breaking\u2003em spaces  ")]
    [InlineData("İSTANBUL — Türkiye’s ÇAĞRI; ΑΘΗΝΑ; Ёлка; 𐐀 Deseret 𐐨 and a lone \uD800 surrogate")]
    [InlineData("Line one.\nLine two.\n\nParagraph three.")]
    public void Hash_folds_whitespace_and_case_exactly_as_the_stored_hashes_were_made(string text)
    {
        Assert.Equal(Reference(text), ArticleIngester.Hash(text));
    }

    [Fact]
    public void The_same_words_with_other_spacing_or_case_hash_alike_and_other_words_do_not()
    {
        Assert.Equal(ArticleIngester.Hash("Oman hosts talks"), ArticleIngester.Hash("  oman\n\nHOSTS   talks "));
        Assert.NotEqual(ArticleIngester.Hash("Oman hosts talks"), ArticleIngester.Hash("Oman hosted talks"));
    }

    [Fact]
    public void A_long_body_hashes_like_the_reference()
    {
        var body = string.Concat(Enumerable.Repeat("Trade between the two countries has increased by 25%.\n\n  ", 2000));
        Assert.Equal(Reference(body), ArticleIngester.Hash(body));
    }
}
