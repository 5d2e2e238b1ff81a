using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsHub.Web.Comments;

/// <summary>
/// The last line of defence for comment HTML: re-serialises a fragment keeping only the elements
/// the comment Markdown subset produces, with no attributes except a checked href on links.
/// Everything else is unwrapped to its text, so even a renderer bug cannot emit markup that runs.
/// </summary>
public static class CommentHtmlFilter
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    };

    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "title", "xmp", "noembed", "noframes",
    };

    public const string LinkRel = "nofollow ugc noopener";

    public static string Filter(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var sb = new StringBuilder(html.Length);
        foreach (var node in nodes) Write(node, sb);
        return sb.ToString().Trim();
    }

    private static void Write(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(Escape(text.Data));
                break;
            case IElement element:
                WriteElement(element, sb);
                break;
        }
    }

    /// <summary>
    /// Escapes the five markup characters and nothing else: readers write in many scripts, and
    /// line breaks must stay line breaks (HtmlEncoder would turn both into entities).
    /// </summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static void WriteElement(IElement element, StringBuilder sb)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name)) return;
        if (!AllowedElements.Contains(name) || element.NamespaceUri != "http://www.w3.org/1999/xhtml")
        {
            foreach (var child in element.ChildNodes) Write(child, sb);
            return;
        }
        if (name == "a")
        {
            var href = element.GetAttribute("href");
            if (!CommentMarkdown.IsAllowedUrl(href))
            {
                foreach (var child in element.ChildNodes) Write(child, sb);
                return;
            }
            sb.Append("<a href=\"").Append(Escape(href!.Trim())).Append("\" rel=\"").Append(LinkRel).Append("\">");
        }
        else
        {
            sb.Append('<').Append(name).Append('>');
        }
        if (name == "br") return;
        foreach (var child in element.ChildNodes) Write(child, sb);
        sb.Append("</").Append(name).Append('>');
    }
}
