using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Finds the next page of a listing, trying the clearest signals first: rel="next"; a link saying "Next", "Older",
/// "›" or "»" or classed "next"; a "Viewing results 1 - 6 of 76" count (next offset or page computed, the URL built
/// from the page's own pagination links); finally a link to page N+1 (?page=N, /page/N/, or a link whose text is N+1).
/// Returns null when there is no next page; never returns the page itself.
/// </summary>
internal static partial class PaginationFinder
{
    private static readonly HashSet<string> NextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "next", "next page", "older", "older posts", "older entries", "older articles", "older stories", "older news",
        "next results", "далее", "следующая", "следующая страница", "вперед", "вперёд", "sonraki", "növbəti", "weiter",
        "nächste", "suivant", "suivante", "siguiente", "keyingi", "келесі",
    };

    private static readonly HashSet<string> NextSymbols = new(StringComparer.Ordinal) { "›", "»", ">", "→", "⟩", "❯", ">>" };

    private static readonly string[] PageParameters = ["page", "p", "pg", "paged", "pagenum", "page_no", "pagenumber", "pageindex", "PAGEN_1"];
    private static readonly string[] OffsetParameters = ["start", "offset", "from", "skip", "limitstart", "first"];

    public static Uri? FindNext(ListingDocument page)
    {
        var anchors = page.Document.QuerySelectorAll("a[href]")
            .Select(a => (Element: a, Link: page.Resolve(a)))
            .Where(x => x.Link is not null && !page.IsListingItself(x.Link))
            .Select(x => (x.Element, Link: x.Link!))
            .ToList();

        var relNext = page.Document.QuerySelectorAll("link[rel~=next][href], a[rel~=next][href]")
            .Select(page.Resolve).FirstOrDefault(l => l is not null && !page.IsListingItself(l));
        if (relNext is not null) return relNext.Uri;

        var labelled = anchors.FirstOrDefault(x => SaysNext(x.Element));
        if (labelled.Link is not null) return labelled.Link.Uri;

        if (ResultsCount().Match(page.Document.Body?.TextContent ?? "") is { Success: true } count)
            return FromResultsCount(page, anchors.Select(a => a.Link).ToList(), count);

        return NumberedNext(page, anchors);
    }

    private static bool SaysNext(IElement anchor)
    {
        var text = TeaserText.Normalize(anchor.TextContent) ?? "";
        var words = Arrows().Replace(text, "").Trim();
        if (NextSymbols.Contains(text) || (words.Length > 0 && NextWords.Contains(words))) return true;
        var label = anchor.GetAttribute("aria-label") ?? anchor.GetAttribute("title") ?? "";
        if (label.Contains("next page", StringComparison.OrdinalIgnoreCase) || label.Equals("next", StringComparison.OrdinalIgnoreCase)) return true;
        // <a class="next page-numbers">, <li class="pager-next"><a>; not "next-post" or a carousel's "slick-next".
        return new[] { anchor, anchor.ParentElement }.Any(e => e is not null && e.ClassList.Any(c =>
            c.Contains("next", StringComparison.OrdinalIgnoreCase) && !NotPagination().IsMatch(c)));
    }

    /// <summary>"1 - 6 of 76": the next page starts after 6, unless 6 is the total.</summary>
    private static Uri? FromResultsCount(ListingDocument page, List<ResolvedLink> links, Match count)
    {
        var first = int.Parse(count.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(count.Groups["last"].Value, CultureInfo.InvariantCulture);
        var total = int.Parse(count.Groups["total"].Value, CultureInfo.InvariantCulture);
        if (last >= total || last < first) return null;
        var perPage = last - first + 1;
        var nextPage = last / perPage + 1;

        // The page's own pagination links say which parameter counts what: offsets (6, 12, 18) or pages (2, 3, 13).
        var listingPath = WithoutPageNumber(page.PageUrl);
        foreach (var link in links.Where(l => WithoutPageNumber(l.Uri) == listingPath))
        {
            foreach (var (name, value) in NumericParameters(link.Uri))
            {
                var isOffset = OffsetParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
                var isPage = PageParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
                if (!isOffset && !isPage) continue;
                // Offsets are 0-based (start=6) on most sites, 1-based (start=7) on some: the links show which.
                var oneBased = perPage > 1 && value % perPage == 1;
                var wanted = isOffset ? (oneBased ? last + 1 : last) : nextPage;
                return WithParameter(link.Uri, name, wanted);
            }
            if (PathPageNumber().Match(link.Uri.AbsolutePath) is { Success: true } path)
                return new Uri(link.Uri, PathPageNumber().Replace(link.Uri.AbsolutePath, $"/page/{nextPage}$2") + link.Uri.Query);
        }
        // No pagination links to learn from: the most common convention.
        return WithParameter(page.PageUrl, "page", nextPage);
    }

    private static Uri? NumberedNext(ListingDocument page, List<(IElement Element, ResolvedLink Link)> anchors)
    {
        var current = CurrentPageNumber(page.PageUrl);
        var wanted = (current + 1).ToString(CultureInfo.InvariantCulture);
        var pagePath = WithoutPageNumber(page.PageUrl);
        foreach (var (element, link) in anchors)
        {
            if (link.Uri.AbsolutePath.TrimEnd('/') == page.PageUrl.AbsolutePath.TrimEnd('/')
                && NumericParameters(link.Uri).Any(p => PageParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && p.Value == current + 1))
                return link.Uri;
            if (PathPageNumber().Match(link.Uri.AbsolutePath) is { Success: true } m && m.Groups[1].Value == wanted
                && WithoutPageNumber(link.Uri) == pagePath)
                return link.Uri;
        }
        // Last resort: a link inside a pagination block whose text is the next number.
        return anchors.FirstOrDefault(a => TeaserText.Normalize(a.Element.TextContent) == wanted
            && DomWalk.Closest(a.Element, e => e.LocalName == "nav" || e.GetAttribute("role") == "navigation"
                || (e.ClassName ?? "").Contains("pag", StringComparison.OrdinalIgnoreCase)) is not null).Link?.Uri;
    }

    /// <summary>The listing's path without a trailing /page/N: the same for every page of one listing.</summary>
    private static string WithoutPageNumber(Uri url) => PathPageNumber().Replace(url.AbsolutePath, "").TrimEnd('/');

    private static int CurrentPageNumber(Uri url)
    {
        var fromQuery = NumericParameters(url).Where(p => PageParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).Select(p => p.Value).FirstOrDefault();
        if (fromQuery > 0) return fromQuery;
        return PathPageNumber().Match(url.AbsolutePath) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
    }

    private static IEnumerable<(string Name, int Value)> NumericParameters(Uri url)
    {
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                yield return (Uri.UnescapeDataString(parts[0]), value);
        }
    }

    private static Uri WithParameter(Uri url, string name, int value)
    {
        var pairs = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Uri.UnescapeDataString(p.Split('=', 2)[0]).Equals(name, StringComparison.OrdinalIgnoreCase))
            .Append($"{Uri.EscapeDataString(name)}={value.ToString(CultureInfo.InvariantCulture)}");
        return new UriBuilder(url) { Query = string.Join('&', pairs), Fragment = "" }.Uri;
    }

    [GeneratedRegex(@"[›»>→⟩❯«‹<←]+")]
    private static partial Regex Arrows();

    [GeneratedRegex(@"post|article|story|slide|slick|swiper|carousel|gallery|video", RegexOptions.IgnoreCase)]
    private static partial Regex NotPagination();

    [GeneratedRegex(@"(?<first>\d{1,6})\s*[-–—]\s*(?<last>\d{1,6})\s+(?:of|из|/|von|sur|de)\s+(?<total>\d{1,7})", RegexOptions.IgnoreCase)]
    private static partial Regex ResultsCount();

    [GeneratedRegex(@"/page/(\d+)(/?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PathPageNumber();
}
