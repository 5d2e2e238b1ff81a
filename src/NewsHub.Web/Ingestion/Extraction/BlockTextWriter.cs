using System.Text;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Plain text of an element with a line break at every block boundary and at every br, and never
/// between inline elements, so words of adjacent blocks do not fuse and inline words do not split.
/// </summary>
internal static class BlockTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "body", "html", "legend", "menu", "option", "textarea", "picture",
    };

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static string Write(INode root)
    {
        var sb = new StringBuilder();
        var pendingSpace = false;
        Walk(root, sb, ref pendingSpace);
        return Finish(sb);
    }

    /// <summary>The lines of the text: trimmed, empty lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static void Walk(INode node, StringBuilder sb, ref bool pendingSpace)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text:
                    AppendText(text.Data, sb, ref pendingSpace);
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (tag == "br") { NewLine(sb); pendingSpace = false; break; }
                    if (tag is "script" or "style" or "noscript" or "template") break;
                    if (DocumentPreparer.IsHidden(element)) break;
                    var block = BlockTags.Contains(tag);
                    if (block) { NewLine(sb); pendingSpace = false; }
                    Walk(element, sb, ref pendingSpace);
                    if (block) { NewLine(sb); pendingSpace = false; }
                    break;
            }
        }
    }

    private static void AppendText(string data, StringBuilder sb, ref bool pendingSpace)
    {
        foreach (var c in data)
        {
            if (ElementText.IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
    }

    private static string Finish(StringBuilder sb)
    {
        var lines = Lines(sb.ToString());
        return string.Join('\n', lines);
    }
}
