namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>The fields of a schema.org Article (or NewsArticle, BlogPosting…) found in a page's JSON-LD.</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    IReadOnlyList<string> Authors,
    string? DatePublished,
    string? DateModified,
    string? Image,
    string? Publisher,
    string? Description,
    string? ArticleBody,
    string? Url,
    string? Language)
{
    public static readonly JsonLdArticle Empty = new(null, [], null, null, null, null, null, null, null, null);
}
