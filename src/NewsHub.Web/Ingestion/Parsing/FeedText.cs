using System.Net;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Turns the HTML that feeds put in titles and author names into plain text.</summary>
internal static partial class FeedText
{
    /// <summary>Strips tags, decodes entities (twice-encoded ones too) and collapses whitespace; null when nothing is left.</summary>
    public static string? ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = html;
        // Two rounds: feeds often escape already-escaped titles ("&amp;amp;" or "&lt;b&gt;" inside CDATA).
        for (var round = 0; round < 2 && (text.Contains('<') || text.Contains('&')); round++)
            text = WebUtility.HtmlDecode(Tag().Replace(text, m => m.Groups["block"].Success ? " " : ""));
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Plain text made safe to place in an HTML field (Atom type="text").</summary>
    public static string? PlainToHtml(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : WebUtility.HtmlEncode(text.Trim());

    /// <summary>The src of the first &lt;img&gt; in an HTML fragment, if any.</summary>
    public static string? FirstImageSource(string? html)
    {
        if (html is null || !html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return null;
        var m = ImageSource().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups["src"].Value) : null;
    }

    // A tag starts with a letter, '/' or '!': "5 < 6 and 7 > 3" is text, not a tag. Block tags separate words;
    // inline ones must not ("<em>Analysis</em>: ..." stays "Analysis: ...").
    [GeneratedRegex(@"<!--.*?-->|</?(?:(?<block>(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr)\b)|[A-Za-z])[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<img\b[^>]*?\ssrc\s*=\s*(?:""(?<src>[^""]+)""|'(?<src>[^']+)'|(?<src>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();
}
