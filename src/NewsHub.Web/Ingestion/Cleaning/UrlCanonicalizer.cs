using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Cleaning;

/// <summary>
/// Turns the many spellings of an article URL into one string, the article's identity (<c>Article.Url</c>):
/// lower-case scheme and host (IDN hosts as punycode), no default port, no fragment, no tracking parameters, the
/// other parameters sorted, duplicate slashes collapsed, no trailing slash except the root, unreserved characters
/// unescaped and remaining escapes upper-case.
/// <para>
/// Deliberately NOT done: "www." is kept, because www.example.com and example.com can be different servers with
/// different content (a regional edition, an old CMS), and a rewritten host may not even resolve. When they are the
/// same site the fetcher's redirect gives one final URL, and a copy under a second URL is caught by the content hash
/// (<c>ArticleAlias</c>). Likewise AMP variants (/amp, ?amp=1, amp.example.com) are not guessed: the pattern differs
/// per CMS and a wrong guess would merge distinct pages; the extractor's rel="canonical" is the reliable signal.
/// </para>
/// </summary>
public static partial class UrlCanonicalizer
{
    // Parameters that identify a campaign, a click or a share, never the page.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "igshid", "igsh", "_ga", "_gl", "cmpid", "ncid", "ocid",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wt.mc_id", "s_cid",
        "sr_share", "xtor", "spm", "guccounter", "guce_referrer", "guce_referrer_sig", "rb_clickid", "__twitter_impression",
    };

    // Families: Google Analytics (utm_), AT Internet (at_medium, at_campaign…), Matomo (pk_, mtm_), HubSpot ads (hsa_).
    private static readonly string[] TrackingPrefixes = ["utm_", "at_", "pk_", "mtm_", "hsa_"];

    public static string Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) throw new ArgumentException($"Only absolute URLs have a canonical form: '{url}'.", nameof(url));

        var result = new StringBuilder(url.OriginalString.Length);
        result.Append(url.Scheme.ToLowerInvariant()).Append("://").Append(url.IdnHost.TrimEnd('.').ToLowerInvariant());
        if (!url.IsDefaultPort) result.Append(':').Append(url.Port);

        var path = NormalizeEscapes(DuplicateSlashes().Replace(url.AbsolutePath, "/"));
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        result.Append(path.Length == 0 ? "/" : path);

        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair))
            .Select(NormalizeEscapes)
            .OrderBy(pair => pair.Split('=', 2)[0], StringComparer.Ordinal)
            .ToList();
        if (query.Count > 0) result.Append('?').AppendJoin('&', query);
        return result.ToString();
    }

    /// <summary>
    /// Resolves <paramref name="raw"/> (absolute, or relative to <paramref name="baseUrl"/>) and canonicalises it.
    /// False for empty input, unparseable URLs and schemes other than http and https (mailto:, javascript:, ftp:…).
    /// </summary>
    public static bool TryCanonicalize(string? raw, Uri? baseUrl, out string canonical)
    {
        canonical = string.Empty;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        // Browsers drop tabs and newlines inside href values; so do we.
        var text = raw.Trim().Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal);

        Uri? url;
        // Checked by hand: on Unix, Uri treats "/path" as an absolute file:// URI.
        if (HasScheme().IsMatch(text)) Uri.TryCreate(text, UriKind.Absolute, out url);
        else if (baseUrl is { IsAbsoluteUri: true }) Uri.TryCreate(baseUrl, text, out url);
        else return false;

        if (url is null || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
            return false;
        canonical = Canonicalize(url);
        return true;
    }

    private static bool IsTracking(string pair)
    {
        var name = Uri.UnescapeDataString(pair.Split('=', 2)[0].Replace('+', ' '));
        return TrackingParameters.Contains(name)
            || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Unescapes %XX for unreserved characters (RFC 3986 §2.3) and upper-cases every other escape.</summary>
    private static string NormalizeEscapes(string text) => text.Contains('%')
        ? PercentEscape().Replace(text, m =>
        {
            var c = (char)Convert.ToInt32(m.Groups[1].Value, 16);
            return char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' ? c.ToString() : m.Value.ToUpperInvariant();
        })
        : text;

    [GeneratedRegex("/{2,}")]
    private static partial Regex DuplicateSlashes();

    [GeneratedRegex("%([0-9A-Fa-f]{2})")]
    private static partial Regex PercentEscape();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
