using System.Xml;
using System.Xml.Linq;
using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>OPML 2.0 subscription lists: what feed readers export and import. Nested outlines (folders) are flattened.</summary>
public static class OpmlDocument
{
    public sealed record Feed(string? Title, string XmlUrl, string? HtmlUrl, string? Language);

    /// <summary>Every source as an outline; feeds are type "rss", listings and sitemaps keep their kind in a NewsHub attribute.</summary>
    public static string Write(IEnumerable<Source> sources, DateTimeOffset now)
    {
        var body = new XElement("body", sources.Select(s => new XElement("outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", s.Name),
            new XAttribute("title", s.Name),
            new XAttribute("xmlUrl", s.Url),
            s.SiteUrl is null ? null : new XAttribute("htmlUrl", s.SiteUrl),
            s.Language is null ? null : new XAttribute("language", s.Language),
            s.Kind == SourceKind.Feed ? null : new XAttribute("newshubKind", s.Kind.ToString().ToLowerInvariant()))));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", "NewsHub sources"), new XElement("dateCreated", now.ToString("r"))),
                body));
        using var writer = new Utf8StringWriter();
        doc.Save(writer);
        return writer.ToString();
    }

    /// <summary>The feeds of an OPML file. Throws <see cref="FormatException"/> with a readable reason when it is not OPML.</summary>
    public static IReadOnlyList<Feed> Read(Stream stream)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"The file is not well-formed XML (line {e.LineNumber}: {e.Message})", e);
        }
        if (doc.Root?.Name.LocalName != "opml") throw new FormatException("The file is XML but not OPML: its root element is not <opml>.");
        var body = doc.Root.Element("body") ?? throw new FormatException("The OPML file has no <body>.");
        return body.Descendants("outline")
            .Where(o => !string.IsNullOrWhiteSpace((string?)o.Attribute("xmlUrl")))
            .Select(o => new Feed(
                ((string?)o.Attribute("title") ?? (string?)o.Attribute("text"))?.Trim(),
                ((string)o.Attribute("xmlUrl")!).Trim(),
                ((string?)o.Attribute("htmlUrl"))?.Trim(),
                ((string?)o.Attribute("language"))?.Trim()))
            .ToList();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
