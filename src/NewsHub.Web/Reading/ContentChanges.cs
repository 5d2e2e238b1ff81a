using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace NewsHub.Web.Reading;

/// <summary>
/// Tells every web instance that stories changed (new articles, curation), so cached pages go.
/// Scrapers may run in other processes, so the signal travels through PostgreSQL NOTIFY;
/// ContentChangeListener in each web instance evicts its output cache when it hears it.
/// </summary>
public sealed class ContentChanges(NpgsqlDataSource dataSource, PageDataCache pageData, IServiceProvider services)
{
    public const string Channel = "newshub_content";

    /// <summary>Comments of one article changed: only its page goes (other instances hear "article:ID").</summary>
    public async Task PublishArticleAsync(long articleId, CancellationToken ct)
    {
        var tag = ArticlePageTagPolicy.TagFor(articleId);
        await using (var cmd = dataSource.CreateCommand($"SELECT pg_notify('{Channel}', $1)"))
        {
            cmd.Parameters.AddWithValue(tag);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        pageData.Forget(tag);
        if (services.GetService<IOutputCacheStore>() is { } cache) await cache.EvictByTagAsync(tag, ct);
    }

    public async Task PublishAsync(CancellationToken ct)
    {
        await using (var cmd = dataSource.CreateCommand($"NOTIFY {Channel}"))
            await cmd.ExecuteNonQueryAsync(ct);
        // This instance need not wait for its own notification.
        pageData.Invalidate();
        if (services.GetService<IOutputCacheStore>() is { } cache) await cache.EvictByTagAsync(ReadingServices.ContentTag, ct);
    }
}
