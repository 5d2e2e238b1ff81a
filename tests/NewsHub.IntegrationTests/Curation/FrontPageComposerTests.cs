using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Web.Curation;
using NewsHub.Web.Model;
using NewsHub.Web.Reading;

namespace NewsHub.IntegrationTests.Curation;

public sealed class FrontPageComposerTests(CurationFixture app) : IClassFixture<CurationFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // Slots are one front page for the whole app: every test starts from none.
        await using var db = app.CreateDbContext();
        await db.FrontPageSlots.ExecuteDeleteAsync();
        await app.Services.GetRequiredService<ContentChanges>().PublishAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lead_and_order_reach_the_preview_at_once_and_the_home_page_only_when_published()
    {
        await AddAsync(app.NuclearPlant, "home", lead: false);
        await AddAsync(app.Uranium, "home", lead: false);
        await AddAsync(app.Snowfall, "home", lead: false);
        await AddAsync(app.GrainTransit, "home", lead: true);
        // Snowfall moves up one: GrainTransit (lead), NuclearPlant, Snowfall, Uranium.
        var snowSlot = await SlotIdAsync(app.Snowfall, "home");
        await PostAsync($"/editor/slots/{snowSlot}/up", []);

        var composer = await app.Editor.GetPageAsync("/editor");
        Assert.Contains("Unpublished changes", composer, StringComparison.Ordinal);
        var preview = await app.Editor.GetPageAsync("/editor/preview");
        Assert.Contains("Preview of the draft front page", preview, StringComparison.Ordinal);
        AssertTop(preview, app.GrainTransit.Title, [app.NuclearPlant.Title, app.Snowfall.Title, app.Uranium.Title]);

        var before = await app.CreateClient().GetStringAsync("/");
        Assert.DoesNotContain(app.GrainTransit.Title, Lead(before), StringComparison.Ordinal);

        await PostAsync("/editor/publish", []);
        AssertTop(await app.CreateClient().GetStringAsync("/"), app.GrainTransit.Title, [app.NuclearPlant.Title, app.Snowfall.Title, app.Uranium.Title]);
        Assert.Contains("The draft is the same as the live page", await app.Editor.GetPageAsync("/editor"), StringComparison.Ordinal);

        // Make lead: Uranium jumps to the top; the old lead becomes second.
        await PostAsync($"/editor/slots/{await SlotIdAsync(app.Uranium, "home")}/lead", []);
        await PostAsync("/editor/publish", []);
        AssertTop(await app.CreateClient().GetStringAsync("/"), app.Uranium.Title, [app.GrainTransit.Title, app.NuclearPlant.Title, app.Snowfall.Title]);

        await using var db = app.CreateDbContext();
        var actions = await db.AuditLog.Select(e => e.Action).ToListAsync();
        Assert.Contains(CurationAudit.SlotAdded, actions);
        Assert.Contains(CurationAudit.SlotMoved, actions);
        Assert.Contains(CurationAudit.FrontPagePublished, actions);
    }

    [Fact]
    public async Task Headline_and_summary_overrides_replace_the_articles_own_on_the_home_page()
    {
        await AddAsync(app.Talks, "home", lead: false);
        await AddAsync(app.NuclearPlant, "home", lead: true);
        var slot = await SlotIdAsync(app.NuclearPlant, "home");
        await PostAsync($"/editor/slots/{slot}/edit", new() { ["headline"] = "Kazakhstan chooses Balkhash for its second reactor", ["summary"] = "The plant will be built by 2035, officials say." });
        await PostAsync("/editor/publish", []);

        var home = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("Kazakhstan chooses Balkhash for its second reactor", home, StringComparison.Ordinal);
        Assert.Contains("The plant will be built by 2035, officials say.", home, StringComparison.Ordinal);
        Assert.DoesNotContain(app.NuclearPlant.Title, home, StringComparison.Ordinal);
        // The article's own page keeps the outlet's headline.
        Assert.Contains(app.NuclearPlant.Title, await app.CreateClient().GetStringAsync($"/article/{app.NuclearPlant.Id}/{app.NuclearPlant.Slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_pin_leads_its_section_until_it_expires()
    {
        await AddAsync(app.Talks, "home", lead: true);
        // Without a pin the newest Central Asia story (Uranium) comes first.
        await AddAsync(app.NuclearPlant, "central-asia", lead: false);
        var pin = await SlotIdAsync(app.NuclearPlant, "central-asia");
        var expires = DateTime.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm");
        await PostAsync($"/editor/slots/{pin}/edit", new() { ["expiresAt"] = expires });
        await PostAsync("/editor/publish", []);

        var home = await app.CreateClient().GetStringAsync("/");
        var section = Section(home, "region-central-asia");
        Assert.True(section.IndexOf(app.NuclearPlant.Title, StringComparison.Ordinal) < section.IndexOf(app.Uranium.Title, StringComparison.Ordinal), section);

        // A past expiry is refused with a reason.
        var refused = await app.Editor.PostAndFollowAsync("/editor", $"/editor/slots/{pin}/edit", new() { ["expiresAt"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm") });
        Assert.Contains("The expiry must be in the future.", refused, StringComparison.Ordinal);

        // Time passes: the live pin's expiry is reached, and the section falls back to the newest story.
        await using (var db = app.CreateDbContext())
            await db.FrontPageSlots.Where(s => s.Section == "central-asia").ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        await app.Services.GetRequiredService<ContentChanges>().PublishAsync(CancellationToken.None);
        section = Section(await app.CreateClient().GetStringAsync("/"), "region-central-asia");
        Assert.True(section.IndexOf(app.Uranium.Title, StringComparison.Ordinal) < section.IndexOf(app.NuclearPlant.Title, StringComparison.Ordinal), section);
    }

    [Fact]
    public async Task Removing_a_slot_and_discarding_the_draft_work_on_the_working_copy_only()
    {
        await AddAsync(app.Talks, "home", lead: true);
        await AddAsync(app.Snowfall, "home", lead: false);
        await PostAsync("/editor/publish", []);
        await PostAsync($"/editor/slots/{await SlotIdAsync(app.Snowfall, "home")}/remove", []);
        Assert.DoesNotContain(app.Snowfall.Title, Top(await app.Editor.GetPageAsync("/editor/preview")), StringComparison.Ordinal);
        Assert.Contains(app.Snowfall.Title, Top(await app.CreateClient().GetStringAsync("/")), StringComparison.Ordinal);

        await PostAsync("/editor/discard", []);
        Assert.Contains(app.Snowfall.Title, Top(await app.Editor.GetPageAsync("/editor/preview")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placing_an_unknown_or_hidden_article_or_in_an_unknown_section_is_refused_with_a_message()
    {
        var missing = await app.Editor.PostAndFollowAsync("/editor", "/editor/slots/add", new() { ["section"] = "home", ["articleId"] = "999999" });
        Assert.Contains("Article 999999 does not exist.", missing, StringComparison.Ordinal);
        var section = await app.Editor.PostAndFollowAsync("/editor", "/editor/slots/add", new() { ["section"] = "atlantis", ["articleId"] = app.Talks.Id.ToString() });
        Assert.Contains("There is no section called “atlantis”.", section, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.FrontPageSlots.CountAsync());
    }

    private async Task AddAsync(Article article, string section, bool lead)
    {
        var fields = new Dictionary<string, string> { ["section"] = section, ["articleId"] = article.Id.ToString() };
        if (lead) fields["lead"] = "true";
        var page = await app.Editor.PostAndFollowAsync("/editor", "/editor/slots/add", fields);
        Assert.Contains("notice--ok", page, StringComparison.Ordinal);
    }

    private async Task PostAsync(string action, Dictionary<string, string> fields)
    {
        var page = await app.Editor.PostAndFollowAsync("/editor", action, fields);
        Assert.DoesNotContain("notice--error", page, StringComparison.Ordinal);
    }

    private async Task<long> SlotIdAsync(Article article, string section)
    {
        await using var db = app.CreateDbContext();
        return await db.FrontPageSlots.Where(s => s.IsDraft && s.ArticleId == article.Id && s.Section == section).Select(s => s.Id).SingleAsync();
    }

    private static void AssertTop(string html, string lead, string[] rest)
    {
        Assert.Contains(WebUtility.HtmlEncode(lead), Lead(html), StringComparison.Ordinal);
        var top = Top(html);
        var positions = rest.Select(t => top.IndexOf(WebUtility.HtmlEncode(t), StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order().ToList(), positions);
    }

    private static string Lead(string html)
    {
        var start = html.IndexOf("class=\"lead-story\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("class=\"top-list\"", start, StringComparison.Ordinal)];
    }

    private static string Top(string html)
    {
        var start = html.IndexOf("class=\"top-list\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
