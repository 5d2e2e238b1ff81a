using System.Text;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Text measurements the scorer and the cleaners share: normalised inner text, link density and
/// the comma count. Whitespace includes NBSP and zero-width characters, which .NET's \s misses.
/// </summary>
internal static class ElementText
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060';

    /// <summary>Text content with runs of whitespace collapsed to one space and trimmed.</summary>
    public static string Normalized(INode node) => Collapse(node.TextContent);

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Length of the collapsed text without building it.</summary>
    public static int Length(INode node)
    {
        var length = 0;
        var pendingSpace = false;
        Count(node, ref length, ref pendingSpace);
        return length;
    }

    private static void Count(INode node, ref int length, ref bool pendingSpace)
    {
        if (node is IText text)
        {
            foreach (var c in text.Data)
            {
                if (IsSpace(c)) { pendingSpace = length > 0; continue; }
                if (pendingSpace) { length++; pendingSpace = false; }
                length++;
            }
            return;
        }
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i].NodeType is NodeType.Element or NodeType.Text)
                Count(children[i], ref length, ref pendingSpace);
    }

    /// <summary>
    /// Share of the text that sits inside links; in-page anchors (#…) count less since they are
    /// usually footnotes or tables of contents, not navigation.
    /// </summary>
    public static double LinkDensity(IElement element)
    {
        var total = Length(element);
        if (total == 0) return 0;
        double linked = 0;
        foreach (var link in element.GetElementsByTagName("a"))
        {
            var href = link.GetAttribute("href");
            var weight = href is not null && href.StartsWith('#') ? 0.3 : 1.0;
            linked += Length(link) * weight;
        }
        return linked / total;
    }

    public static int CommaCount(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C') count++;
        return count;
    }
}
