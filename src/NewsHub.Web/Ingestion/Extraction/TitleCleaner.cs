namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Removes the site name that pages append to (or put before) the headline in &lt;title&gt;.</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " :: ", " · ", " • "];

    /// <summary>Strips a separator-delimited part that names the site; otherwise keeps the title whole.</summary>
    public static string StripSiteName(string title, string? siteName, string host)
    {
        title = ElementText.Collapse(title);
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && NamesSite(title[(last + separator.Length)..], siteName, host))
                return title[..last].Trim();
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && NamesSite(title[..first], siteName, host))
                return title[(first + separator.Length)..].Trim();
        }
        return title;
    }

    /// <summary>For &lt;title&gt; with no known site name: drop the last separated part when what remains is a real headline.</summary>
    public static string StripTrailingSection(string title)
    {
        title = ElementText.Collapse(title);
        foreach (var separator in Separators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last <= 0) continue;
            var head = title[..last].Trim();
            var tail = title[(last + separator.Length)..];
            if (WordCount(head) >= 3 && WordCount(tail) <= 4) return head;
        }
        return title;
    }

    private static bool NamesSite(string part, string? siteName, string host)
    {
        var candidate = Squash(part);
        if (candidate.Length == 0) return false;
        if (siteName is not null && Squash(siteName) is { Length: > 0 } site && (candidate == site || candidate.Contains(site, StringComparison.Ordinal)))
            return true;
        var hostName = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        var dot = hostName.IndexOf('.', StringComparison.Ordinal);
        var domainWord = Squash(dot > 0 ? hostName[..dot] : hostName);
        return domainWord.Length > 2 && (candidate == domainWord || candidate == Squash(hostName));
    }

    private static string Squash(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
