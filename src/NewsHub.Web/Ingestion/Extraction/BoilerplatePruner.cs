using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Cleans inside the chosen article container: blocks whose class/id name page furniture (related,
/// share, newsletter, ads…), short link-only blocks, hover cards inside sentences and promo or
/// dateline lines. Every class-based deletion is guarded (never a block holding much of the text,
/// prose paragraphs or quotes) and undone if it would strip almost the whole article.
/// </summary>
internal static class BoilerplatePruner
{
    private const double RollbackShare = 1.0 / 7;

    public static void Prune(IElement container)
    {
        RemoveHoverCards(container);
        var before = ElementText.Length(container);
        if (before == 0) return;

        var removed = new List<(IElement Element, INode Parent, INode? Next)>();
        foreach (var element in container.QuerySelectorAll("*").ToList())
        {
            if (!IsAttached(element, container)) continue;
            if (!IsFurniture(element, container, before)) continue;
            removed.Add((element, element.Parent!, NextNode(element)));
            element.Remove();
        }
        if (removed.Count > 0 && ElementText.Length(container) < before * RollbackShare)
        {
            for (var i = removed.Count - 1; i >= 0; i--)
            {
                var (element, parent, next) = removed[i];
                if (next is not null && ReferenceEquals(next.Parent, parent)) parent.InsertBefore(element, next);
                else parent.AppendChild(element);
            }
        }

        RemoveBoilerplateLines(container);
        RemoveLinkBlocks(container);
    }

    private static INode? NextNode(IElement element)
    {
        var siblings = DomEdit.ChildList(element.Parent!);
        var index = siblings.FindIndex(n => ReferenceEquals(n, element));
        return index + 1 < siblings.Count ? siblings[index + 1] : null;
    }

    private static bool IsAttached(IElement element, IElement container)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (ReferenceEquals(parent, container)) return true;
        return false;
    }

    private static bool IsFurniture(IElement element, IElement container, int containerLength)
    {
        var tag = element.LocalName;
        var semantic = tag is "aside" or "nav" or "form" or "footer" || element.GetAttribute("role") is "navigation" or "complementary";
        if (!semantic && !ClassVocabulary.Tokens(element).Any(ClassVocabulary.BoilerplateTokens.Contains)) return false;
        if (tag is "html" or "body" or "main" or "article" or "p" or "blockquote" or "a" or "img") return false;
        if (ArticleCleaner.IsQuoteLike(element) || element.QuerySelector("blockquote") is not null) return false;
        if (DomEdit.Count(element, "p") >= 3) return false;
        return ElementText.Length(element) <= containerLength * 0.3;
    }

    /// <summary>
    /// Person or topic hover cards sit inside sentences as spans full of links (and often a photo);
    /// browsers hide them, the DOM does not. Innermost spans are judged first.
    /// </summary>
    private static void RemoveHoverCards(IElement container)
    {
        var spans = container.GetElementsByTagName("span").ToList();
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var span = spans[i];
            if (span.ParentElement is null || span.Closest("p") is null) continue;
            var links = DomEdit.Count(span, "a");
            if (links < 2) continue;
            // A card is a compact run of links; a span that wraps whole paragraphs (br, blocks) is text.
            if (span.QuerySelector("br, p, div, li") is not null || ElementText.Length(span) > 600) continue;
            var hasImage = span.QuerySelector("img") is not null;
            var density = ElementText.LinkDensity(span);
            if ((hasImage && density >= 0.7) || (links >= 3 && density >= 0.9)) span.Remove();
        }
    }

    /// <summary>
    /// Short paragraphs and list items that are nothing but a link are teasers, not prose. When such
    /// blocks make up a large share of the article (deal lists, link round-ups) they are its content.
    /// </summary>
    private static void RemoveLinkBlocks(IElement container)
    {
        var blocks = container.QuerySelectorAll("p, li, div, h2, h3, h4, h5, h6, ul, ol").ToList();
        var linkBlocks = new List<IElement>();
        var paragraphs = 0;
        foreach (var block in blocks)
        {
            if (block.Closest("blockquote") is not null) continue;
            if (block.LocalName == "div" && DomEdit.HasBlockChild(block)) continue;
            if (block.LocalName is "p" or "li") paragraphs++;
            var length = ElementText.Length(block);
            if (length == 0 || block.GetElementsByTagName("a").Length == 0) continue;
            var limit = block.LocalName is "ul" or "ol" ? 1000 : 150;
            if (length < limit && ElementText.LinkDensity(block) >= 0.8) linkBlocks.Add(block);
        }
        var shortLinkParagraphs = linkBlocks.Count(b => b.LocalName is "p" or "li");
        var linksAreContent = paragraphs >= 8 && shortLinkParagraphs > 0.25 * paragraphs;
        foreach (var block in linkBlocks)
        {
            if (linksAreContent && block.LocalName is "p" or "li" or "ul" or "ol") continue;
            if (block.ParentElement is not null) block.Remove();
        }
    }

    private static void RemoveBoilerplateLines(IElement container)
    {
        foreach (var block in container.QuerySelectorAll("p, li, div, span, h2, h3, h4, h5, h6, strong, em, b").ToList())
        {
            if (block.ParentElement is null || block.Closest("blockquote") is not null) continue;
            if (block.LocalName is "div" or "span" or "strong" or "em" or "b" && DomEdit.HasBlockChild(block)) continue;
            var text = ElementText.Normalized(block);
            if (text.Length is 0 or > 200) continue;
            if (BoilerplateLines.IsBoilerplate(text, block, out var introducesLinks)) RemoveBlock(block, introducesLinks);
        }
    }

    /// <summary>
    /// An inline match takes its enclosing paragraph along when it is the paragraph's whole text; a
    /// teaser heading takes the link-only blocks right after it.
    /// </summary>
    private static void RemoveBlock(IElement block, bool withFollowingLinks)
    {
        var target = block;
        while (target.ParentElement is { } parent && !BlockTextWriter.IsBlock(target.LocalName)
               && ElementText.Length(parent) == ElementText.Length(target))
            target = parent;
        if (withFollowingLinks)
        {
            var next = DomEdit.NextElement(target);
            while (next is not null && IsLinkTeaser(next))
            {
                var after = DomEdit.NextElement(next);
                next.Remove();
                next = after;
            }
        }
        target.Remove();
    }

    private static bool IsLinkTeaser(IElement element)
    {
        var length = ElementText.Length(element);
        if (length == 0) return element.QuerySelector("img") is null;
        return length < 1000 && ElementText.LinkDensity(element) >= 0.8;
    }
}
