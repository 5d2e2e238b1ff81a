using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Loads the XML that feeds and sitemaps really serve, which is often not well-formed: HTML named entities
/// (&amp;nbsp; &amp;mdash;) that XML does not define, bare ampersands, a BOM or a PHP warning before the
/// declaration, control characters, and namespace prefixes used without being declared. Each repair is made to
/// the text before an ordinary, strict System.Xml parse; what still fails is reported with line and position.
/// </summary>
internal static partial class LenientXml
{
    // Where well-known extension prefixes are used without a declaration, they get the namespace they always mean.
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["atom"] = FeedNamespaces.Atom,
        ["content"] = FeedNamespaces.Content,
        ["dc"] = FeedNamespaces.DublinCore,
        ["dcterms"] = FeedNamespaces.DublinCoreTerms,
        ["media"] = FeedNamespaces.Media,
        ["rdf"] = FeedNamespaces.Rdf,
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["feedburner"] = FeedNamespaces.Feedburner,
        ["news"] = SitemapNamespaces.News,
        ["image"] = SitemapNamespaces.Image,
    };

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static bool TryLoad(string content, [NotNullWhen(true)] out XDocument? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        var text = SkipLeadingJunk(content);
        if (text.Length == 0)
        {
            error = "the document is empty";
            return false;
        }
        if (text[0] != '<')
        {
            error = $"the document is not XML: it begins with \"{Preview(text)}\"";
            return false;
        }
        if (FeedFormatDetector.Detect(text) == FeedFormat.Html)
        {
            var title = HtmlTitle().Match(text);
            error = title.Success
                ? $"the document is an HTML page titled \"{WebUtility.HtmlDecode(title.Groups[1].Value).Trim()}\", not XML"
                : "the document is an HTML page, not XML";
            return false;
        }

        text = DeclareMissingPrefixes(RepairEntitiesOutsideCData(InvalidXmlChars().Replace(text, "")));
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            document = XDocument.Load(reader, LoadOptions.None);
            error = null;
            return true;
        }
        catch (XmlException ex)
        {
            error = $"the document is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}";
            return false;
        }
    }

    /// <summary>Drops a BOM, whitespace and (when an XML declaration follows soon) stray output such as a PHP notice.</summary>
    private static string SkipLeadingJunk(string content)
    {
        var text = content.TrimStart('\uFEFF', '\u200B', ' ', '\t', '\r', '\n');
        // An XML declaration is only valid at the very start, so anything before it is junk.
        var declaration = text.IndexOf("<?xml", 0, Math.Min(text.Length, 4096), StringComparison.Ordinal);
        return declaration > 0 ? text[declaration..] : text;
    }

    private static string RepairEntitiesOutsideCData(string xml)
    {
        if (!xml.Contains('&')) return xml;
        var result = new StringBuilder(xml.Length + 64);
        var last = 0;
        foreach (Match verbatim in CDataOrComment().Matches(xml))
        {
            result.Append(RepairEntities(xml[last..verbatim.Index])).Append(verbatim.Value);
            last = verbatim.Index + verbatim.Length;
        }
        return result.Append(RepairEntities(xml[last..])).ToString();
    }

    private static string RepairEntities(string text) => text.Contains('&')
        ? UnknownReference().Replace(text, m =>
        {
            var name = m.Groups["name"];
            if (!name.Success) return "&amp;";
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded == m.Value) return "&amp;" + m.Value[1..];
            var numeric = new StringBuilder();
            foreach (var rune in decoded.EnumerateRunes()) numeric.Append("&#").Append(rune.Value).Append(';');
            return numeric.ToString();
        })
        : text;

    private static string DeclareMissingPrefixes(string xml)
    {
        var missing = UsedPrefix().Matches(xml).Select(m => m.Groups["prefix"].Value)
            .Where(p => p is not ("xml" or "xmlns"))
            .Distinct(StringComparer.Ordinal)
            .Where(p => !xml.Contains("xmlns:" + p, StringComparison.Ordinal))
            .ToList();
        if (missing.Count == 0) return xml;
        var root = RootStartTag().Match(xml);
        if (!root.Success) return xml;
        var declarations = string.Concat(missing.Select(p =>
            $" xmlns:{p}=\"{(KnownPrefixes.TryGetValue(p, out var ns) ? ns : "urn:newshub:undeclared:" + p)}\""));
        var insertAt = root.Groups["name"].Index + root.Groups["name"].Length;
        return xml.Insert(insertAt, declarations);
    }

    private static string Preview(string text)
    {
        var line = text.AsSpan(0, Math.Min(60, text.Length)).ToString().ReplaceLineEndings(" ");
        return text.Length > 60 ? line + "…" : line;
    }

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos);|#[0-9]+;|#[xX][0-9a-fA-F]+;)(?:(?<name>[A-Za-z][A-Za-z0-9]{1,31});)?")]
    private static partial Regex UnknownReference();

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CDataOrComment();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex InvalidXmlChars();

    [GeneratedRegex(@"</?(?<prefix>[A-Za-z_][\w.-]*):[A-Za-z_]")]
    private static partial Regex UsedPrefix();

    // The first start tag that is not a declaration, processing instruction, comment or doctype.
    [GeneratedRegex(@"<(?<name>[A-Za-z_][\w.:-]*)[\s/>]")]
    private static partial Regex RootStartTag();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();
}
