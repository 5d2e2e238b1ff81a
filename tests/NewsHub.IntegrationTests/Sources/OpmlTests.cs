using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.Web.Model;
using NewsHub.Web.Sources;

namespace NewsHub.IntegrationTests.Sources;

public sealed class OpmlTests(SourcesFixture app) : IClassFixture<SourcesFixture>
{
    [Fact]
    public async Task Export_then_import_round_trips_and_import_skips_known_feeds_and_reports_bad_ones()
    {
        await using (var db = app.CreateDbContext())
        {
            db.Sources.AddRange(
                new Source { Name = "Civil.ge", Slug = "civil-ge", Url = "https://civil.ge/feed", SiteUrl = "https://civil.ge/", Language = "en", CreatedAt = DateTimeOffset.UtcNow },
                new Source { Name = "Steppe & Sons", Slug = "steppe-sons", Kind = SourceKind.Listing, Url = "https://steppe.example/news?page=1&x=<y>", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var export = await app.Editor.Http.GetAsync("/editor/sources/opml");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/x-opml", export.Content.Headers.ContentType!.MediaType);
        var opml = await export.Content.ReadAsByteArrayAsync();
        var feeds = OpmlDocument.Read(new MemoryStream(opml));
        Assert.Equal(["Civil.ge", "Steppe & Sons"], feeds.Select(f => f.Title));
        Assert.Equal(["https://civil.ge/feed", "https://steppe.example/news?page=1&x=<y>"], feeds.Select(f => f.XmlUrl));
        Assert.Equal("https://civil.ge/", feeds[0].HtmlUrl);

        // The same file again: every feed is already a source.
        var again = await ImportAsync(opml);
        Assert.Contains("0 added · 2 already known (skipped) · 0 not usable", again, StringComparison.Ordinal);

        // A feed reader's export: folders, one known feed, two new ones, one that is not a web address.
        var reader = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>My feeds</title></head><body>
              <outline text="Caucasus">
                <outline type="rss" text="Civil Georgia" xmlUrl="https://civil.ge/feed" />
                <outline type="rss" text="OC Media" title="OC Media" xmlUrl="https://oc-media.org/feed/" htmlUrl="https://oc-media.org/" />
              </outline>
              <outline type="rss" text="Eurasianet" xmlUrl="https://eurasianet.org/rss.xml" language="en" />
              <outline type="rss" text="Broken" xmlUrl="feed://nowhere" />
            </body></opml>
            """;
        var summary = await ImportAsync(Encoding.UTF8.GetBytes(reader));
        Assert.Contains("2 added · 1 already known (skipped) · 1 not usable", summary, StringComparison.Ordinal);
        Assert.Contains("Broken: “feed://nowhere” is not an http(s) address", summary, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            var oc = await db.Sources.SingleAsync(s => s.Url == "https://oc-media.org/feed/");
            Assert.Equal(("OC Media", SourceKind.Feed, "oc-media", "https://oc-media.org/"), (oc.Name, oc.Kind, oc.Slug, oc.SiteUrl));
            Assert.Equal("en", (await db.Sources.SingleAsync(s => s.Url == "https://eurasianet.org/rss.xml")).Language);
            Assert.Equal(4, await db.Sources.CountAsync());
        }

        var notOpml = await app.Editor.Http.PostAsync("/editor/sources/import", Upload(Encoding.UTF8.GetBytes("<html><body>hello</body></html>"), await TokenAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notOpml.StatusCode);
        Assert.Contains("its root element is not <opml>", WebUtility.HtmlDecode(await notOpml.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<string> ImportAsync(byte[] file)
    {
        var response = await app.Editor.Http.PostAsync("/editor/sources/import", Upload(file, await TokenAsync()));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    private async Task<string> TokenAsync() => CommunityClient.Token(await app.Editor.GetPageAsync("/editor/sources/import"));

    private static MultipartFormDataContent Upload(byte[] file, string token) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new ByteArrayContent(file), "file", "feeds.opml" },
    };
}
