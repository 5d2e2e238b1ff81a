using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Finds the article body by scoring, retrying with fewer heuristics when the result is too short
/// to be a whole article (short pages then get the longest of the attempts).
/// </summary>
internal static class BodyFinder
{
    private const int MinimumLength = 500;

    private static readonly GrabFlags[] Attempts =
    [
        GrabFlags.All,
        GrabFlags.WeightClasses | GrabFlags.CleanConditionally,
        GrabFlags.CleanConditionally,
        GrabFlags.None,
    ];

    public static IElement? Find(IDocument document, string? title, string? jsonLdBody)
    {
        IElement? longest = null;
        var longestLength = -1;
        foreach (var flags in Attempts)
        {
            var copy = (IDocument)document.Clone(deep: true);
            var article = new ContentGrabber(copy, flags, title).Grab();
            if (article is null) continue;
            BoilerplatePruner.Prune(article);
            var length = ElementText.Length(article);
            if (length >= MinimumLength) return article;
            if (length > longestLength) { longest = article; longestLength = length; }
        }
        return longestLength > 0 ? longest : null;
    }
}
