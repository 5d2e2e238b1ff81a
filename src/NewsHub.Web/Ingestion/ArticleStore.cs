using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Stories;
using NewsHub.Web.Tagging;
using Npgsql;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// Steps 4–6: store, tag, cluster. An article is identified by its canonical URL: stored once,
/// updated when its content changes, and an identical body under a second URL becomes an alias.
/// </summary>
public sealed class ArticleStore(IDbContextFactory<NewsHubDbContext> contexts, ArticleTagWriter tags, StoryClusterer clusterer, TimeProvider clock)
{
    public sealed record Existing(long Id, string? ContentHash);

    public async Task<Existing?> FindAsync(string url, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => a.Url == url).Select(a => new Existing(a.Id, a.ContentHash)).FirstOrDefaultAsync(ct)
            ?? await db.ArticleAliases.AsNoTracking().Where(a => a.Url == url).Select(a => new Existing(a.ArticleId, a.Article!.ContentHash)).FirstOrDefaultAsync(ct);
    }

    public async Task<IngestOutcome> SaveAsync(Source source, Article incoming, Existing? existing, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (existing is not null) return await UpdateAsync(db, source, incoming, existing.Id, ct);

        if (incoming.ContentHash is { } hash)
        {
            var twin = await db.Articles.AsNoTracking().Where(a => a.ContentHash == hash).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
            if (twin is { } twinId)
            {
                // The same body under a second URL: link it to the stored article instead of storing it twice.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO article_aliases (url, article_id, created_at) VALUES ({incoming.Url}, {twinId}, {clock.GetUtcNow()}) ON CONFLICT (url) DO NOTHING", ct);
                return IngestOutcome.Unchanged(incoming.Url, twinId);
            }
        }

        db.Articles.Add(incoming);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another worker stored the same URL a moment ago (the article was in two sources): it is one row.
            var id = await db.Articles.AsNoTracking().Where(a => a.Url == incoming.Url).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
            return IngestOutcome.Unchanged(incoming.Url, id);
        }
        await TagAsync(db, source, incoming, ct);
        await clusterer.AssignAsync(incoming.Id, ct);
        return IngestOutcome.New(incoming.Url, incoming.Id);
    }

    private async Task<IngestOutcome> UpdateAsync(NewsHubDbContext db, Source source, Article incoming, long id, CancellationToken ct)
    {
        var stored = await db.Articles.FirstAsync(a => a.Id == id, ct);
        if (stored.ContentHash == incoming.ContentHash && stored.Title == incoming.Title) return IngestOutcome.Unchanged(incoming.Url, id);
        stored.Title = incoming.Title;
        stored.Byline = incoming.Byline;
        stored.Summary = incoming.Summary;
        stored.BodyHtml = incoming.BodyHtml;
        stored.BodyText = incoming.BodyText;
        stored.LeadImageUrl = incoming.LeadImageUrl ?? stored.LeadImageUrl;
        stored.ContentHash = incoming.ContentHash;
        stored.UpdatedAt = incoming.UpdatedAt ?? clock.GetUtcNow();
        stored.FetchedAt = incoming.FetchedAt;
        // The slug stays: links already shared keep working (a changed slug would only redirect).
        await db.SaveChangesAsync(ct);
        await TagAsync(db, source, stored, ct);
        if (stored.StoryClusterId is null) await clusterer.AssignAsync(id, ct);
        return IngestOutcome.Updated(incoming.Url, id);
    }

    private async Task TagAsync(NewsHubDbContext db, Source source, Article article, CancellationToken ct)
    {
        await tags.ApplyAsync(db, article.Id, tags.Tag(article, source), ct);
        await db.SaveChangesAsync(ct);
    }
}
