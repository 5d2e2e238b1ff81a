using NewsHub.Web.Model;

namespace NewsHub.Web.DemoSite;

/// <summary>One demo outlet as a source to register: where its entry page lives under the demo root and how to tag it.</summary>
/// <param name="Slug">Also the outlet's folder under DemoSite/ and its path segment under the demo prefix.</param>
/// <param name="RelativeUrl">The feed or first listing page, relative to the outlet root.</param>
public sealed record DemoSource(
    string Name,
    string Slug,
    SourceKind Kind,
    string RelativeUrl,
    string CountryCode,
    string RegionSlug,
    int PageLimit,
    string Language = "en")
{
    /// <summary>The outlet root, e.g. http://127.0.0.1:5080/demo/steppe-times/ for demo root http://127.0.0.1:5080/demo/.</summary>
    public Uri SiteUrl(Uri demoRoot) => new(EnsureTrailingSlash(demoRoot), Slug + "/");

    /// <summary>The URL the scheduler polls: the feed or the first listing page.</summary>
    public Uri EntryUrl(Uri demoRoot) => new(SiteUrl(demoRoot), RelativeUrl);

    /// <summary>A new, enabled <see cref="Source"/> row that is due at once, so demo articles arrive right after start.</summary>
    public Source ToSource(Uri demoRoot, DateTimeOffset now) => new()
    {
        Name = Name,
        Slug = Slug,
        Kind = Kind,
        Url = EntryUrl(demoRoot).AbsoluteUri,
        SiteUrl = SiteUrl(demoRoot).AbsoluteUri,
        DefaultCountryCode = CountryCode,
        DefaultRegionSlug = RegionSlug,
        Language = Language,
        PageLimit = PageLimit,
        PollIntervalMinutes = 15,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
