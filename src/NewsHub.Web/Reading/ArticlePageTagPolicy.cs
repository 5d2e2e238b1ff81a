using Microsoft.AspNetCore.OutputCaching;

namespace NewsHub.Web.Reading;

/// <summary>
/// Tags a cached article page with its article ("article:42"), so a change to that article's comment thread evicts
/// just that page (<see cref="ContentChanges.PublishArticleAsync"/>) instead of every page.
/// </summary>
public sealed class ArticlePageTagPolicy : IOutputCachePolicy
{
    public static string TagFor(long articleId) => $"article:{articleId}";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        if (context.HttpContext.Request.Path.StartsWithSegments("/article")
            && long.TryParse(context.HttpContext.GetRouteValue("id") as string, out var id))
            context.Tags.Add(TagFor(id));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
}
