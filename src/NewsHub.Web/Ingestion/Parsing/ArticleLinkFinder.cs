using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Finds article links on a listing page without a per-site selector. Every same-site link outside navigation,
/// header, footer, menus and share bars is scored: by URL shape (<see cref="ArticleUrlShape"/>), by position (inside
/// &lt;article&gt;, a heading, a teaser/card/item block), by its text (a headline has several words), and by
/// repetition (teasers share a URL pattern and a DOM position with their neighbours). Links to one URL are merged.
/// </summary>
internal static partial class ArticleLinkFinder
{
    private const int AcceptScore = 5;
    private const int ClusterSize = 3;

    public static List<ListingLink> Find(ListingDocument page)
    {
        var groups = new Dictionary<string, LinkGroup>(StringComparer.Ordinal);
        var order = new List<LinkGroup>();
        foreach (var anchor in page.Document.QuerySelectorAll("a[href]"))
        {
            if (page.Resolve(anchor) is not { } link || page.IsListingItself(link) || ArticleUrlShape.IsExcluded(link.Uri) || IsInChrome(anchor))
                continue;
            if (!groups.TryGetValue(link.Key, out var group))
            {
                group = new LinkGroup(link, ArticleUrlShape.Pattern(link.Uri));
                groups.Add(link.Key, group);
                order.Add(group);
            }
            group.Add(anchor, link, PositionScore(anchor), DomSignature(anchor));
        }

        // Teasers repeat: a URL pattern or a DOM position shared by several links marks a list of articles.
        var patternCounts = order.GroupBy(g => g.Pattern).ToDictionary(g => g.Key, g => g.Count());
        var signatureCounts = order.SelectMany(g => g.Signatures.Distinct()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var accepted = order.Where(g =>
        {
            var score = ArticleUrlShape.Score(g.Link.Uri) + g.BestPositionScore;
            if (patternCounts[g.Pattern] >= ClusterSize && g.Pattern.Contains('{')) score += 2;
            if (g.Signatures.Any(s => signatureCounts[s] >= ClusterSize)) score += 2;
            return score >= AcceptScore;
        }).ToList();

        var articleUnder = TeaserText.ArticleKeysUnder(accepted.SelectMany(g => g.Anchors.Select(a => (a, g.Link.Key))));
        return accepted.Select(g =>
        {
            var (anchor, link) = g.TitleAnchor();
            var block = TeaserText.BlockOf(anchor, parent =>
                articleUnder.TryGetValue(parent, out var only) && only != g.Link.Key);
            var title = TeaserText.TitleIn(block, anchor);
            // The title link's own URL: the image link beside it often carries tracking parameters.
            return new ListingLink(link.Url, title, TeaserText.SummaryIn(block, title));
        }).ToList();
    }

    private static int PositionScore(IElement anchor)
    {
        var score = 0;
        if (DomWalk.ClosestArticle(anchor) is not null) score += 2;
        if (DomWalk.ClosestHeading(anchor) is not null || DomWalk.Descendants(anchor).Any(DomWalk.IsHeading)) score += 3;
        if (Ancestors(anchor, 6).Any(e => TeaserClass().IsMatch(e.ClassName ?? ""))) score += 2;
        var words = TeaserText.WordCount(TeaserText.Normalize(anchor.TextContent));
        score += words >= 4 ? 2 : words >= 2 ? 0 : -1;
        return score;
    }

    /// <summary>Site navigation, page header and footer, menus, breadcrumbs, share bars, sidebars, pagination.</summary>
    private static bool IsInChrome(IElement anchor)
    {
        foreach (var e in Ancestors(anchor, int.MaxValue))
        {
            switch (e.LocalName)
            {
                case "nav" or "aside" or "menu":
                    return true;
                // A <header>/<footer> inside an article is the article's own (title, byline), not the page's.
                case "header" or "footer" when DomWalk.ClosestArticle(e) is null:
                    return true;
            }
            if (e.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "menu" or "menubar" or "complementary") return true;
            if (ChromeClass().IsMatch(e.ClassName ?? "") || ChromeId().IsMatch(e.Id ?? "")) return true;
        }
        return false;
    }

    /// <summary>Tag names and first class of the link's nearest ancestors: where on the page it sits, ignoring which one it is.</summary>
    private static string DomSignature(IElement anchor) =>
        string.Join('>', Ancestors(anchor, 4).Reverse().Append(anchor).Select(e =>
            e.ClassList.Length > 0 ? e.LocalName + "." + e.ClassList[0] : e.LocalName));

    internal static IEnumerable<IElement> Ancestors(IElement element, int max)
    {
        var current = element.ParentElement;
        for (var i = 0; i < max && current is not null && current.LocalName != "body"; i++, current = current.ParentElement)
            yield return current;
    }

    private sealed class LinkGroup(ResolvedLink link, string pattern)
    {
        private readonly List<(IElement Anchor, ResolvedLink Link)> _anchors = [];
        public ResolvedLink Link { get; } = link;
        public string Pattern { get; } = pattern;
        public List<string> Signatures { get; } = [];
        public IEnumerable<IElement> Anchors => _anchors.Select(a => a.Anchor);
        public int BestPositionScore { get; private set; } = int.MinValue;

        public void Add(IElement anchor, ResolvedLink resolved, int positionScore, string signature)
        {
            _anchors.Add((anchor, resolved));
            Signatures.Add(signature);
            BestPositionScore = Math.Max(BestPositionScore, positionScore);
        }

        /// <summary>The link inside a heading, else the one with the longest non-generic text (not the image link).</summary>
        public (IElement Anchor, ResolvedLink Link) TitleAnchor()
        {
            var inHeading = _anchors.FirstOrDefault(a => DomWalk.ClosestHeading(a.Anchor) is not null);
            return inHeading.Anchor is not null
                ? inHeading
                : _anchors.OrderByDescending(a => TeaserText.Normalize(a.Anchor.TextContent) is { } t && !TeaserText.IsGeneric(t) ? t.Length : 0).First();
        }
    }

    [GeneratedRegex(@"teaser|card|item|post|story|entry|news|article|result|headline|tile", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserClass();

    [GeneratedRegex(@"(^|\s)(nav|navigation|header|site-header|masthead|related)(\s|$)|menu|breadcrumb|share|sharing|social|sidebar|pagination|pager|footer|navbar|topbar|cookie|newsletter|subscribe", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeClass();

    [GeneratedRegex(@"^(nav|navigation|header|footer|menu|sidebar|masthead|comments)$|menu|breadcrumb|sidebar|footer", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeId();
}
