namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// A parsed sitemap: page entries for a &lt;urlset&gt;, child sitemaps for a &lt;sitemapindex&gt; (the caller fetches
/// those, usually only the ones modified recently).
/// </summary>
public sealed record SitemapDocument(IReadOnlyList<SitemapEntry> Entries, IReadOnlyList<SitemapReference> ChildSitemaps)
{
    public bool IsIndex => ChildSitemaps.Count > 0;
}
