namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>What a feed says about itself and its items. <see cref="SiteUrl"/> is absolute when present.</summary>
public sealed record ParsedFeed(string? Title, string? SiteUrl, IReadOnlyList<FeedItem> Items);
