using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class CharsetTests
{
    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<FetchResult> ServeAndFetch(byte[] body, string contentType)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/page", () => Results.Bytes(body, contentType)));
        using var fetcher = TestFetchers.Create();
        var result = await fetcher.FetchAsync(server.Url("/page"));
        Assert.Equal(FetchStatus.Ok, result.Status);
        return result;
    }

    [Fact]
    public async Task Windows_1251_from_the_content_type_header()
    {
        var body = Encoding.GetEncoding("windows-1251").GetBytes("<h1>Новости Белгорода</h1>");
        var result = await ServeAndFetch(body, "text/html; charset=windows-1251");
        Assert.Equal("windows-1251", result.Charset);
        Assert.Equal("<h1>Новости Белгорода</h1>", result.Text);
    }

    [Fact]
    public async Task Iso_8859_9_from_the_meta_tag_only()
    {
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-9\"></head><body>Şanlıurfa'da öğrenciler</body></html>";
        var result = await ServeAndFetch(Encoding.GetEncoding("iso-8859-9").GetBytes(html), "text/html");
        Assert.Equal("windows-1254", result.Charset); // the WHATWG reading of ISO-8859-9
        Assert.Contains("Şanlıurfa'da öğrenciler", result.Text);
    }

    [Fact]
    public async Task Utf8_byte_order_mark_without_any_declaration()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Łódź – Gdańsk</p>")];
        var result = await ServeAndFetch(body, "text/html");
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal("<p>Łódź – Gdańsk</p>", result.Text);
    }

    [Fact]
    public async Task Koi8_r_from_the_content_type_header()
    {
        var body = Encoding.GetEncoding("koi8-r").GetBytes("<p>Новгородские новости</p>");
        var result = await ServeAndFetch(body, "text/html; charset=KOI8-R");
        Assert.Equal("koi8-r", result.Charset);
        Assert.Equal("<p>Новгородские новости</p>", result.Text);
    }
}
