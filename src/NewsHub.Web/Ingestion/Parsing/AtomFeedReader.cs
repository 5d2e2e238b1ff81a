using System.Xml.Linq;
using static NewsHub.Web.Ingestion.Parsing.FeedXml;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Reads Atom 1.0 and the older Atom 0.3 (issued/modified instead of published/updated).</summary>
internal static class AtomFeedReader
{
    public static ParsedFeed Read(XElement root, Uri feedUrl)
    {
        var ns = root.Name.Namespace;
        var feedBase = BaseUri(root, feedUrl, feedUrl);
        var siteUrl = AlternateLink(root, ns, feedUrl, feedBase);
        var siteBase = feedBase != feedUrl || siteUrl is null ? feedBase : new Uri(siteUrl);
        var feedAuthor = Authors(root, ns);
        var items = WithDistinctGuids(root.Elements(ns + "entry").Select(e => ReadEntry(e, ns, feedUrl, siteBase, feedAuthor))
            .OfType<FeedItem>().ToList());
        return new ParsedFeed(FeedText.ToPlainText(HtmlOf(root.Element(ns + "title"))), siteUrl, items);
    }

    private static FeedItem? ReadEntry(XElement entry, XNamespace ns, Uri feedUrl, Uri siteBase, string? feedAuthor)
    {
        var url = AlternateLink(entry, ns, feedUrl, siteBase);
        if (url is null) return null;
        var baseUri = BaseUri(entry, feedUrl, siteBase);
        var title = FeedText.ToPlainText(HtmlOf(entry.Element(ns + "title")));
        var publishedText = Text(entry.Element(ns + "published")) ?? Text(entry.Element(ns + "issued"));
        var updated = FeedDateParser.Parse(Text(entry.Element(ns + "updated")) ?? Text(entry.Element(ns + "modified")));
        var summary = HtmlOf(entry.Element(ns + "summary"));
        var content = HtmlOf(entry.Element(ns + "content"));
        return new FeedItem(
            Url: url,
            Guid: Text(entry.Element(ns + "id")) ?? url,
            Title: title,
            SummaryHtml: summary,
            ContentHtml: content,
            PublishedAt: FeedDateParser.Parse(publishedText) ?? updated,
            UpdatedAt: updated,
            Author: Authors(entry, ns) ?? feedAuthor,
            ImageUrl: ImageUrl(entry, baseUri, content, summary));
    }

    /// <summary>The rel="alternate" (or rel-less) link, preferring an HTML one, resolved against its own xml:base.</summary>
    private static string? AlternateLink(XElement parent, XNamespace ns, Uri feedUrl, Uri fallbackBase) =>
        parent.Elements(ns + "link")
            .Where(l => Attribute(l, "rel") is null or "alternate")
            .OrderBy(l => Attribute(l, "type") is null or "text/html" ? 0 : 1)
            .Select(l => Resolve(Attribute(l, "href"), BaseUri(l, feedUrl, fallbackBase)))
            .FirstOrDefault(u => u is not null);

    private static string? Authors(XElement parent, XNamespace ns)
    {
        var names = parent.Elements(ns + "author").Select(a => FeedText.ToPlainText(Text(a.Element(ns + "name"))))
            .OfType<string>().Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>
    /// An Atom text construct as HTML: type="html" is already HTML (escaped in the XML), type="xhtml" is the markup
    /// inside its &lt;div&gt;, and type="text" (the default) is plain text that must be encoded.
    /// </summary>
    private static string? HtmlOf(XElement? element)
    {
        if (element is null || Attribute(element, "src") is not null) return null;
        var type = Attribute(element, "type")?.ToLowerInvariant() ?? "text";
        if (type is "xhtml" or "application/xhtml+xml")
        {
            var container = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div") ?? element;
            var html = string.Concat(container.Nodes().Select(n => n is XElement e ? WithoutNamespaces(e).ToString(SaveOptions.DisableFormatting) : n.ToString())).Trim();
            return html.Length == 0 ? null : html;
        }
        return type is "html" or "text/html" ? Text(element) : FeedText.PlainToHtml(Text(element));
    }

    // XHTML content carries the XHTML namespace on every element; HTML consumers want plain tags.
    private static XElement WithoutNamespaces(XElement element) =>
        new(element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement child ? WithoutNamespaces(child) : (object)n));
}
