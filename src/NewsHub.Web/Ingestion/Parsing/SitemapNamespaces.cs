namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>XML namespaces of sitemaps and the Google News and image extensions.</summary>
internal static class SitemapNamespaces
{
    public const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string News = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string Image = "http://www.google.com/schemas/sitemap-image/1.1";
}
