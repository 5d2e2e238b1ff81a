namespace NewsHub.Web.Reading;

/// <summary>One story on a listing: a cluster shown through its lead article.</summary>
public sealed record StoryCard(
    long ClusterId, long ArticleId, string Title, string Slug, string? Summary, string? ImageUrl,
    string SourceName, string SourceSlug, DateTimeOffset PublishedAt, int SourceCount, int CommentCount,
    IReadOnlyList<TagBadge> Countries, IReadOnlyList<TagBadge> Regions)
{
    public string Url => $"/article/{ArticleId}/{Slug}";
}

/// <summary>A grid or list of cards drawn alike ("lead", "compact" or the default).</summary>
public sealed record StoryCardList(IReadOnlyList<StoryCard> Cards, string Variant = "");

public sealed record TagBadge(string Key, string Name, string Href);
