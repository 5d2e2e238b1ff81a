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
/// New articles of a pass are stored in batches (<see cref="SaveNewAsync"/>); updates go one by one.
/// </summary>
public sealed partial class ArticleStore(
    IDbContextFactory<NewsHubDbContext> contexts, ArticleTagWriter tags, StoryClusterer clusterer, TimeProvider clock, ILogger<ArticleStore> logger)
{
    public sealed record Existing(long Id, string? ContentHash);

    public async Task<Existing?> FindAsync(string url, CancellationToken ct) =>
        (await FindAsync([url], ct)).GetValueOrDefault(url);

    /// <summary>The stored article (by its own URL or an alias) of each URL that has one: two queries for a whole pass.</summary>
    public async Task<Dictionary<string, Existing>> FindAsync(IReadOnlyCollection<string> urls, CancellationToken ct)
    {
        var found = new Dictionary<string, Existing>(StringComparer.Ordinal);
        if (urls.Count == 0) return found;
        var wanted = urls.Distinct(StringComparer.Ordinal).ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var a in await db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Url)).Select(a => new { a.Url, a.Id, a.ContentHash }).ToListAsync(ct))
            found[a.Url] = new Existing(a.Id, a.ContentHash);
        var rest = wanted.Where(u => !found.ContainsKey(u)).ToArray();
        if (rest.Length > 0)
            foreach (var a in await db.ArticleAliases.AsNoTracking().Where(a => rest.Contains(a.Url))
                         .Select(a => new { a.Url, a.ArticleId, a.Article!.ContentHash }).ToListAsync(ct))
                found[a.Url] = new Existing(a.ArticleId, a.ContentHash);
        return found;
    }

    /// <summary>One article, new or changed: the careful path (also the fallback when a batch meets a concurrent writer).</summary>
    public async Task<IngestOutcome> SaveAsync(Source source, Article incoming, Existing? existing, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (existing is not null) return await UpdateAsync(db, source, incoming, existing.Id, ct);

        if (incoming.ContentHash is { } hash)
        {
            var twin = await db.Articles.AsNoTracking().Where(a => a.ContentHash == hash).OrderBy(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
            if (twin is { } twinId)
            {
                // The same body under a second URL: link it to the stored article instead of storing it twice.
                await AddAliasesAsync(db, [incoming.Url], [twinId], ct);
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

    /// <summary>
    /// New articles of one pass (none of them found by <see cref="FindAsync(IReadOnlyCollection{string}, CancellationToken)"/>),
    /// stored together: one query for twins by content hash, one for ids, one batch of INSERTs for the articles (each in
    /// its provisional story cluster) and their tags, one statement for aliases, one clustering call. Returns one
    /// outcome per article, in order.
    /// </summary>
    /// <remarks>
    /// If another writer got in between (a URL stored meanwhile, a deadlock), nothing of the batch is kept and every
    /// article goes through <see cref="SaveAsync"/> one by one, which settles each case as before.
    /// </remarks>
    public async Task<IReadOnlyList<IngestOutcome>> SaveNewAsync(Source source, IReadOnlyList<NewArticle> batch, CancellationToken ct)
    {
        var outcomes = new IngestOutcome[batch.Count];
        if (batch.Count == 0) return outcomes;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hashes = batch.Select(b => b.Article.ContentHash).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var twins = await db.Articles.AsNoTracking().Where(a => a.ContentHash != null && hashes.Contains(a.ContentHash))
            .GroupBy(a => a.ContentHash!).Select(g => new { Hash = g.Key, Id = g.Min(a => a.Id) }).ToDictionaryAsync(t => t.Hash, t => t.Id, ct);

        var inserted = new List<int>();
        var batchTwins = new List<(int Index, int Of)>();
        var firstWithHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliasUrls = new List<string>();
        var aliasIds = new List<long>();
        for (var i = 0; i < batch.Count; i++)
        {
            var article = batch[i].Article;
            if (article.ContentHash is { } hash && twins.TryGetValue(hash, out var twinId))
            {
                aliasUrls.Add(article.Url);
                aliasIds.Add(twinId);
                outcomes[i] = IngestOutcome.Unchanged(article.Url, twinId);
            }
            else if (article.ContentHash is { } h && firstWithHash.TryGetValue(h, out var first))
                batchTwins.Add((i, first));
            else
            {
                if (article.ContentHash is { } fh) firstWithHash[fh] = i;
                inserted.Add(i);
            }
        }

        // Ordered by URL so that two workers inserting overlapping batches take the unique index's row locks in one order.
        var rows = inserted.Select(i => batch[i]).OrderBy(b => b.Article.Url, StringComparer.Ordinal).ToList();
        foreach (var row in rows) ArticleTagWriter.AddTo(row.Article, row.Tags);
        var (articleIds, clusterIds) = await ArticleRows.ReserveIdsAsync(db, rows.Count, ct);
        for (var k = 0; k < rows.Count; k++)
        {
            rows[k].Article.Id = articleIds[k];
            rows[k].Article.StoryClusterId = clusterIds[k];
        }
        try
        {
            // Plain batched INSERTs rather than EF's change tracking: the articles are new, nothing needs tracking. Each
            // goes into its own provisional story cluster; the clusterer below keeps it or moves the article.
            await ArticleRows.InsertAsync(db, rows.Select(r => r.Article).ToList(), ct);
        }
        catch (PostgresException pg) when (pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected)
        {
            LogBatchFallback(source.Name, batch.Count, pg.SqlState);
            return await OneByOneAsync(source, batch, ct);
        }

        foreach (var i in inserted) outcomes[i] = IngestOutcome.New(batch[i].Article.Url, batch[i].Article.Id);
        foreach (var (i, of) in batchTwins)
        {
            aliasUrls.Add(batch[i].Article.Url);
            aliasIds.Add(batch[of].Article.Id);
            outcomes[i] = IngestOutcome.Unchanged(batch[i].Article.Url, batch[of].Article.Id);
        }
        if (aliasUrls.Count > 0) await AddAliasesAsync(db, aliasUrls, aliasIds, ct);

        var placed = inserted.Select(i => batch[i].Article).ToList();
        await clusterer.PlaceNewAsync(placed.Select(a => new StoryDocument(a.Id, a.PublishedAt, a.Title, a.Summary, a.BodyText,
            a.Countries.Where(c => !c.Suppressed).Select(c => c.CountryCode).ToList())).ToList(), placed.Select(a => a.StoryClusterId!.Value).ToList(), ct);
        return outcomes;
    }

    private async Task<IReadOnlyList<IngestOutcome>> OneByOneAsync(Source source, IReadOnlyList<NewArticle> batch, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>(batch.Count);
        foreach (var item in batch)
        {
            var article = item.Article;
            // Reset what the failed batch attached: the careful path tags and saves the article itself.
            article.Id = 0;
            article.StoryClusterId = null;
            article.Countries.Clear();
            article.Regions.Clear();
            outcomes.Add(await SaveAsync(source, article, await FindAsync(article.Url, ct), ct));
        }
        return outcomes;
    }

    private Task AddAliasesAsync(NewsHubDbContext db, IReadOnlyList<string> urls, IReadOnlyList<long> articleIds, CancellationToken ct)
    {
        var order = Enumerable.Range(0, urls.Count).OrderBy(i => urls[i], StringComparer.Ordinal).ToArray();
        var u = order.Select(i => urls[i]).ToArray();
        var ids = order.Select(i => articleIds[i]).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO article_aliases (url, article_id, created_at)
            SELECT x.url, x.article_id, {clock.GetUtcNow()} FROM unnest({u}::text[], {ids}::bigint[]) AS x(url, article_id)
            ON CONFLICT (url) DO NOTHING
            """, ct);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source}: a batch of {Articles} new articles met a concurrent writer ({SqlState}); storing them one by one")]
    private partial void LogBatchFallback(string source, int articles, string sqlState);
}
