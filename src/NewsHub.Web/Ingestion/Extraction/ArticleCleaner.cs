using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Readability's clean-up of the chosen article: removes widgets, share bars, link lists and other
/// "fishy" blocks judged by their mix of paragraphs, images, list items, links and class hints.
/// </summary>
internal sealed class ArticleCleaner
{
    private static readonly string[] TextishTags = ["span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];
    private static readonly string[] HeadingTags = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private readonly GrabFlags _flags;
    private HashSet<IElement> _dataTables = new(ReferenceEqualityComparer.Instance);

    public ArticleCleaner(GrabFlags flags) => _flags = flags;

    /// <summary>Blockquotes and wrappers that mostly hold one (embedded tweets) are article text.</summary>
    public static bool IsQuoteLike(IElement element)
    {
        if (element.LocalName is "blockquote" or "q") return true;
        var quote = element.QuerySelector("blockquote");
        if (quote is null) return false;
        var total = ElementText.Length(element);
        return total > 0 && ElementText.Length(quote) >= 0.7 * total;
    }

    public void Clean(IElement article)
    {
        _dataTables = DataTables.Find(article);
        CleanConditionally(article, "form");
        CleanConditionally(article, "fieldset");
        RemoveAll(article, "object", "embed", "footer", "link", "aside");
        foreach (var child in article.Children.ToList())
            RemoveShareElements(child);
        RemoveAll(article, "iframe", "input", "textarea", "select", "button");
        RemoveNegativeHeaders(article);
        CleanConditionally(article, "table");
        CleanConditionally(article, "ul");
        CleanConditionally(article, "div");
        foreach (var paragraph in article.GetElementsByTagName("p").ToList())
        {
            if (paragraph.QuerySelector("img, embed, object, iframe") is null && ElementText.Length(paragraph) == 0)
                paragraph.Remove();
        }
        foreach (var br in article.GetElementsByTagName("br").ToList())
        {
            if (br.Parent is not { } parent) continue;
            var siblings = DomEdit.ChildList(parent);
            var index = siblings.FindIndex(n => ReferenceEquals(n, br)) + 1;
            while (index < siblings.Count && siblings[index] is not IElement && DomEdit.IsWhitespace(siblings[index])) index++;
            if (index < siblings.Count && siblings[index] is IElement { LocalName: "p" }) br.Remove();
        }
    }

    private static void RemoveAll(IElement root, params string[] tags)
    {
        foreach (var tag in tags)
            foreach (var element in root.GetElementsByTagName(tag).ToList())
                if (!IsQuoteLike(element)) element.Remove();
    }

    private static void RemoveShareElements(IElement top)
    {
        foreach (var element in top.QuerySelectorAll("*").ToList())
        {
            if (element.ParentElement is null) continue;
            if (ClassVocabulary.ShareElement().IsMatch(ClassVocabulary.Hint(element)) && ElementText.Length(element) < 500)
                element.Remove();
        }
    }

    private void RemoveNegativeHeaders(IElement article)
    {
        if (!_flags.HasFlag(GrabFlags.WeightClasses)) return;
        foreach (var header in article.QuerySelectorAll("h1, h2").ToList())
            if (ClassVocabulary.Weight(header) < 0) header.Remove();
    }

    private void CleanConditionally(IElement article, string tag)
    {
        if (!_flags.HasFlag(GrabFlags.CleanConditionally)) return;
        var elements = article.GetElementsByTagName(tag).ToList();
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var node = elements[i];
            if (node.ParentElement is null || !DomEdit.Contains(article, node)) continue;
            if (ShouldRemove(node, tag)) node.Remove();
        }
    }

    private bool ShouldRemove(IElement node, string tag)
    {
        if (tag == "table" && _dataTables.Contains(node)) return false;
        if (IsInsideDataTableOrCode(node)) return false;
        if (node.GetElementsByTagName("table").Any(_dataTables.Contains)) return false;
        if (IsQuoteLike(node)) return false;

        var textLength = ElementText.Length(node);
        var isList = tag is "ul" or "ol";
        if (!isList && textLength > 0)
        {
            var listLength = node.QuerySelectorAll("ul, ol").Sum(ElementText.Length);
            isList = listLength / (double)textLength > 0.9;
        }
        var weight = _flags.HasFlag(GrabFlags.WeightClasses) ? ClassVocabulary.Weight(node) : 0;
        if (weight < 0) return true;

        var text = ElementText.Normalized(node);
        if (ElementText.CommaCount(text) >= 10) return false;

        var paragraphs = DomEdit.Count(node, "p");
        var images = DomEdit.Count(node, "img");
        var listItems = DomEdit.Count(node, "li") - 100;
        var inputs = DomEdit.Count(node, "input");
        var headingDensity = TextDensity(node, HeadingTags, textLength);
        var embeds = DomEdit.Count(node, "object") + DomEdit.Count(node, "embed") + DomEdit.Count(node, "iframe");
        if (ClassVocabulary.AdOrLoadingWords().IsMatch(text)) return true;
        var linkDensity = ElementText.LinkDensity(node);
        var textDensity = TextDensity(node, TextishTags, textLength);
        var inFigure = DomEdit.HasAncestor(node, "figure", 0);

        var remove =
            (!inFigure && images > 1 && paragraphs / (double)images < 0.5)
            || (!isList && listItems > paragraphs)
            || inputs > paragraphs / 3
            || (!isList && !inFigure && headingDensity < 0.9 && text.Length < 25 && (images == 0 || images > 2) && linkDensity > 0)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (embeds == 1 && text.Length < 75) || embeds > 1
            || (images == 0 && textDensity == 0);

        if (isList && remove)
        {
            // An image gallery list (one image per item, nothing else) is content.
            foreach (var child in node.Children)
                if (DomEdit.ElementCount(child, 2) > 1) return true;
            if (DomEdit.Count(node, "li") == images) return false;
        }
        return remove;
    }

    private bool IsInsideDataTableOrCode(IElement node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "code") return true;
            if (parent.LocalName == "table" && _dataTables.Contains(parent)) return true;
        }
        return false;
    }

    private static double TextDensity(IElement node, string[] tags, int textLength)
    {
        if (textLength == 0) return 0;
        var inner = 0;
        foreach (var tag in tags)
            foreach (var child in node.GetElementsByTagName(tag))
                inner += ElementText.Length(child);
        return inner / (double)textLength;
    }
}
