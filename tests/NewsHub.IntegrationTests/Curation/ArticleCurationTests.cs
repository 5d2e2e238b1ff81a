using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Curation;
using NewsHub.Web.Model;
using NewsHub.Web.Tagging;

namespace NewsHub.IntegrationTests.Curation;

public sealed class ArticleCurationTests(CurationFixture app) : IClassFixture<CurationFixture>
{
    [Fact]
    public async Task Hiding_or_unpublishing_an_article_removes_it_from_every_page_at_once()
    {
        var article = app.Snowfall;
        var page = $"/article/{article.Id}/{article.Slug}";
        var reader = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        Assert.Contains(article.Title, await reader.GetStringAsync("/"), StringComparison.Ordinal);
        // Pinned live and in the draft: hiding takes it off the front page too.
        await app.Editor.PostAndFollowAsync("/editor", "/editor/slots/add", new() { ["section"] = "south-caucasus", ["articleId"] = article.Id.ToString() });
        await app.Editor.PostAndFollowAsync("/editor", "/editor/publish", []);

        var hidden = await app.Editor.PostAndFollowAsync($"/editor/articles/{article.Id}", $"/editor/articles/{article.Id}/status",
            new() { ["status"] = "Hidden", ["reason"] = "Duplicate of an earlier report" });
        Assert.Contains("Hidden: readers no longer see the article.", hidden, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(article.Title, await reader.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, await reader.GetStringAsync("/region/south-caucasus"), StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(0, await db.FrontPageSlots.CountAsync(s => s.ArticleId == article.Id));
            var entry = await db.AuditLog.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == CurationAudit.ArticleStatusChanged);
            Assert.Equal(article.Id.ToString(), entry.TargetId);
            Assert.Equal("Duplicate of an earlier report", entry.Reason);
        }

        await app.Editor.PostAndFollowAsync($"/editor/articles/{article.Id}", $"/editor/articles/{article.Id}/status", new() { ["status"] = "Published" });
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        await app.Editor.PostAndFollowAsync($"/editor/articles/{article.Id}", $"/editor/articles/{article.Id}/status", new() { ["status"] = "Unpublished", ["reason"] = "Legal request" });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(page)).StatusCode);
        // Editors still find it, marked.
        var list = await app.Editor.GetPageAsync("/editor/articles?status=Unpublished");
        Assert.Contains(WebUtility.HtmlEncode(article.Title), list, StringComparison.Ordinal);
        await app.Editor.PostAndFollowAsync($"/editor/articles/{article.Id}", $"/editor/articles/{article.Id}/status", new() { ["status"] = "Published" });
    }

    [Fact]
    public async Task Tag_corrections_survive_re_tagging()
    {
        var article = app.NuclearPlant;
        var show = $"/editor/articles/{article.Id}";
        // The text is about Kazakhstan; the editor says it is filed wrong: not KZ but (say) Uzbekistan, and not Central Asia but South Caucasus.
        await app.Editor.PostAndFollowAsync(show, $"/editor/articles/{article.Id}/countries/remove", new() { ["code"] = "KZ" });
        await app.Editor.PostAndFollowAsync(show, $"/editor/articles/{article.Id}/countries/add", new() { ["code"] = "UZ", ["primary"] = "true" });
        await app.Editor.PostAndFollowAsync(show, $"/editor/articles/{article.Id}/regions/remove", new() { ["slug"] = "central-asia" });
        var page = await app.Editor.PostAndFollowAsync(show, $"/editor/articles/{article.Id}/regions/add", new() { ["slug"] = "south-caucasus" });
        Assert.Contains("removed", page, StringComparison.Ordinal);

        // The scraper re-tags the article: the tagger finds Kazakhstan again in the text.
        await using (var db = app.CreateDbContext())
        {
            var writer = app.Services.GetRequiredService<ArticleTagWriter>();
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            var source = await db.Sources.SingleAsync(s => s.Id == stored.SourceId);
            var result = writer.Tag(stored, source);
            Assert.Contains(result.Countries, c => c.Code == "KZ");
            await writer.ApplyAsync(db, article.Id, result, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using (var db = app.CreateDbContext())
        {
            var countries = await db.ArticleCountries.Where(t => t.ArticleId == article.Id).ToListAsync();
            Assert.True(countries.Single(t => t.CountryCode == "KZ").Suppressed);
            var uz = countries.Single(t => t.CountryCode == "UZ");
            Assert.Equal((TagOrigin.Editor, false, true), (uz.Origin, uz.Suppressed, uz.IsPrimary));
            Assert.DoesNotContain(countries, t => t.IsPrimary && t.CountryCode != "UZ");
            var regions = await db.ArticleRegions.Where(t => t.ArticleId == article.Id).ToListAsync();
            Assert.True(regions.Single(t => t.RegionSlug == "central-asia").Suppressed);
            Assert.Equal(TagOrigin.Editor, regions.Single(t => t.RegionSlug == "south-caucasus").Origin);
            Assert.False(regions.Single(t => t.RegionSlug == "south-caucasus").Suppressed);
        }
        // Readers see the corrected filing.
        Assert.Contains(WebUtility.HtmlEncode(article.Title), await app.CreateClient().GetStringAsync("/region/south-caucasus"), StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(article.Title), await app.CreateClient().GetStringAsync("/region/central-asia"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_merge_two_stories_and_split_an_article_out_from_the_article_page()
    {
        long Cluster(NewsHub.Web.Data.NewsHubDbContext db, Article a) => db.Articles.Where(x => x.Id == a.Id).Select(x => x.StoryClusterId!.Value).Single();
        await using (var db = app.CreateDbContext())
            Assert.NotEqual(Cluster(db, app.Talks), Cluster(db, app.TalksFollowUp));

        var merged = await app.Editor.PostAndFollowAsync($"/editor/articles/{app.TalksFollowUp.Id}", $"/editor/articles/{app.TalksFollowUp.Id}/merge",
            new() { ["target"] = app.Talks.Id.ToString() });
        Assert.Contains("Stories merged.", merged, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(app.Talks.Title), merged, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(Cluster(db, app.Talks), Cluster(db, app.TalksFollowUp));
            Assert.True(await db.Articles.Where(a => a.Id == app.TalksFollowUp.Id).Select(a => a.ClusterLockedByEditor).SingleAsync());
            var cluster = Cluster(db, app.Talks);
            Assert.Equal(2, await db.StoryClusters.Where(c => c.Id == cluster).Select(c => c.ArticleCount).SingleAsync());
        }

        var split = await app.Editor.PostAndFollowAsync($"/editor/articles/{app.TalksFollowUp.Id}", $"/editor/articles/{app.TalksFollowUp.Id}/split", []);
        Assert.Contains("The article now has a story of its own.", split, StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            Assert.NotEqual(Cluster(db, app.Talks), Cluster(db, app.TalksFollowUp));
            var actions = await db.AuditLog.Select(e => e.Action).ToListAsync();
            Assert.Contains(CurationAudit.ClustersMerged, actions);
            Assert.Contains(CurationAudit.ArticleSplit, actions);
        }

        var refused = await app.Editor.PostAndFollowAsync($"/editor/articles/{app.Talks.Id}", $"/editor/articles/{app.Talks.Id}/merge", new() { ["target"] = "987654" });
        Assert.Contains("Article 987654 does not exist or is not in a story yet.", refused, StringComparison.Ordinal);
    }
}
