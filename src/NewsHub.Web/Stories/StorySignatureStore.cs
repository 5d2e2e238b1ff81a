using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Stories;

/// <summary>Reads and writes article signatures and their postings in the story term index.</summary>
internal static class StorySignatureStore
{
    private const int MaxTermLength = 64;

    /// <summary>Replaces the article's signature and postings; true when it had none before (a new document).</summary>
    /// <remarks>Plain SQL: this runs under the clustering lock on every ingested article, so round trips count.</remarks>
    public static async Task<bool> SaveAsync(NewsHubDbContext db, StorySignature signature, IEnumerable<string> indexedTerms, CancellationToken ct)
    {
        var id = signature.ArticleId;
        var terms = signature.Terms.Keys.ToArray();
        var weights = signature.Terms.Values.ToArray();
        var countries = signature.Countries.ToArray();
        var inserted = await db.Database.SqlQuery<bool>($"""
            INSERT INTO article_signatures (article_id, published_at, terms, weights, min_hash, countries)
            VALUES ({id}, {signature.PublishedAt}, {terms}, {weights}, {signature.MinHash}, {countries})
            ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, terms = excluded.terms,
                weights = excluded.weights, min_hash = excluded.min_hash, countries = excluded.countries
            RETURNING (xmax = 0) AS "Value"
            """).AsAsyncEnumerable().SingleAsync(ct);
        if (!inserted)
            await db.Set<StoryTermPosting>().Where(p => p.ArticleId == id).ExecuteDeleteAsync(ct);
        var postings = indexedTerms.Where(t => t.Length <= MaxTermLength).Distinct(StringComparer.Ordinal).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO story_term_postings (term, published_at, article_id)
            SELECT t, {signature.PublishedAt}, {id} FROM unnest({postings}::text[]) AS t
            """, ct);
        return inserted;
    }

    public static StorySignature ToSignature(ArticleSignature row)
    {
        var terms = new Dictionary<string, float>(row.Terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < row.Terms.Length && i < row.Weights.Length; i++) terms[row.Terms[i]] = row.Weights[i];
        return new StorySignature(row.ArticleId, row.PublishedAt, terms, row.MinHash, row.Countries);
    }
}
