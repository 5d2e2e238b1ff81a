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

    /// <summary>Next element in document order; with <paramref name="skipChildren"/> the subtree is skipped.</summary>
    public static IElement? Next(IElement node, bool skipChildren = false)
    {
        if (!skipChildren && node.FirstElementChild is { } first) return first;
        if (node.NextElementSibling is { } sibling) return sibling;
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
            if (parent.NextElementSibling is { } next) return next;
        return null;
    }

    /// <summary>Removes the element and returns the element that followed its subtree.</summary>
    public static IElement? RemoveAndGetNext(IElement node)
    {
        var next = Next(node, skipChildren: true);
        node.Remove();
        return next;
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
        while (element.FirstChild is { } child) renamed.AppendChild(child);
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
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                if (!IsPhrasing(child)) return false;
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
        if (element.ChildElementCount != 1 || element.FirstElementChild!.LocalName != tag) return false;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            if (child.NodeType == NodeType.Text && !child.TextContent.All(ElementText.IsSpace)) return false;
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
