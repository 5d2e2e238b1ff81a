using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>The add/edit form of a source, as posted. <see cref="Validate"/> reports every problem by field, in words an editor can act on.</summary>
public sealed class SourceForm
{
    public SourceKind Kind { get; set; } = SourceKind.Feed;
    public string? Url { get; set; }
    public string? Name { get; set; }
    public string? SiteUrl { get; set; }
    public int PollIntervalMinutes { get; set; } = 30;
    public string? DefaultCountryCode { get; set; }
    public string? DefaultRegionSlug { get; set; }
    public string? Language { get; set; }
    public int PageLimit { get; set; } = 3;
    public bool Enabled { get; set; } = true;
    public string? ArticleLinksSelector { get; set; }
    public string? TitleSelector { get; set; }
    public string? BodySelector { get; set; }
    public string? DateSelector { get; set; }
    public string? BylineSelector { get; set; }
    public string? RemoveSelector { get; set; }

    public static SourceForm From(Source s) => new()
    {
        Kind = s.Kind, Url = s.Url, Name = s.Name, SiteUrl = s.SiteUrl, PollIntervalMinutes = s.PollIntervalMinutes,
        DefaultCountryCode = s.DefaultCountryCode, DefaultRegionSlug = s.DefaultRegionSlug, Language = s.Language, PageLimit = s.PageLimit,
        Enabled = s.Enabled, ArticleLinksSelector = s.Selectors.ArticleLinks, TitleSelector = s.Selectors.Title, BodySelector = s.Selectors.Body,
        DateSelector = s.Selectors.Date, BylineSelector = s.Selectors.Byline, RemoveSelector = s.Selectors.Remove,
    };

    /// <summary>Problems by field name; empty when the form can be saved. Country and region must be among <paramref name="countries"/> and <paramref name="regions"/>.</summary>
    public Dictionary<string, string> Validate(IReadOnlySet<string> countries, IReadOnlySet<string> regions)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Enum.IsDefined(Kind)) errors[nameof(Kind)] = "Choose a feed, a listing page or a sitemap.";
        if (string.IsNullOrWhiteSpace(Url)) errors[nameof(Url)] = "Enter the address of the feed, listing page or sitemap.";
        else if (!IsHttpUrl(Url)) errors[nameof(Url)] = $"“{Url.Trim()}” is not a web address: it must start with http:// or https://.";
        else if (Url.Trim().Length > 2000) errors[nameof(Url)] = "The address is longer than 2,000 characters.";
        if (!string.IsNullOrWhiteSpace(SiteUrl) && !IsHttpUrl(SiteUrl)) errors[nameof(SiteUrl)] = "The site address must start with http:// or https://.";
        if (string.IsNullOrWhiteSpace(Name)) errors[nameof(Name)] = "Give the source a name readers will recognise.";
        else if (Name.Trim().Length > 200) errors[nameof(Name)] = "The name is longer than 200 characters.";
        if (PollIntervalMinutes is < 5 or > 1440) errors[nameof(PollIntervalMinutes)] = "Poll every 5 to 1,440 minutes.";
        if (PageLimit is < 1 or > 20) errors[nameof(PageLimit)] = "Follow 1 to 20 listing pages.";
        var country = Trimmed(DefaultCountryCode)?.ToUpperInvariant();
        if (country is not null && !countries.Contains(country)) errors[nameof(DefaultCountryCode)] = $"“{country}” is not a known country code (ISO 3166-1, e.g. KZ).";
        var region = Trimmed(DefaultRegionSlug);
        if (region is not null && !regions.Contains(region)) errors[nameof(DefaultRegionSlug)] = $"“{region}” is not a known region.";
        var language = Trimmed(Language);
        if (language is not null && (language.Length > 20 || !language.All(c => char.IsAsciiLetter(c) || c == '-')))
            errors[nameof(Language)] = "Use a language code such as en, ru or kk.";
        foreach (var (field, selector) in SelectorFields())
            if (Trimmed(selector) is { } s && SelectorProblem(s) is { } problem) errors[field] = problem;
        return errors;
    }

    /// <summary>The source this form describes (new, not saved); <see cref="ApplyTo"/> for an existing one.</summary>
    public Source ToSource(string slug, DateTimeOffset now)
    {
        var source = new Source { Name = "", Slug = slug, Url = "", CreatedAt = now, NextAttemptAt = now };
        ApplyTo(source);
        return source;
    }

    public void ApplyTo(Source s)
    {
        s.Kind = Kind;
        s.Url = NormalizedUrl(Url!);
        s.Name = Name!.Trim();
        s.SiteUrl = Trimmed(SiteUrl) is { } site ? NormalizedUrl(site) : new Uri(new Uri(s.Url), "/").AbsoluteUri;
        s.PollIntervalMinutes = PollIntervalMinutes;
        s.DefaultCountryCode = Trimmed(DefaultCountryCode)?.ToUpperInvariant();
        s.DefaultRegionSlug = Trimmed(DefaultRegionSlug);
        s.Language = Trimmed(Language)?.ToLowerInvariant();
        s.PageLimit = PageLimit;
        s.Enabled = Enabled;
        s.Selectors = new SourceSelectors
        {
            ArticleLinks = Trimmed(ArticleLinksSelector), Title = Trimmed(TitleSelector), Body = Trimmed(BodySelector),
            Date = Trimmed(DateSelector), Byline = Trimmed(BylineSelector), Remove = Trimmed(RemoveSelector),
        };
    }

    public static string NormalizedUrl(string url) => new Uri(url.Trim()).AbsoluteUri;

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Length > 0;

    private IEnumerable<(string Field, string? Selector)> SelectorFields() =>
    [
        (nameof(ArticleLinksSelector), ArticleLinksSelector), (nameof(TitleSelector), TitleSelector), (nameof(BodySelector), BodySelector),
        (nameof(DateSelector), DateSelector), (nameof(BylineSelector), BylineSelector), (nameof(RemoveSelector), RemoveSelector),
    ];

    private static readonly IDocument Empty = new HtmlParser().ParseDocument("<html><body></body></html>");

    /// <summary>The selector engine the extractor uses decides: what it cannot parse is refused here, with its reason.</summary>
    internal static string? SelectorProblem(string selector)
    {
        if (selector.Length > 500) return "A selector is limited to 500 characters.";
        try
        {
            lock (Empty) Empty.QuerySelectorAll(selector);
            return null;
        }
        catch (DomException)
        {
            return $"“{selector}” is not a valid CSS selector.";
        }
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
