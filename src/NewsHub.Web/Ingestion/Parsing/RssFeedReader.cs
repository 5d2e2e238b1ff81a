using System.Text.RegularExpressions;
using System.Xml.Linq;
using static NewsHub.Web.Ingestion.Parsing.FeedXml;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Reads RSS 0.9x/2.0 (&lt;rss&gt;&lt;channel&gt;&lt;item&gt;) and RSS 1.0 (items beside the channel in &lt;rdf:RDF&gt;).</summary>
internal static partial class RssFeedReader
{
    private static readonly XNamespace Content = FeedNamespaces.Content;
    private static readonly XNamespace Dc = FeedNamespaces.DublinCore;
    private static readonly XNamespace DcTerms = FeedNamespaces.DublinCoreTerms;
    private static readonly XNamespace Atom = FeedNamespaces.Atom;
    private static readonly XNamespace Rdf = FeedNamespaces.Rdf;
    private static readonly XNamespace Feedburner = FeedNamespaces.Feedburner;

    public static ParsedFeed ReadRss(XElement root, Uri feedUrl)
    {
        var ns = root.Name.Namespace;
        var channel = root.Element(ns + "channel")
            ?? throw new FeedParseException($"Cannot read the feed at {feedUrl}: the <rss> element has no <channel>.");
        // Some feeds put items beside the channel instead of inside it.
        return Read(channel, channel.Elements(ns + "item").Concat(root.Elements(ns + "item")), ns, feedUrl);
    }

    public static ParsedFeed ReadRdf(XElement root, Uri feedUrl)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
            ?? throw new FeedParseException($"Cannot read the feed at {feedUrl}: the <rdf:RDF> element has no <channel>.");
        var ns = channel.Name.Namespace;
        return Read(channel, root.Elements(ns + "item").Concat(channel.Elements(ns + "item")), ns, feedUrl);
    }

    private static ParsedFeed Read(XElement channel, IEnumerable<XElement> items, XNamespace ns, Uri feedUrl)
    {
        var siteUrl = Resolve(Text(channel.Element(ns + "link")), BaseUri(channel, feedUrl, feedUrl));
        var siteBase = siteUrl is null ? feedUrl : new Uri(siteUrl);
        var parsed = WithDistinctGuids(items.Select(item => ReadItem(item, ns, feedUrl, siteBase)).OfType<FeedItem>().ToList());
        return new ParsedFeed(FeedText.ToPlainText(Text(channel.Element(ns + "title"))), siteUrl, parsed);
    }

    private static FeedItem? ReadItem(XElement item, XNamespace ns, Uri feedUrl, Uri siteBase)
    {
        var baseUri = BaseUri(item, feedUrl, siteBase);
        var guidElement = item.Element(ns + "guid");
        var guid = Text(guidElement) ?? Attribute(item, Rdf + "about");
        var url = Resolve(LinkText(item, ns, guidElement), baseUri);
        if (url is null) return null;

        var title = FeedText.ToPlainText(Text(item.Element(ns + "title")));
        var dateText = Text(item.Element(ns + "pubDate")) ?? Text(item.Element(Dc + "date"))
            ?? Text(item.Element(Atom + "published"));
        var updated = FeedDateParser.Parse(Text(item.Element(Atom + "updated")) ?? Text(item.Element(DcTerms + "modified")));
        var summary = Text(item.Element(ns + "description"));
        var content = Text(item.Element(Content + "encoded"));
        return new FeedItem(
            Url: url,
            Guid: guid ?? url,
            Title: title,
            SummaryHtml: summary,
            ContentHtml: content,
            PublishedAt: FeedDateParser.Parse(dateText) ?? updated,
            UpdatedAt: updated,
            Author: Author(item, ns),
            ImageUrl: ImageUrl(item, baseUri, content, summary));
    }

    // Feedburner's origLink is the publisher's URL; <link> there is a redirect through Feedburner.
    private static string? LinkText(XElement item, XNamespace ns, XElement? guid) =>
        Text(item.Element(Feedburner + "origLink"))
        ?? Text(item.Element(ns + "link"))
        ?? Attribute(item.Element(ns + "link"), "href")
        ?? item.Elements(Atom + "link").Where(l => Attribute(l, "rel") is null or "alternate").Select(l => Attribute(l, "href")).FirstOrDefault()
        ?? PermalinkGuid(guid);

    // A GUID is a link only when it says so or plainly is one; "12345" resolved against the site would be a wrong URL.
    private static string? PermalinkGuid(XElement? guid)
    {
        var value = Text(guid);
        if (value is null || Attribute(guid, "isPermaLink") == "false") return null;
        return Attribute(guid, "isPermaLink") == "true" || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    private static string? Author(XElement item, XNamespace ns)
    {
        var creators = item.Elements(Dc + "creator").Select(Text).Select(FeedText.ToPlainText).OfType<string>().ToList();
        if (creators.Count > 0) return string.Join(", ", creators.Distinct());
        var author = FeedText.ToPlainText(Text(item.Element(ns + "author")));
        if (author is null) return null;
        // RSS 2.0 wants "editor@example.com (Jane Doe)": the name is the byline, a bare address is not one.
        var named = NameInParentheses().Match(author);
        if (named.Success) return named.Groups[1].Value.Trim();
        return author.Contains('@') && !author.Contains(' ') ? null : author;
    }

    [GeneratedRegex(@"^\S+@\S+\s*\((.+)\)$")]
    private static partial Regex NameInParentheses();
}
