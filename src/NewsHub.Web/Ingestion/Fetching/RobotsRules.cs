using System.Globalization;
using System.Text;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// The part of a robots.txt that applies to one crawler (RFC 9309): the rules of every group naming our product
/// token, or else of the "*" groups. Longest matching pattern wins; on a tie Allow wins. Patterns may use "*"
/// (any characters) and a trailing "$" (end of URL).
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([], null, []);

    private readonly IReadOnlyList<RobotsRule> _rules;

    private RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>Crawl-delay of the chosen group, if it had a valid one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs listed anywhere in the file (they belong to no group).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public int RuleCount => _rules.Count;

    public static RobotsRules Parse(string robotsTxt, string productToken)
    {
        var ourGroups = new GroupCollector();
        var anyGroups = new GroupCollector();
        var sitemaps = new List<string>();
        var agents = new List<string>();
        var groupHasRules = false;

        foreach (var rawLine in robotsTxt.Split('\n'))
        {
            var line = StripComment(rawLine).Trim().TrimStart('\uFEFF');
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    // A user-agent line after rules starts a new group; consecutive ones share a group.
                    if (groupHasRules) { agents.Clear(); groupHasRules = false; }
                    agents.Add(AgentToken(value));
                    break;
                case "allow" or "disallow" or "crawl-delay":
                    groupHasRules = true;
                    if (agents.Count == 0) break; // rules before any user-agent line belong to nobody
                    var collector = agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)) ? ourGroups
                        : agents.Contains("*") ? anyGroups : null;
                    collector?.Add(key, value);
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    break;
            }
        }
        var chosen = ourGroups.Seen ? ourGroups : anyGroups;
        return new RobotsRules(chosen.Rules, chosen.CrawlDelay, sitemaps);
    }

    /// <summary>Whether we may fetch this URL. /robots.txt itself is always allowed.</summary>
    public bool IsAllowed(Uri url)
    {
        if (_rules.Count == 0 || url.AbsolutePath == "/robots.txt") return true;
        var path = NormaliseEscapes(url.PathAndQuery);
        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path)) continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length ||
                (rule.Pattern.Length == best.Pattern.Length && rule.Allow && !best.Allow))
                best = rule;
        }
        return best?.Allow ?? true;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    // "Googlebot/2.1 (+http://...)" names the product "Googlebot".
    private static string AgentToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-' or '*')) end++;
        return value[..end];
    }

    private sealed class GroupCollector
    {
        public List<RobotsRule> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; private set; }
        public bool Seen { get; private set; }

        public void Add(string key, string value)
        {
            Seen = true;
            switch (key)
            {
                case "allow" when value.Length > 0:
                    Rules.Add(new RobotsRule(NormaliseEscapes(value), Allow: true));
                    break;
                case "disallow" when value.Length > 0: // "Disallow:" with no path allows everything
                    Rules.Add(new RobotsRule(NormaliseEscapes(value), Allow: false));
                    break;
                case "crawl-delay":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) &&
                        seconds >= 0 && seconds < 86_400)
                        CrawlDelay = TimeSpan.FromSeconds(Math.Max(seconds, CrawlDelay?.TotalSeconds ?? 0));
                    break;
            }
        }
    }

    /// <summary>
    /// URLs reach us percent-encoded (Uri.PathAndQuery) while robots.txt authors write either form: encode
    /// non-ASCII characters and upper-case the hex digits of escapes on both sides so "/città" matches "/citt%c3%a0".
    /// </summary>
    internal static string NormaliseEscapes(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (ch >= 0x80) builder.Append(Uri.EscapeDataString(ch.ToString()));
            else if (ch == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else builder.Append(ch);
        }
        return builder.ToString();
    }
}

/// <summary>One Allow or Disallow line.</summary>
internal sealed record RobotsRule(string Pattern, bool Allow)
{
    /// <summary>Glob match of the whole path against the pattern; without a trailing '$' the pattern is a prefix.</summary>
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern + "*";
        // Greedy matching that backtracks only to the last '*': linear-ish, never exponential on hostile files.
        int p = 0, i = 0, star = -1, starMatch = 0;
        while (i < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*') { star = p++; starMatch = i; }
            else if (p < pattern.Length && pattern[p] == path[i]) { p++; i++; }
            else if (star >= 0) { p = star + 1; i = ++starMatch; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
