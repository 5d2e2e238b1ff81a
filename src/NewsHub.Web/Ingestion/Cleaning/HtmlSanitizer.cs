using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsHub.Web.Ingestion.Cleaning;

/// <summary>
/// Allow-list HTML sanitizer for anything NewsHub renders that it did not write itself: scraped
/// article bodies and, later, comments rendered from Markdown. The output is rebuilt from scratch:
/// only listed tags and attributes are written, text is escaped, URLs are made absolute and must be
/// http(s) (mailto for links), and links get rel="nofollow noopener". Unknown tags are unwrapped
/// (their text stays); dangerous ones go with their content. Pure and thread-safe.
/// </summary>
public sealed class HtmlSanitizer
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "pre", "code",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "time", "a", "img",
        "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "kbd", "samp", "var",
    };

    /// <summary>Tags whose content is never text a reader should see, or which can execute or restyle the page.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template", "svg", "math",
        "form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "meta", "link", "base", "head", "title",
        "audio", "video", "source", "track", "canvas", "dialog", "xmp", "plaintext", "noembed", "noframes", "param", "portal",
        "map", "area", "picture", "slot", "frameset", "xml", "image", "use",
    };

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal) { "br", "hr", "img" };

    private static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height"],
        ["abbr"] = ["title"],
        ["time"] = ["datetime"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["ol"] = ["start"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "cite" };
    private static readonly HashSet<string> NumericAttributes = new(StringComparer.Ordinal) { "width", "height", "colspan", "rowspan", "start" };

    /// <summary>Sanitizes an HTML fragment; relative URLs are resolved against <paramref name="baseUrl"/> when given.</summary>
    public string Sanitize(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        return Sanitize(body, baseUrl);
    }

    /// <summary>Sanitizes the children of an already parsed element (the element itself is not written).</summary>
    public string Sanitize(INode root, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var output = new StringBuilder();
        WriteChildren(root, output, baseUrl, 0);
        return output.ToString().Trim();
    }

    private static void WriteChildren(INode parent, StringBuilder output, Uri? baseUrl, int depth)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text) AppendEscaped(output, text.Data, attribute: false);
            else if (child is IElement element) WriteElement(element, output, baseUrl, depth + 1);
        }
    }

    private static void WriteElement(IElement element, StringBuilder output, Uri? baseUrl, int depth)
    {
        var tag = element.LocalName;
        // Elements from SVG or MathML (however they got there) are foreign content: never written.
        if (element.NamespaceUri is not null && element.NamespaceUri != "http://www.w3.org/1999/xhtml") return;
        if (DroppedWithContent.Contains(tag)) return;
        if (depth > MaxDepth || !AllowedTags.Contains(tag))
        {
            var block = tag is "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav" or "center" or "address";
            if (block) output.Append(' ');
            WriteChildren(element, output, baseUrl, depth);
            if (block) output.Append(' ');
            return;
        }

        var attributes = SafeAttributes(element, tag, baseUrl);
        if (attributes is null) return; // an image without a safe source is nothing
        output.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            output.Append(' ').Append(name).Append("=\"");
            AppendEscaped(output, value, attribute: true);
            output.Append('"');
        }
        output.Append('>');
        if (VoidTags.Contains(tag)) return;
        WriteChildren(element, output, baseUrl, depth);
        output.Append("</").Append(tag).Append('>');
    }

    private static List<(string Name, string Value)>? SafeAttributes(IElement element, string tag, Uri? baseUrl)
    {
        var result = new List<(string, string)>();
        if (AllowedAttributes.TryGetValue(tag, out var allowed))
        {
            foreach (var name in allowed)
            {
                var value = element.GetAttribute(name);
                if (value is null) continue;
                if (UrlAttributes.Contains(name))
                {
                    var url = SafeUrl(value, baseUrl, allowMailto: tag == "a");
                    if (url is not null) result.Add((name, url));
                }
                else if (NumericAttributes.Contains(name))
                {
                    var trimmed = value.Trim();
                    if (trimmed.Length is > 0 and <= 6 && trimmed.All(char.IsAsciiDigit)) result.Add((name, trimmed));
                }
                else if (name == "scope")
                {
                    if (value is "row" or "col" or "rowgroup" or "colgroup") result.Add((name, value));
                }
                else result.Add((name, value));
            }
        }
        if (tag == "img" && !result.Any(a => a.Item1 == "src")) return null;
        if (tag == "a" && result.Any(a => a.Item1 == "href")) result.Add(("rel", "nofollow noopener"));
        return result;
    }

    /// <summary>
    /// The URL as a browser would read it (tabs and newlines inside ignored, control characters and
    /// spaces at the ends trimmed), resolved, and accepted only for http, https or mailto.
    /// </summary>
    public static string? SafeUrl(string value, Uri? baseUrl, bool allowMailto)
    {
        var cleaned = new StringBuilder(value.Length);
        foreach (var c in value)
            if (c is not ('\t' or '\n' or '\r')) cleaned.Append(c);
        var url = cleaned.ToString().Trim(Enumerable.Range(0, 33).Select(i => (char)i).ToArray());
        if (url.Length == 0) return null;

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
            return IsAllowedScheme(absolute, allowMailto) ? absolute.AbsoluteUri : null;
        if (HasSchemeLikePrefix(url)) return null;
        if (baseUrl is null) return url.Any(char.IsControl) ? null : url;
        return Uri.TryCreate(baseUrl, url, out var resolved) && IsAllowedScheme(resolved, allowMailto) ? resolved.AbsoluteUri : null;
    }

    private static bool IsAllowedScheme(Uri uri, bool allowMailto) =>
        uri.Scheme is "http" or "https" || (allowMailto && uri.Scheme == "mailto");

    /// <summary>Anything with a colon before the first '/', '?' or '#' names a scheme; unknown schemes are refused.</summary>
    private static bool HasSchemeLikePrefix(string url)
    {
        foreach (var c in url)
        {
            if (c is '/' or '?' or '#') return false;
            if (c == ':') return true;
        }
        return false;
    }

    private static void AppendEscaped(StringBuilder output, string text, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when attribute: output.Append("&quot;"); break;
                case '\'' when attribute: output.Append("&#39;"); break;
                case '\0': break;
                default: output.Append(c); break;
            }
        }
    }
}
