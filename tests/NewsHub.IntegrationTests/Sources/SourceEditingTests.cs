using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.Web.Curation;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Sources;

public sealed class SourceEditingTests(SourcesFixture app) : IClassFixture<SourcesFixture>
{
    [Fact]
    public async Task A_bad_address_and_a_bad_selector_get_clear_messages_and_the_form_keeps_what_was_typed()
    {
        var response = await app.Editor.PostFormAsync("/editor/sources/new", "/editor/sources/new", new()
        {
            ["Kind"] = "Listing", ["Url"] = "www.example.com/news", ["Name"] = "Example Listing", ["PollIntervalMinutes"] = "2",
            ["PageLimit"] = "3", ["ArticleLinksSelector"] = "div.news[", ["TitleSelector"] = "h1.headline", ["DefaultCountryCode"] = "XX",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("“www.example.com/news” is not a web address: it must start with http:// or https://.", html, StringComparison.Ordinal);
        Assert.Contains("“div.news[” is not a valid CSS selector.", html, StringComparison.Ordinal);
        Assert.Contains("Poll every 5 to 1,440 minutes.", html, StringComparison.Ordinal);
        Assert.Contains("“XX” is not a known country code", html, StringComparison.Ordinal);
        // What the editor typed is still there to correct.
        Assert.Contains("value=\"www.example.com/news\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"div.news[\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"h1.headline\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Example Listing\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Listing\" selected=\"selected\">", html, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Name == "Example Listing"));
    }

    [Fact]
    public async Task An_editor_adds_edits_disables_and_enables_a_source_and_each_change_is_audited()
    {
        var url = app.Demo.Url("demo/caspian-daily/feed.xml?edit-test").AbsoluteUri;
        var added = await app.Editor.PostAndFollowAsync("/editor/sources/new", "/editor/sources/new", new()
        {
            ["Kind"] = "Feed", ["Url"] = url, ["Name"] = "Caspian Daily (edit test)", ["PollIntervalMinutes"] = "45", ["PageLimit"] = "1",
            ["DefaultRegionSlug"] = "", ["Language"] = "en", ["Enabled"] = "true", ["BodySelector"] = "article .story-body",
        });
        Assert.Contains("“Caspian Daily (edit test)” added.", WebUtility.HtmlDecode(added), StringComparison.Ordinal);
        int id;
        await using (var db = app.CreateDbContext())
        {
            var source = await db.Sources.SingleAsync(s => s.Url == url);
            id = source.Id;
            Assert.Equal((SourceKind.Feed, 45, "en", "article .story-body", true), (source.Kind, source.PollIntervalMinutes, source.Language, source.Selectors.Body, source.Enabled));
            Assert.Equal("caspian-daily-edit-test", source.Slug);
        }

        var duplicate = await app.Editor.PostFormAsync("/editor/sources/new", "/editor/sources/new", new() { ["Kind"] = "Feed", ["Url"] = url, ["Name"] = "Again", ["PollIntervalMinutes"] = "30", ["PageLimit"] = "1" });
        Assert.Contains("“Caspian Daily (edit test)” already uses this address.", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var form = await app.Editor.GetPageAsync($"/editor/sources/{id}/edit");
        Assert.Contains("value=\"article .story-body\"", form, StringComparison.Ordinal);
        await app.Editor.PostAndFollowAsync($"/editor/sources/{id}/edit", $"/editor/sources/{id}/edit", new()
        {
            ["Kind"] = "Feed", ["Url"] = url, ["Name"] = "Caspian Daily Renamed", ["PollIntervalMinutes"] = "90", ["PageLimit"] = "1", ["Enabled"] = "true",
        });
        await app.Editor.PostAndFollowAsync("/editor/sources", $"/editor/sources/{id}/disable", []);
        await using (var db = app.CreateDbContext())
        {
            var source = await db.Sources.SingleAsync(s => s.Id == id);
            Assert.Equal(("Caspian Daily Renamed", 90, null, false), (source.Name, source.PollIntervalMinutes, source.Selectors.Body, source.Enabled));
        }
        var list = await app.Editor.PostAndFollowAsync("/editor/sources", $"/editor/sources/{id}/enable", []);
        Assert.Contains("Caspian Daily Renamed", list, StringComparison.Ordinal);
        Assert.Contains("class=\"activity-chart\"", list, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.Sources.Where(s => s.Id == id).Select(s => s.Enabled).SingleAsync());
            var actions = await db.AuditLog.Where(e => e.TargetType == "source" && e.TargetId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
            Assert.Equal([CurationAudit.SourceAdded, CurationAudit.SourceEdited, CurationAudit.SourceDisabled, CurationAudit.SourceEnabled], actions);
        }
    }
}
