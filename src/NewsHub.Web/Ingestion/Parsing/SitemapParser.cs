using System.Xml.Linq;
using static NewsHub.Web.Ingestion.Parsing.FeedXml;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Parses XML sitemaps (with the Google News and image extensions), sitemap indexes and plain-text sitemaps (one URL
/// a line). Elements are matched by local name: old sitemaps use the 0.84 namespace and some omit it. Stateless and
/// thread-safe. Decompressing .xml.gz is the fetcher's job.
/// </summary>
public sealed class SitemapParser
{
    /// <exception cref="SitemapParseException">The document is neither a sitemap nor a sitemap index.</exception>
    public SitemapDocument Parse(string xml, Uri sitemapUrl)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sitemapUrl);
        if (!sitemapUrl.IsAbsoluteUri) throw new ArgumentException("The sitemap URL must be absolute.", nameof(sitemapUrl));

        var trimmed = xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (IsAbsoluteHttp(trimmed))
            return ParseText(trimmed, sitemapUrl);
        if (!LenientXml.TryLoad(xml, out var document, out var error))
            throw new SitemapParseException($"Cannot read the sitemap at {sitemapUrl}: {error}.");

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "urlset" => new SitemapDocument(
                Distinct(root.Elements().Where(e => e.Name.LocalName == "url").Select(u => ReadEntry(u, sitemapUrl)).OfType<SitemapEntry>(), e => e.Url),
                []),
            "sitemapindex" => new SitemapDocument(
                [],
                Distinct(root.Elements().Where(e => e.Name.LocalName == "sitemap").Select(s => ReadReference(s, sitemapUrl)).OfType<SitemapReference>(), r => r.Url)),
            var other => throw new SitemapParseException(
                $"Cannot read the sitemap at {sitemapUrl}: the root element is <{other}>, not <urlset> or <sitemapindex>."),
        };
    }

    private static SitemapEntry? ReadEntry(XElement url, Uri sitemapUrl)
    {
        var loc = Resolve(Text(Child(url, "loc")), sitemapUrl);
        if (loc is null) return null;
        var news = Child(url, "news");
        var image = Child(url, "image");
        return new SitemapEntry(
            loc,
            FeedDateParser.Parse(Text(Child(url, "lastmod"))),
            NewsTitle: FeedText.ToPlainText(Text(Child(news, "title"))),
            NewsPublishedAt: FeedDateParser.Parse(Text(Child(news, "publication_date"))),
            NewsLanguage: Text(Child(Child(news, "publication"), "language")) ?? Text(Child(news, "language")),
            PublicationName: FeedText.ToPlainText(Text(Child(Child(news, "publication"), "name"))),
            ImageUrl: Resolve(Text(Child(image, "loc")), sitemapUrl));
    }

    private static SitemapReference? ReadReference(XElement sitemap, Uri sitemapUrl)
    {
        var loc = Resolve(Text(Child(sitemap, "loc")), sitemapUrl);
        return loc is null ? null : new SitemapReference(loc, FeedDateParser.Parse(Text(Child(sitemap, "lastmod"))));
    }

    private static SitemapDocument ParseText(string text, Uri sitemapUrl) => new(
        Distinct(text.Split('\n').Select(line => line.Trim()).Where(IsAbsoluteHttp).Select(line => Resolve(line, sitemapUrl)).OfType<string>().Select(u => new SitemapEntry(u, null)), e => e.Url),
        []);

    private static bool IsAbsoluteHttp(string line) =>
        line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static List<T> Distinct<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.DistinctBy(key, StringComparer.Ordinal).ToList();
}
