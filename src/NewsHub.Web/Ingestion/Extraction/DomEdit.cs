using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Small DOM operations AngleSharp lacks: document-order walking with removal, renaming, tag tests.</summary>
internal static class DomEdit
{
    private static readonly HashSet<string> PhrasingTags = new(StringComparer.Ordinal)
    {
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img",
        "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp",
        "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike",
        "tt", "big",
    };

    /// <summary>Tags whose presence keeps a div from being read as a plain paragraph.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "main",
    };

    // AngleSharp finds a node's siblings (NextSibling, NextElementSibling, FirstElementChild,
    // ChildElementCount) by searching the parent's child list, so walking a wide container sibling by
    // sibling is quadratic. Everything here reads ChildNodes by index instead.

    public static IElement? FirstElement(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement element) return element;
        return null;
    }

    /// <summary>The element after this one among its parent's children (one scan of the parent).</summary>
    public static IElement? NextElement(INode node)
    {
        if (node.Parent is not { } parent) return null;
        var children = parent.ChildNodes;
        var found = false;
        for (var i = 0; i < children.Length; i++)
        {
            if (found && children[i] is IElement element) return element;
            if (ReferenceEquals(children[i], node)) found = true;
        }
        return null;
    }

    public static int ElementCount(INode node, int stopAt = int.MaxValue)
    {
        var count = 0;
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length && count < stopAt; i++)
            if (children[i] is IElement) count++;
        return count;
    }

    /// <summary>A copy of the child node list, safe to iterate while the children are moved or removed.</summary>
    public static List<INode> ChildList(INode node)
    {
        var children = node.ChildNodes;
        var list = new List<INode>(children.Length);
        for (var i = 0; i < children.Length; i++) list.Add(children[i]);
        return list;
    }

    /// <summary>Replaces the element by a new one with another tag name, keeping children and attributes.</summary>
    public static IElement Rename(IElement element, string tag)
    {
        var renamed = element.Owner!.CreateElement(tag);
        foreach (var attribute in element.Attributes.ToList())
        {
            try { renamed.SetAttribute(attribute.Name, attribute.Value); }
            catch (DomException) { /* an attribute name the DOM refuses on the new element is not worth keeping */ }
        }
        foreach (var child in ChildList(element)) renamed.AppendChild(child);
        element.Parent?.ReplaceChild(renamed, element);
        return renamed;
    }

    public static bool IsPhrasing(INode node)
    {
        if (node.NodeType == NodeType.Text) return true;
        if (node is not IElement element) return node.NodeType == NodeType.Comment;
        var tag = element.LocalName;
        if (PhrasingTags.Contains(tag)) return true;
        if (tag is "a" or "del" or "ins")
        {
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
                if (!IsPhrasing(children[i])) return false;
            return true;
        }
        return false;
    }

    public static bool IsWhitespace(INode node) =>
        (node.NodeType == NodeType.Text && node.TextContent.All(ElementText.IsSpace)) || node.NodeType == NodeType.Comment
        || (node is IElement { LocalName: "br" });

    public static bool HasAncestor(IElement element, string tag, int maxDepth = 3)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (maxDepth > 0 && depth++ >= maxDepth) return false;
            if (parent.LocalName == tag) return true;
        }
        return false;
    }

    /// <summary>The element holds exactly one element child of the tag and no other text.</summary>
    public static bool HasSingleChild(IElement element, string tag)
    {
        if (ElementCount(element, 2) != 1 || FirstElement(element)!.LocalName != tag) return false;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i].NodeType == NodeType.Text && !children[i].TextContent.All(ElementText.IsSpace)) return false;
        return true;
    }

    public static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (BlockTags.Contains(child.LocalName) || HasBlockChild(child)) return true;
        return false;
    }

    public static bool IsWithoutContent(IElement element)
    {
        if (!element.TextContent.All(ElementText.IsSpace)) return false;
        foreach (var child in element.Children)
            if (child.LocalName is not ("br" or "hr")) return false;
        return true;
    }

    public static int Count(IElement element, string tag) => element.GetElementsByTagName(tag).Length;

    public static IEnumerable<IElement> Ancestors(IElement element, int maxDepth = 0)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
            if (maxDepth > 0 && ++depth == maxDepth) yield break;
        }
    }

    public static bool Contains(IElement ancestor, IElement node)
    {
        for (INode? current = node; current is not null; current = current.Parent)
            if (ReferenceEquals(current, ancestor)) return true;
        return false;
    }
}
