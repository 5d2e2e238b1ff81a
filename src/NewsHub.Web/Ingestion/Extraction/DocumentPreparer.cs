using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Whole-page clean-up before any scoring: non-content markup, hidden elements, dialogs and image
/// captions go; lazy images get a real src. Everything here is safe on any page, so it runs once.
/// </summary>
internal static partial class DocumentPreparer
{
    private const string NonContentSelector =
        "script, style, noscript, template, svg, iframe, button, select, input, textarea, dialog, object, embed, canvas, " +
        "audio, video, map, link, meta, math, frame, frameset, label, option";

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"\.(jpe?g|png|webp|gif|avif)(\?|$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageUrl();

    public static void Prepare(IDocument document)
    {
        var body = document.Body;
        if (body is null) return;
        FixLazyImages(body);
        foreach (var element in body.QuerySelectorAll(NonContentSelector).ToList()) element.Remove();
        RemoveHidden(body);
        RemoveCaptions(body);
        RemoveComments(body);
    }

    private static void RemoveHidden(IElement body)
    {
        var pending = new Stack<IElement>();
        pending.Push(body);
        while (pending.TryPop(out var node))
        {
            if (!ReferenceEquals(node, body) && IsHidden(node)) { node.Remove(); continue; }
            foreach (var child in DomEdit.ChildList(node))
                if (child is IElement element) pending.Push(element);
        }
    }

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") == "true" && !(element.ClassName ?? "").Contains("fallback-image", StringComparison.Ordinal)) return true;
        if (element.GetAttribute("aria-modal") == "true" && element.GetAttribute("role") == "dialog") return true;
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>
    /// Captions and credits are never article text. A figure keeps only its images (the body HTML
    /// still shows them) unless it wraps a table or a quote, which are content.
    /// </summary>
    private static void RemoveCaptions(IElement body)
    {
        foreach (var caption in body.GetElementsByTagName("figcaption").ToList()) caption.Remove();
        foreach (var figure in body.GetElementsByTagName("figure").ToList())
        {
            if (figure.ParentElement is null || figure.QuerySelector("table, blockquote, pre, p ~ p") is not null) continue;
            var images = figure.GetElementsByTagName("img").ToList();
            foreach (var child in figure.ChildNodes.ToList()) child.RemoveFromParent();
            foreach (var image in images) figure.AppendChild(image);
            if (images.Count == 0) figure.Remove();
        }
        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.ParentElement is null || !IsCaption(element)) continue;
            element.Remove();
        }
    }

    private static bool IsCaption(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article" or "img" or "blockquote") return false;
        var matches = ClassVocabulary.RawTokens(element).Any(ClassVocabulary.CaptionTokens.Contains)
            || ClassVocabulary.Tokens(element).Any(IsCaptionToken);
        if (!matches) return false;
        // Guards: a caption is short and never holds paragraphs of prose or quotes.
        return element.QuerySelector("blockquote") is null && DomEdit.Count(element, "p") < 3 && ElementText.Length(element) < 400;
    }

    /// <summary>"caption", "credit", and camel-case compounds such as newsCaption or imageEmbedCredit.</summary>
    private static bool IsCaptionToken(string token) =>
        token.EndsWith("caption", StringComparison.OrdinalIgnoreCase) || token.EndsWith("credit", StringComparison.OrdinalIgnoreCase)
        || token.EndsWith("credits", StringComparison.OrdinalIgnoreCase) || token.StartsWith("caption", StringComparison.OrdinalIgnoreCase);

    /// <summary>Comment threads are not the article; the prompt to comment neither.</summary>
    private static void RemoveComments(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("#comments, #disqus_thread, .comments, .comment-list, .commentlist, #respond").ToList())
        {
            if (element.ParentElement is null || element.LocalName is "body" or "main" or "article") continue;
            element.Remove();
        }
    }

    /// <summary>Lazy-loading images keep the real address in a data attribute; a placeholder src is replaced.</summary>
    private static void FixLazyImages(IElement body)
    {
        foreach (var image in body.GetElementsByTagName("img"))
        {
            var src = image.GetAttribute("src");
            var placeholder = string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
            if (!placeholder) continue;
            foreach (var name in new[] { "data-src", "data-lazy-src", "data-original", "data-url", "data-lazy" })
            {
                var value = image.GetAttribute(name);
                if (!string.IsNullOrWhiteSpace(value)) { image.SetAttribute("src", value.Trim()); placeholder = false; break; }
            }
            if (!placeholder) continue;
            foreach (var attribute in image.Attributes)
            {
                if (attribute.Name is "src" || !ImageUrl().IsMatch(attribute.Value)) continue;
                var first = attribute.Value.Trim().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0];
                image.SetAttribute("src", first);
                break;
            }
        }
    }
}
