using AngleSharp.Dom;
using NewsHub.Web.Ingestion.Cleaning;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>A parsed listing page with the URL rules every listing heuristic shares.</summary>
internal sealed class ListingDocument(IDocument document, Uri pageUrl)
{
    public IDocument Document { get; } = document;
    public Uri PageUrl { get; } = pageUrl;

    /// <summary>Relative links resolve against &lt;base href&gt; when the page has one.</summary>
    public Uri BaseUrl { get; } =
        document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var u) ? u : pageUrl;

    public string PageKey { get; } = UrlCanonicalizer.Canonicalize(pageUrl);

    // Heuristics ask about the same anchors many times (teaser blocks are re-scanned while climbing the DOM).
    private readonly Dictionary<IElement, ResolvedLink?> _resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The link's absolute URL (without fragment) and canonical key; null unless it is http(s) on this site.</summary>
    public ResolvedLink? Resolve(IElement anchor)
    {
        if (!_resolved.TryGetValue(anchor, out var link)) _resolved[anchor] = link = ResolveUncached(anchor);
        return link;
    }

    private ResolvedLink? ResolveUncached(IElement anchor)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#')) return null;
        // Browsers drop tabs and newlines inside href values.
        if (href.AsSpan().ContainsAny('\t', '\n', '\r')) href = href.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        if (!Uri.TryCreate(BaseUrl, href, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.Host.Length == 0 || !IsSameSite(url))
            return null;
        if (url.Fragment.Length > 0) url = new Uri(url.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped));
        return new ResolvedLink(url.AbsoluteUri, url, UrlCanonicalizer.Canonicalize(url));
    }

    public bool IsListingItself(ResolvedLink link) => link.Key == PageKey;

    // "www." and bare host are one site here (unlike in canonical URLs): a listing on www links to articles without it.
    private bool IsSameSite(Uri url)
    {
        var host = StripWww(url.IdnHost);
        var page = StripWww(PageUrl.IdnHost);
        return host == page || host.EndsWith("." + page, StringComparison.Ordinal) || page.EndsWith("." + host, StringComparison.Ordinal);
    }

    private static string StripWww(string host)
    {
        host = host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}

/// <summary>A link on a listing page: absolute URL as found, the same as a <see cref="Uri"/>, and its canonical key.</summary>
internal sealed record ResolvedLink(string Url, Uri Uri, string Key);
