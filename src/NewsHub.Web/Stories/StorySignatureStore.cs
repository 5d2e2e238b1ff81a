using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Stories;

/// <summary>Reads and writes article signatures and their postings in the story term index.</summary>
internal static class StorySignatureStore
{
    private const int MaxTermLength = 64;

    /// <summary>Replaces the article's signature and postings; true when it had none before (a new document).</summary>
    public static async Task<bool> SaveAsync(NewsHubDbContext db, StorySignature signature, IEnumerable<string> indexedTerms, CancellationToken ct)
    {
        var row = await db.Set<ArticleSignature>().FindAsync([signature.ArticleId], ct);
        var isNew = row is null;
        row ??= db.Set<ArticleSignature>().Add(new ArticleSignature { ArticleId = signature.ArticleId }).Entity;
        row.PublishedAt = signature.PublishedAt;
        row.Terms = signature.Terms.Keys.ToArray();
        row.Weights = signature.Terms.Values.ToArray();
        row.MinHash = signature.MinHash;
        row.Countries = signature.Countries.ToArray();
        if (!isNew)
            await db.Set<StoryTermPosting>().Where(p => p.ArticleId == signature.ArticleId).ExecuteDeleteAsync(ct);
        foreach (var term in indexedTerms.Where(t => t.Length <= MaxTermLength).Distinct(StringComparer.Ordinal))
            db.Set<StoryTermPosting>().Add(new StoryTermPosting { Term = term, PublishedAt = signature.PublishedAt, ArticleId = signature.ArticleId });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return isNew;
    }

    public static async Task<Dictionary<long, StorySignature>> LoadAsync(NewsHubDbContext db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var rows = await db.Set<ArticleSignature>().AsNoTracking().Where(s => articleIds.Contains(s.ArticleId)).ToListAsync(ct);
        return rows.ToDictionary(r => r.ArticleId, ToSignature);
    }

    private static StorySignature ToSignature(ArticleSignature row)
    {
        var terms = new Dictionary<string, float>(row.Terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < row.Terms.Length && i < row.Weights.Length; i++) terms[row.Terms[i]] = row.Weights[i];
        return new StorySignature(row.ArticleId, row.PublishedAt, terms, row.MinHash, row.Countries);
    }
}
