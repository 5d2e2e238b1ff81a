namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>What a fetched document is, judged from its root element.</summary>
public enum FeedFormat
{
    Unknown = 0,
    /// <summary>RSS 0.9x / 2.0 (root &lt;rss&gt;).</summary>
    Rss,
    /// <summary>Atom 1.0 or 0.3 (root &lt;feed&gt;).</summary>
    Atom,
    /// <summary>RSS 1.0 / RDF (root &lt;rdf:RDF&gt;).</summary>
    Rdf,
    /// <summary>A sitemap listing pages (root &lt;urlset&gt;).</summary>
    Sitemap,
    /// <summary>A sitemap index listing other sitemaps (root &lt;sitemapindex&gt;).</summary>
    SitemapIndex,
    /// <summary>An HTML page: a listing, an article or an error page.</summary>
    Html,
}
