using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Small reading helpers shared by the RSS, RDF and Atom readers.</summary>
internal static class FeedXml
{
    private static readonly XName XmlBaseName = XNamespace.Get(FeedNamespaces.Xml) + "base";

    /// <summary>Trimmed text of an element; null when the element is absent or blank.</summary>
    public static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Attribute(XElement? element, string name) => Attribute(element, (XName)name);

    public static string? Attribute(XElement? element, XName name)
    {
        var value = element?.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static bool IsMedia(XElement element) =>
        element.Name.NamespaceName.StartsWith("http://search.yahoo.com/mrss", StringComparison.Ordinal);

    /// <summary>
    /// The base URI in force at <paramref name="element"/>: every xml:base from the root down, applied in order to the
    /// document URL. Without any xml:base the caller's fallback (the site link, else the feed URL) is used.
    /// </summary>
    public static Uri BaseUri(XElement element, Uri documentUrl, Uri fallback)
    {
        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(XmlBaseName)?.Value.Trim())
            .Where(b => !string.IsNullOrEmpty(b)).Reverse().ToList();
        if (bases.Count == 0) return fallback;
        var current = documentUrl;
        foreach (var b in bases)
            if (Uri.TryCreate(current, b, out var next)) current = next;
        return current;
    }

    /// <summary>An absolute http(s) URL for a link as written in the feed, or null if it cannot be one.</summary>
    public static string? Resolve(string? raw, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        raw = raw.Trim();
        return Uri.TryCreate(baseUri, raw, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url.AbsoluteUri
            : null;
    }

    /// <summary>
    /// Items without a GUID are known by their link, but some feeds point every item at the same page (the home
    /// page, a live blog). Such items are told apart by a hash of title and date, stable while those stay the same.
    /// </summary>
    public static List<FeedItem> WithDistinctGuids(List<FeedItem> items)
    {
        var shared = items.GroupBy(i => i.Guid, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return shared.Count == 0
            ? items
            : items.Select(i => shared.Contains(i.Guid) && i.Guid == i.Url ? i with { Guid = HashGuid(i.Title, i.PublishedAt) } : i).ToList();
    }

    public static string HashGuid(string? title, DateTimeOffset? date)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n{date?.ToUniversalTime():O}"));
        return "sha256:" + Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <summary>
    /// The item's picture: Media RSS content marked as an image, then a media thumbnail, then an image enclosure
    /// (RSS &lt;enclosure&gt; or Atom rel="enclosure"), then the first &lt;img&gt; of the content or summary.
    /// </summary>
    public static string? ImageUrl(XElement item, Uri baseUri, string? contentHtml, string? summaryHtml)
    {
        var media = item.Elements().Where(IsMedia)
            .SelectMany(e => e.Name.LocalName == "group" ? e.Elements().Where(IsMedia) : [e]).ToList();
        var candidates = media.Where(e => e.Name.LocalName == "content" && IsImage(e, "medium", "type", "url"))
                .Select(e => Attribute(e, "url"))
            .Concat(media.Where(e => e.Name.LocalName == "thumbnail").Select(e => Attribute(e, "url")))
            .Concat(item.Elements("enclosure").Where(e => IsImage(e, null, "type", "url")).Select(e => Attribute(e, "url")))
            .Concat(item.Elements().Where(e => e.Name.LocalName == "link" && Attribute(e, "rel") == "enclosure"
                && IsImage(e, null, "type", "href")).Select(e => Attribute(e, "href")))
            .Append(FeedText.FirstImageSource(contentHtml))
            .Append(FeedText.FirstImageSource(summaryHtml));
        return candidates.Select(c => Resolve(c, baseUri)).FirstOrDefault(u => u is not null);
    }

    private static bool IsImage(XElement e, string? mediumAttribute, string typeAttribute, string urlAttribute)
    {
        if (mediumAttribute is not null && Attribute(e, mediumAttribute) is { } medium) return medium == "image";
        if (Attribute(e, typeAttribute) is { } type) return type.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        var url = Attribute(e, urlAttribute) ?? "";
        var path = url.Split('?', '#')[0];
        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".avif", StringComparison.OrdinalIgnoreCase);
    }
}
