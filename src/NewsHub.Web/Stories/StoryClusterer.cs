using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// committed cluster. Ingestion assigns a whole batch per lock acquisition (the batch's own earlier articles are
/// candidates too), so the lock is taken once per batch, not once per article. Signatures are computed and stored
/// before the lock; the locked part is a few set-based statements for the whole batch.</para>
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
    private readonly StorySignatureCache signatureCache = new();
    /// <summary>Term ids for the process, and each (cached) signature's terms as ids. Used only inside the clustering lock.</summary>
    private StoryTermIds termIds = new();
    private readonly ConditionalWeakTable<StorySignature, StoryTermRow> termRows = new();
    /// <summary>New terms keep coming (names, figures): past this many the id table starts afresh.</summary>
    private const int MaxTermIds = 1_000_000;
    private readonly SemaphoreSlim warmUp = new(1, 1);
    private bool warmed;

    public async Task<long> AssignAsync(long articleId, CancellationToken ct)
    {
        StoryDocument document;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
                .Select(a => new
                {
                    a.Id, a.PublishedAt, a.Title, a.Summary, Body = a.BodyText.Substring(0, BodyCharacters), a.StoryClusterId,
                    Countries = a.Countries.Where(c => !c.Suppressed).Select(c => c.CountryCode).ToList(),
                })
                .SingleOrDefaultAsync(ct) ?? throw new ArgumentException($"Article {articleId} does not exist.", nameof(articleId));
            // Already placed (by an earlier call, another worker or an editor): assignment is idempotent.
            if (article.StoryClusterId is { } placed) return placed;
            document = new StoryDocument(article.Id, article.PublishedAt, article.Title, article.Summary, article.Body, article.Countries);
        }
        var assigned = await AssignAsync([document], ct);
        return assigned.TryGetValue(articleId, out var clusterId) ? clusterId
            : throw new ArgumentException($"Article {articleId} does not exist.", nameof(articleId));
    }

    /// <summary>
    /// Places a batch of stored articles, in the order given, under ONE lock acquisition: each article is compared with
    /// the clustered articles of its window (one query for the whole batch) and with the batch's own earlier articles,
    /// so two reports of one event in one batch end in one cluster. Articles already placed keep their cluster.
    /// Returns the cluster of every article that still exists.
    /// </summary>
    /// <param name="documents">Stored articles; <see cref="StoryDocument.Body"/> need not be longer than the first 4,000 characters.</param>
    public async Task<IReadOnlyDictionary<long, long>> AssignAsync(IReadOnlyList<StoryDocument> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new Dictionary<long, long>();
        if (documents.Count == 0) return result;
        await WarmFrequenciesAsync(ct);
        // Tokenizing and hashing is the CPU part: done before the lock (on this thread: the scraper already works on
        // several sources at once, and a nested parallel query on 2 cores mostly added thread-pool spinning).
        var signatures = documents.DistinctBy(d => d.ArticleId).Select(d => StorySignature.Create(d with { Body = Clip(d.Body) })).ToArray();
        var indexed = signatures.Select(s => (IReadOnlyList<string>)IndexedTerms(s).ToArray()).ToArray();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Stored before the lock is taken: candidates must already sit in a cluster, so a worker that sees these
        // signatures early simply skips them, and this batch finds that worker's articles once it holds the lock.
        var fresh = await StorySignatureStore.SaveAsync(db, signatures, indexed, ct);
        foreach (var s in signatures.Where(s => fresh.Contains(s.ArticleId))) frequencies.Observe(s.Terms.Keys);
        signatureCache.Forget(signatures.Select(s => s.ArticleId));

        var waiting = Stopwatch.GetTimestamp();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var locked = Stopwatch.GetTimestamp();
        var ids = signatures.Select(s => s.ArticleId).ToArray();
        var current = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.StoryClusterId }).ToListAsync(ct);
        foreach (var row in current)
            if (row.StoryClusterId is { } raced) result[row.Id] = raced;
        var stored = current.Select(r => r.Id).ToHashSet();
        var pending = Enumerable.Range(0, signatures.Length)
            .Where(i => stored.Contains(signatures[i].ArticleId) && !result.ContainsKey(signatures[i].ArticleId)).ToArray();
        if (pending.Length > 0)
            foreach (var (articleId, clusterId) in await JoinOrStartAsync(db, pending.Select(i => (signatures[i], indexed[i])).ToArray(), ct))
                result[articleId] = clusterId;
        await tx.CommitAsync(ct);
        StoryLog.BatchAssigned(logger, signatures.Length, (long)Stopwatch.GetElapsedTime(waiting, locked).TotalMilliseconds,
            (long)Stopwatch.GetElapsedTime(locked).TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// Places a batch of articles that ingestion has just stored each in its own provisional cluster
    /// (<paramref name="provisionalClusterIds"/>, same order, holding only that article), under ONE lock acquisition and
    /// by the same rule as <see cref="AssignAsync(IReadOnlyList{StoryDocument}, CancellationToken)"/>. An article that
    /// starts a story keeps its provisional cluster and is not written again; one that joins another cluster is moved
    /// and its provisional cluster deleted. Most articles start a story, so most rows are written once instead of being
    /// inserted and then updated.
    /// <para>The postings (the story term index other workers find candidates by) are written under the lock, with the
    /// decision: before that nobody can pick these articles as candidates, whose clusters are not decided yet. Articles an
    /// editor or a re-clustering placed meanwhile keep their place. Returns the cluster of every article that still exists.</para>
    /// </summary>
    public async Task<IReadOnlyDictionary<long, long>> PlaceNewAsync(IReadOnlyList<StoryDocument> documents, IReadOnlyList<long> provisionalClusterIds,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(provisionalClusterIds);
        if (documents.Count != provisionalClusterIds.Count)
            throw new ArgumentException("One provisional cluster per document is needed.", nameof(provisionalClusterIds));
        var result = new Dictionary<long, long>();
        if (documents.Count == 0) return result;
        await WarmFrequenciesAsync(ct);
        var provisional = new Dictionary<long, long>();
        for (var i = 0; i < documents.Count; i++) provisional.TryAdd(documents[i].ArticleId, provisionalClusterIds[i]);
        var signatures = documents.DistinctBy(d => d.ArticleId).Select(d => StorySignature.Create(d with { Body = Clip(d.Body) })).ToArray();
        var indexed = signatures.Select(s => (IReadOnlyList<string>)IndexedTerms(s).ToArray()).ToArray();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fresh = await StorySignatureStore.SaveSignaturesAsync(db, signatures, ct);
        foreach (var s in signatures.Where(s => fresh.Contains(s.ArticleId))) frequencies.Observe(s.Terms.Keys);
        signatureCache.Forget(signatures.Select(s => s.ArticleId));

        var waiting = Stopwatch.GetTimestamp();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        var locked = Stopwatch.GetTimestamp();
        var ids = signatures.Select(s => s.ArticleId).ToArray();
        var current = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.StoryClusterId, a.ClusterLockedByEditor }).ToListAsync(ct);
        var waitingHere = new HashSet<long>();
        foreach (var row in current)
        {
            if (row.StoryClusterId == provisional[row.Id] && !row.ClusterLockedByEditor) waitingHere.Add(row.Id);
            else if (row.StoryClusterId is { } elsewhere) result[row.Id] = elsewhere;
        }
        var pending = Enumerable.Range(0, signatures.Length).Where(i => waitingHere.Contains(signatures[i].ArticleId)).ToArray();
        if (pending.Length > 0)
            foreach (var (articleId, clusterId) in await JoinOrStartAsync(db, pending.Select(i => (signatures[i], indexed[i])).ToArray(), ct,
                         pending.Select(i => provisional[signatures[i].ArticleId]).ToArray()))
                result[articleId] = clusterId;
        var stored = current.Select(r => r.Id).ToHashSet();
        var postings = Enumerable.Range(0, signatures.Length).Where(i => stored.Contains(signatures[i].ArticleId)).ToArray();
        await StorySignatureStore.SavePostingsAsync(db, postings.Select(i => signatures[i]).ToArray(), postings.Select(i => indexed[i]).ToArray(), ct);
        await tx.CommitAsync(ct);
        StoryLog.BatchAssigned(logger, signatures.Length, (long)Stopwatch.GetElapsedTime(waiting, locked).TotalMilliseconds,
            (long)Stopwatch.GetElapsedTime(locked).TotalMilliseconds);
        return result;
    }

    /// <summary>The process's term id table; a new one (and no rows made with the old) once it has grown past <see cref="MaxTermIds"/>.</summary>
    private StoryTermIds TermIds()
    {
        if (termIds.Count <= MaxTermIds) return termIds;
        termRows.Clear();
        return termIds = new StoryTermIds();
    }

    private static string? Clip(string? body) => body is { Length: > BodyCharacters } ? body[..BodyCharacters] : body;

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
    /// Chooses a cluster for each pending article, in order: the clustered articles of its window sharing most of its
    /// indexed terms, plus the earlier articles of this batch that share one. New clusters are created together, the
    /// articles placed with one UPDATE and the touched clusters' summaries refreshed with one statement.
    /// <para>An article an editor split off stands alone: it is not offered as a candidate, or re-clustering would pull the
    /// article it was split from straight back to it. Its cluster still grows through anything an editor merges in.</para>
    /// </summary>
    /// <param name="provisional">For articles stored in provisional clusters (<see cref="PlaceNewAsync"/>), each one's:
    /// a starter keeps it, a joiner is moved out of it and it is deleted. Null: no article has a cluster yet.</param>
    private async Task<Dictionary<long, long>> JoinOrStartAsync(NewsHubDbContext db, (StorySignature Signature, IReadOnlyList<string> Terms)[] batch,
        CancellationToken ct, long[]? provisional = null)
    {
        var found = await CandidatesAsync(db, batch, ct);
        var candidates = found.ToLookup(c => c.ForArticleId);
        // Each article's TF-IDF vector is built once per batch from its terms as sorted ids (kept across batches for the
        // cached candidate signatures, which recur batch after batch) and one IDF table for the whole batch (the
        // frequencies barely move within it), so that each comparison is a merge of two small integer arrays.
        // Comparisons do not depend on the clusters chosen: each article against its clustered candidates, and against
        // the batch's earlier articles that share an indexed term within the window. They run on this thread: the
        // scraper already runs several sources and articles at once, and on a small machine a parallel loop here only
        // added thread-pool work items (and their spinning) for what is now ~1 µs per pair.
        var ids = TermIds();
        StoryTermRow RowOf(StorySignature s) => termRows.GetValue(s, x => StoryTermRow.Create(x.Terms, ids));
        var used = new HashSet<int>();
        foreach (var b in batch) used.UnionWith(RowOf(b.Signature).Ids);
        foreach (var c in found) used.UnionWith(RowOf(c.Signature).Ids);
        var idfByTerm = frequencies.Idf(used.Select(ids.Term).ToHashSet(StringComparer.Ordinal));
        var idfById = new double[ids.Count];
        foreach (var id in used) idfById[id] = idfByTerm[ids.Term(id)];
        var vectors = new Dictionary<StorySignature, StoryTermVector>(ReferenceEqualityComparer.Instance);
        StoryTermVector VectorOf(StorySignature s)
        {
            if (!vectors.TryGetValue(s, out var v)) vectors[s] = v = StoryTermVector.Create(RowOf(s), idfById);
            return v;
        }
        var batchVectors = batch.Select(b => VectorOf(b.Signature)).ToArray();
        var termSets = batch.Select(b => b.Terms.ToHashSet(StringComparer.Ordinal)).ToArray();
        var fromArchive = new StoryClusterChoice[batch.Length];
        var fromBatch = new List<(int Sibling, double Score)>[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var signature = batch[i].Signature;
            var vector = batchVectors[i];
            fromArchive[i] = StoryClusterChoice.Choose(signature, candidates[signature.ArticleId].Select(c => new ClusterMember(c.ClusterId, c.Signature)),
                (a, b) => similarity.Compare(a, vector, b, VectorOf(b)));
            fromBatch[i] = [];
            for (var j = 0; j < i; j++)
            {
                if ((batch[j].Signature.PublishedAt - signature.PublishedAt).Duration() > settings.CandidateWindow || !batch[i].Terms.Any(termSets[j].Contains)) continue;
                var match = similarity.Compare(signature, batchVectors[i], batch[j].Signature, batchVectors[j]);
                if (match.IsSameStory) fromBatch[i].Add((j, match.Score));
            }
        }

        // Then in order, as if one article came after the other: the best match wins, an archive one on a tie.
        // Placeholders (negative) stand for clusters this batch starts until they have ids.
        var chosen = new long[batch.Length];
        var started = new List<StorySignature>();
        for (var i = 0; i < batch.Length; i++)
        {
            var signature = batch[i].Signature;
            var choice = fromArchive[i];
            foreach (var (j, score) in fromBatch[i])
                if (score > choice.Score) choice = new StoryClusterChoice(chosen[j], batch[j].Signature.ArticleId, score);
            if (choice.ClusterId is { } joined)
            {
                chosen[i] = joined;
                if (joined > 0) StoryLog.Joined(logger, signature.ArticleId, joined, choice.MatchedArticleId, choice.Score, candidates[signature.ArticleId].Count());
            }
            else if (provisional is not null)
            {
                chosen[i] = provisional[i];
                StoryLog.Started(logger, signature.ArticleId, provisional[i], candidates[signature.ArticleId].Count());
            }
            else
            {
                started.Add(signature);
                chosen[i] = -started.Count;
            }
        }

        var now = clock.GetUtcNow();
        var clusters = started.Select(s => NewCluster(s.PublishedAt, now)).ToList();
        if (clusters.Count > 0)
        {
            db.StoryClusters.AddRange(clusters);
            await db.SaveChangesAsync(ct);
            for (var k = 0; k < started.Count; k++) StoryLog.Started(logger, started[k].ArticleId, clusters[k].Id, candidates[started[k].ArticleId].Count());
        }
        var placed = new Dictionary<long, long>();
        for (var i = 0; i < batch.Length; i++)
            placed[batch[i].Signature.ArticleId] = chosen[i] > 0 ? chosen[i] : clusters[(int)(-chosen[i]) - 1].Id;

        if (provisional is not null)
        {
            await MoveJoinersAsync(db, batch, provisional, placed, now, ct);
            return placed;
        }
        var articleIds = placed.Keys.ToArray();
        var clusterIds = articleIds.Select(id => placed[id]).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE articles a SET story_cluster_id = p.cluster_id
            FROM unnest({articleIds}::bigint[], {clusterIds}::bigint[]) AS p(article_id, cluster_id)
            WHERE a.id = p.article_id
            """, ct);
        await StoryClusterStatistics.RefreshAsync(db, clusterIds.Distinct().ToArray(), articleIds, now, ct);
        return placed;
    }

    /// <summary>
    /// Articles stored in provisional clusters: only those that joined another cluster are written (moved, their empty
    /// provisional clusters deleted, the clusters they joined refreshed). A starter's provisional cluster already holds
    /// the summary of a one-article story (ArticleRows writes it so).
    /// </summary>
    private static async Task MoveJoinersAsync(NewsHubDbContext db, (StorySignature Signature, IReadOnlyList<string> Terms)[] batch, long[] provisional,
        Dictionary<long, long> placed, DateTimeOffset now, CancellationToken ct)
    {
        var movers = Enumerable.Range(0, batch.Length).Where(i => placed[batch[i].Signature.ArticleId] != provisional[i]).ToArray();
        if (movers.Length == 0) return;
        var articleIds = movers.Select(i => batch[i].Signature.ArticleId).ToArray();
        var clusterIds = articleIds.Select(id => placed[id]).ToArray();
        var emptied = movers.Select(i => provisional[i]).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE articles a SET story_cluster_id = p.cluster_id
            FROM unnest({articleIds}::bigint[], {clusterIds}::bigint[]) AS p(article_id, cluster_id)
            WHERE a.id = p.article_id
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM story_clusters c WHERE c.id = ANY({emptied}) AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_cluster_id = c.id)
            """, ct);
        await StoryClusterStatistics.RefreshAsync(db, clusterIds.Distinct().ToArray(), articleIds, now, ct);
    }

    /// <summary>
    /// Candidates and their signatures for every article of the batch: per article, the clustered articles of its window
    /// sharing most of its indexed terms (at most MaxCandidates each). One plain query for the postings of the batch's
    /// terms over the batch's window, the counting in memory, then the signatures from <see cref="StorySignatureCache"/>
    /// (which reads only those not cached or rewritten since): a single SQL statement doing it all per article let the
    /// planner pick nested loops over whole tables whenever the statistics of these fast-growing tables lagged (seconds
    /// per batch, under the lock).
    /// </summary>
    private async Task<List<StoryCandidate>> CandidatesAsync(NewsHubDbContext db, (StorySignature Signature, IReadOnlyList<string> Terms)[] batch,
        CancellationToken ct)
    {
        var terms = batch.SelectMany(b => b.Terms).Distinct(StringComparer.Ordinal).ToArray();
        var from = batch.Min(b => b.Signature.PublishedAt) - settings.CandidateWindow;
        var to = batch.Max(b => b.Signature.PublishedAt) + settings.CandidateWindow;
        var postings = await db.Database.SqlQuery<TermPosting>($"""
            SELECT p.term AS "Term", p.article_id AS "ArticleId", p.published_at AS "PublishedAt", a.story_cluster_id AS "ClusterId"
            FROM story_term_postings p JOIN articles a ON a.id = p.article_id
            WHERE p.term = ANY({terms}) AND p.published_at BETWEEN {from} AND {to} AND a.story_cluster_id IS NOT NULL
              AND (NOT a.cluster_locked_by_editor OR NOT EXISTS (
                  SELECT 1 FROM cluster_operations o
                  WHERE o.article_id = p.article_id AND o.kind = {SplitKind} AND o.target_cluster_id = a.story_cluster_id))
            """).ToListAsync(ct);
        var byTerm = new Dictionary<string, List<TermPosting>>(terms.Length, StringComparer.Ordinal);
        foreach (var p in postings)
        {
            if (!byTerm.TryGetValue(p.Term, out var list)) byTerm[p.Term] = list = [];
            list.Add(p);
        }

        var picks = new List<(long ForArticleId, long ArticleId, long ClusterId)>();
        var shared = new Dictionary<long, (int Terms, long ClusterId)>();
        var seenTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (signature, articleTerms) in batch)
        {
            var earliest = signature.PublishedAt - settings.CandidateWindow;
            var latest = signature.PublishedAt + settings.CandidateWindow;
            shared.Clear();
            seenTerms.Clear();
            foreach (var term in articleTerms)
            {
                if (!seenTerms.Add(term) || !byTerm.TryGetValue(term, out var list)) continue;
                foreach (var p in list)
                    if (p.ArticleId != signature.ArticleId && p.PublishedAt >= earliest && p.PublishedAt <= latest)
                        shared[p.ArticleId] = (shared.GetValueOrDefault(p.ArticleId).Terms + 1, p.ClusterId);
            }
            picks.AddRange(shared.OrderByDescending(kv => kv.Value.Terms).ThenByDescending(kv => kv.Key).Take(settings.MaxCandidates)
                .Select(kv => (signature.ArticleId, kv.Key, kv.Value.ClusterId)));
        }

        var known = await signatureCache.GetAsync(db, picks.Select(p => p.ArticleId).ToHashSet(), ct);
        return picks.Where(p => known.ContainsKey(p.ArticleId)).Select(p => new StoryCandidate(p.ForArticleId, p.ClusterId, known[p.ArticleId])).ToList();
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

    private async Task LockAsync(NewsHubDbContext db, CancellationToken ct)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(settings.LockWaitTimeout);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ClusterLockKey})", ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

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

    private sealed record TermPosting(string Term, long ArticleId, DateTimeOffset PublishedAt, long ClusterId);

    private sealed record StoryCandidate(long ForArticleId, long ClusterId, StorySignature Signature);
}
