using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsHub.Tests.Comments;

/// <summary>What "renders inert" means for comment HTML, checked on the parsed DOM and on the raw text.</summary>
public static partial class InertHtml
{
    private static readonly HashSet<string> Allowed = ["p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a"];

    /// <summary>Problems found, empty when the HTML is inert.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        if (html.Contains("<script", StringComparison.OrdinalIgnoreCase)) problems.Add("contains <script");
        if (OnAttribute().IsMatch(html)) problems.Add("contains an on*= attribute");
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (!Allowed.Contains(element.LocalName)) problems.Add($"element <{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                if (element.LocalName == "a" && attribute.Name is "href" or "rel") continue;
                problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
            }
            if (element.LocalName == "a")
            {
                var href = element.GetAttribute("href") ?? "";
                if (!href.StartsWith("http://", StringComparison.Ordinal) && !href.StartsWith("https://", StringComparison.Ordinal))
                    problems.Add($"link to {href}");
                if (element.GetAttribute("rel") != "nofollow ugc noopener") problems.Add("link without rel=nofollow ugc noopener");
            }
        }
        return problems;
    }

    // An attribute named on… inside a tag: "<x onerror=" — text outside tags ("onerror=" typed in prose) is escaped and fine.
    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex OnAttribute();
}
