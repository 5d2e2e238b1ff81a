using NewsHub.Web.Ingestion.Cleaning;

namespace NewsHub.Tests.Ingestion.Cleaning;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/Politics/Story", "https://news.example.com/Politics/Story")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a#comments", "https://example.com/a")]
    [InlineData("https://example.com/a?utm_source=rss&utm_medium=feed&id=5", "https://example.com/a?id=5")]
    [InlineData("https://example.com/a?fbclid=IwAR0x&gclid=abc&yclid=1&mc_cid=2&mc_eid=3", "https://example.com/a")]
    [InlineData("https://example.com/a?ref=home&ref_src=twsrc&igshid=x&_ga=2.1&cmpid=rss&at_medium=social", "https://example.com/a")]
    [InlineData("https://example.com/a?UTM_Campaign=x&page=2", "https://example.com/a?page=2")]
    [InlineData("https://example.com/search?z=1&a=2&m=3", "https://example.com/search?a=2&m=3&z=1")]
    [InlineData("https://example.com/news/story/", "https://example.com/news/story")]
    [InlineData("https://example.com/", "https://example.com/")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://example.com//news///story", "https://example.com/news/story")]
    [InlineData("https://example.com/%7Euser/%61rticle-%2d1", "https://example.com/~user/article--1")]
    [InlineData("https://example.com/a%2fb?q=%c3%a9", "https://example.com/a%2Fb?q=%C3%A9")]
    [InlineData("https://пример.рф/новости", "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8")]
    [InlineData("https://www.example.com/a", "https://www.example.com/a")]
    [InlineData("https://example.com/news/story/amp", "https://example.com/news/story/amp")]
    [InlineData("https://example.com/a?amp=1", "https://example.com/a?amp=1")]
    [InlineData("https://example.com./a", "https://example.com/a")]
    [InlineData("https://example.com/a?", "https://example.com/a")]
    [InlineData("https://example.com/a?b=2&a=1&a=0", "https://example.com/a?a=1&a=0&b=2")]
    public void Canonicalizes(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)));
    }

    [Theory]
    [InlineData("/news/story?utm_source=x", "https://site.example/section/", "https://site.example/news/story")]
    [InlineData("story-2", "https://site.example/section/", "https://site.example/section/story-2")]
    [InlineData("//cdn.example/a", "https://site.example/", "https://cdn.example/a")]
    [InlineData("  https://other.example/x#top \n", null, "https://other.example/x")]
    [InlineData("https://site.example/multi\nline", null, "https://site.example/multiline")]
    public void Resolves_and_canonicalizes_raw_links(string raw, string? baseUrl, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(raw, baseUrl is null ? null : new Uri(baseUrl), out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("mailto:desk@site.example")]
    [InlineData("javascript:void(0)")]
    [InlineData("ftp://site.example/file")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("tel:+99412345")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/relative/without/base")]
    [InlineData("http://")]
    public void Rejects_what_is_not_an_http_url(string raw)
    {
        var baseUrl = raw.StartsWith('/') ? null : new Uri("https://site.example/");
        Assert.False(UrlCanonicalizer.TryCanonicalize(raw, baseUrl, out var canonical));
        Assert.Equal("", canonical);
    }
}
