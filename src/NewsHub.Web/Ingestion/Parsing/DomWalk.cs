using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Ancestor and descendant tests by tag name. The listing heuristics ask them for every link on a page; AngleSharp
/// re-parses a CSS selector string on every Closest/QuerySelector call, which made a 300-teaser page take 0.5 s.
/// </summary>
internal static class DomWalk
{
    public static bool IsHeading(IElement e) => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The element itself or its nearest ancestor that satisfies <paramref name="test"/>.</summary>
    public static IElement? Closest(IElement element, Func<IElement, bool> test)
    {
        for (var current = element; current is not null; current = current.ParentElement)
            if (test(current)) return current;
        return null;
    }

    public static IEnumerable<IElement> Descendants(IElement element) => element.Descendants<IElement>();

    public static IElement? ClosestHeading(IElement element) => Closest(element, IsHeading);

    public static IElement? ClosestArticle(IElement element) => Closest(element, e => e.LocalName == "article");
}
