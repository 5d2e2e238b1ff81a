namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>A child sitemap named by a sitemap index.</summary>
public sealed record SitemapReference(string Url, DateTimeOffset? LastModified);
