using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Stories;

/// <summary>
/// Groups articles into story clusters as they arrive, and applies editors' merges and splits.
/// <para>Incremental: a new article is compared only with articles of the last/next <see cref="StoryClusteringOptions.CandidateWindow"/>
/// that share one of its most distinctive terms — a range scan of the story term index per term, then at most
/// <see cref="StoryClusteringOptions.MaxCandidates"/> signatures scored — so the cost follows the news of those days, not the archive.</para>
/// <para>Concurrency: every change runs in a transaction holding one PostgreSQL advisory lock, so two workers storing
/// articles about one event at the same moment end in one cluster: whichever takes the lock second sees the first's
/// committed cluster. Signatures are computed and stored before the lock; the locked part is a few indexed statements.</para>
/// <para>Editors' operations are stored in cluster_operations and pin their articles (ClusterLockedByEditor):
/// assignment never moves a pinned article and re-clustering replays the operations.</para>
/// </summary>
public sealed class StoryClusterer(
    IDbContextFactory<NewsHubDbContext> dbFactory,
    StorySimilarity similarity,
    TermDocumentFrequencies frequencies,
    IOptions<StoryClusteringOptions> options,
    TimeProvider clock,
    ILogger<StoryClusterer> logger)
{
    public const string MergeKind = "merge";
    public const string SplitKind = "split";
    /// <summary>pg_advisory_xact_lock key shared by every process that changes story clusters ("NHstory").</summary>
    private const long ClusterLockKey = 0x4E4853746F7279;
    private const int BodyCharacters = 4000;

    private readonly StoryClusteringOptions settings = options.Value;
    private readonly SemaphoreSlim warmUp = new(1, 1);
    private bool warmed;

    public async Task<long> AssignAsync(long articleId, CancellationToken ct)
    {
        await WarmFrequenciesAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new
            {
                a.Id, a.PublishedAt, a.Title, a.Summary, Body = a.BodyText.Substring(0, BodyCharacters), a.StoryClusterId,
                Countries = a.Countries.Where(c => !c.Suppressed).Select(c => c.CountryCode).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new ArgumentException($"Article {articleId} does not exist.", nameof(articleId));
        // Already placed (by an earlier call, another worker or an editor): assignment is idempotent.
        if (article.StoryClusterId is { } placed) return placed;

        var signature = StorySignature.Create(new StoryDocument(article.Id, article.PublishedAt, article.Title, article.Summary, article.Body, article.Countries));
        // Stored before the lock is taken: candidates must already sit in a cluster, so a worker that sees this
        // signature early simply skips it, and this article finds that worker's article once it holds the lock.
        if (await StorySignatureStore.SaveAsync(db, signature, IndexedTerms(signature), ct)) frequencies.Observe(signature.Terms.Keys);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var current = await db.Articles.Where(a => a.Id == articleId).Select(a => a.StoryClusterId).SingleAsync(ct);
        if (current is { } raced)
        {
            await tx.CommitAsync(ct);
            return raced;
        }
        var clusterId = await JoinOrStartAsync(db, signature, ct);
        await tx.CommitAsync(ct);
        return clusterId;
    }

    public async Task MergeAsync(long sourceClusterId, long targetClusterId, string actorId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        if (sourceClusterId == targetClusterId) throw new ArgumentException("A story cluster cannot be merged into itself.", nameof(targetClusterId));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var found = await db.StoryClusters.CountAsync(c => c.Id == sourceClusterId || c.Id == targetClusterId, ct);
        if (found != 2) throw new InvalidOperationException($"Story cluster {sourceClusterId} or {targetClusterId} does not exist.");

        // Every member of the result is recorded and pinned: the editor has said these articles belong together.
        var members = await db.Articles.Where(a => a.StoryClusterId == sourceClusterId || a.StoryClusterId == targetClusterId)
            .Select(a => a.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        db.ClusterOperations.AddRange(members.Select(id => new ClusterOperation
            { Kind = MergeKind, ArticleId = id, TargetClusterId = targetClusterId, ActorId = actorId, At = now }));
        await db.SaveChangesAsync(ct);
        await db.Articles.Where(a => a.StoryClusterId == sourceClusterId || a.StoryClusterId == targetClusterId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryClusterId, targetClusterId).SetProperty(a => a.ClusterLockedByEditor, true), ct);
        await StoryClusterStatistics.RefreshAsync(db, targetClusterId, now, ct);
        await StoryClusterStatistics.RefreshAsync(db, sourceClusterId, now, ct);
        await tx.CommitAsync(ct);
        StoryLog.Merged(logger, actorId, sourceClusterId, targetClusterId, members.Count);
    }

    public async Task<long> SplitAsync(long articleId, string actorId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct)
                      ?? throw new ArgumentException($"Article {articleId} does not exist.", nameof(articleId));
        var now = clock.GetUtcNow();
        var oldClusterId = article.StoryClusterId;
        var cluster = NewCluster(article.PublishedAt, now);
        db.StoryClusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        article.StoryClusterId = cluster.Id;
        article.ClusterLockedByEditor = true;
        db.ClusterOperations.Add(new ClusterOperation { Kind = SplitKind, ArticleId = articleId, TargetClusterId = cluster.Id, ActorId = actorId, At = now });
        await db.SaveChangesAsync(ct);
        await StoryClusterStatistics.RefreshAsync(db, cluster.Id, now, ct);
        if (oldClusterId is { } old) await StoryClusterStatistics.RefreshAsync(db, old, now, ct);
        await tx.CommitAsync(ct);
        StoryLog.Split(logger, actorId, articleId, oldClusterId, cluster.Id);
        return cluster.Id;
    }

    /// <summary>
    /// Re-runs assignment for articles published since <paramref name="since"/> (e.g. after the thresholds changed):
    /// unpinned articles are detached and assigned again in publication order, with fresh signatures; editors'
    /// operations on articles of the window are replayed first, so merges and splits come out as the editor left them.
    /// </summary>
    public async Task ReclusterAsync(DateTimeOffset since, CancellationToken ct)
    {
        int replayed;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockAsync(db, ct);
            var now = clock.GetUtcNow();
            var touched = await db.Articles.Where(a => a.PublishedAt >= since && a.StoryClusterId != null && !a.ClusterLockedByEditor)
                .Select(a => a.StoryClusterId!.Value).Distinct().ToListAsync(ct);
            await db.Articles.Where(a => a.PublishedAt >= since && !a.ClusterLockedByEditor)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryClusterId, (long?)null), ct);

            var operations = await db.ClusterOperations.AsNoTracking()
                .Where(o => db.Articles.Any(a => a.Id == o.ArticleId && a.PublishedAt >= since))
                .OrderBy(o => o.At).ThenBy(o => o.Id).ToListAsync(ct);
            replayed = 0;
            foreach (var op in operations)
            {
                // A target that no longer exists was itself merged away later; that later operation places the article.
                if (op.TargetClusterId is not { } target || !await db.StoryClusters.AnyAsync(c => c.Id == target, ct)) continue;
                var before = await db.Articles.Where(a => a.Id == op.ArticleId).Select(a => a.StoryClusterId).SingleAsync(ct);
                await db.Articles.Where(a => a.Id == op.ArticleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryClusterId, target).SetProperty(a => a.ClusterLockedByEditor, true), ct);
                touched.Add(target);
                if (before is { } b) touched.Add(b);
                replayed++;
            }
            foreach (var clusterId in touched.Distinct()) await StoryClusterStatistics.RefreshAsync(db, clusterId, now, ct);
            await tx.CommitAsync(ct);
        }

        List<long> pending;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            pending = await db.Articles.Where(a => a.PublishedAt >= since && a.StoryClusterId == null)
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        foreach (var id in pending) await AssignAsync(id, ct);
        StoryLog.Reclustered(logger, pending.Count, since, replayed);
    }

    /// <summary>
    /// An article an editor split off stands alone: it is not offered as a candidate, or re-clustering would pull the
    /// article it was split from straight back to it. Its cluster still grows through anything an editor merges in.
    /// </summary>
    private async Task<long> JoinOrStartAsync(NewsHubDbContext db, StorySignature signature, CancellationToken ct)
    {
        var terms = IndexedTerms(signature).ToArray();
        var from = signature.PublishedAt - settings.CandidateWindow;
        var to = signature.PublishedAt + settings.CandidateWindow;
        // Candidates and their signatures in one round trip: the articles sharing most indexed terms in the window.
        var candidates = await db.Database.SqlQuery<StoryCandidate>($"""
            WITH hits AS (
                SELECT p.article_id, a.story_cluster_id, count(*) AS shared
                FROM story_term_postings p JOIN articles a ON a.id = p.article_id
                WHERE p.term = ANY({terms}) AND p.published_at BETWEEN {from} AND {to}
                  AND p.article_id <> {signature.ArticleId} AND a.story_cluster_id IS NOT NULL
                  AND (NOT a.cluster_locked_by_editor OR NOT EXISTS (
                      SELECT 1 FROM cluster_operations o
                      WHERE o.article_id = p.article_id AND o.kind = {SplitKind} AND o.target_cluster_id = a.story_cluster_id))
                GROUP BY p.article_id, a.story_cluster_id
                ORDER BY count(*) DESC, p.article_id DESC
                LIMIT {settings.MaxCandidates})
            SELECT h.article_id AS "ArticleId", h.story_cluster_id AS "ClusterId", s.published_at AS "PublishedAt",
                   s.terms AS "Terms", s.weights AS "Weights", s.min_hash AS "MinHash", s.countries AS "Countries"
            FROM hits h JOIN article_signatures s ON s.article_id = h.article_id
            """).ToListAsync(ct);
        var members = candidates.Select(c => new ClusterMember(c.ClusterId, StorySignatureStore.ToSignature(new ArticleSignature
        {
            ArticleId = c.ArticleId, PublishedAt = c.PublishedAt, Terms = c.Terms, Weights = c.Weights, MinHash = c.MinHash, Countries = c.Countries,
        })));
        var choice = StoryClusterChoice.Choose(signature, members, similarity, frequencies);

        var now = clock.GetUtcNow();
        long clusterId;
        if (choice.ClusterId is { } joined)
        {
            clusterId = joined;
            StoryLog.Joined(logger, signature.ArticleId, clusterId, choice.MatchedArticleId, choice.Score, candidates.Count);
        }
        else
        {
            var cluster = NewCluster(signature.PublishedAt, now);
            db.StoryClusters.Add(cluster);
            await db.SaveChangesAsync(ct);
            clusterId = cluster.Id;
            StoryLog.Started(logger, signature.ArticleId, clusterId, candidates.Count);
        }
        await db.Articles.Where(a => a.Id == signature.ArticleId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryClusterId, clusterId), ct);
        await StoryClusterStatistics.RefreshAsync(db, clusterId, now, ct);
        return clusterId;
    }

    /// <summary>The article's most distinctive terms (TF x IDF): what it is indexed under and looked up by.</summary>
    private IEnumerable<string> IndexedTerms(StorySignature signature)
    {
        var idf = frequencies.Idf(signature.Terms.Keys);
        return signature.Terms.OrderByDescending(t => t.Value * idf[t.Key]).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(settings.IndexedTerms).Select(t => t.Key);
    }

    private static StoryCluster NewCluster(DateTimeOffset publishedAt, DateTimeOffset now) =>
        new() { FirstPublishedAt = publishedAt, LastPublishedAt = publishedAt, UpdatedAt = now };

    private static Task LockAsync(NewsHubDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ClusterLockKey})", ct);

    /// <summary>Document frequencies are learned from the signatures of recent days once per process.</summary>
    private async Task WarmFrequenciesAsync(CancellationToken ct)
    {
        if (warmed) return;
        await warmUp.WaitAsync(ct);
        try
        {
            if (warmed) return;
            var since = clock.GetUtcNow() - settings.FrequencyWarmUp;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var count = 0;
            await foreach (var terms in db.Set<ArticleSignature>().AsNoTracking().Where(s => s.PublishedAt >= since)
                               .OrderByDescending(s => s.PublishedAt).Take(50_000).Select(s => s.Terms).AsAsyncEnumerable().WithCancellation(ct))
            {
                frequencies.Observe(terms);
                count++;
            }
            warmed = true;
            StoryLog.Warmed(logger, count);
        }
        finally
        {
            warmUp.Release();
        }
    }

    private sealed record StoryCandidate(long ArticleId, long ClusterId, DateTimeOffset PublishedAt, string[] Terms, float[] Weights,
        int[] MinHash, string[] Countries);
}
