using NewsHub.Web.Model;

namespace NewsHub.Web.DemoSite;

/// <summary>The demo outlets shipped in DemoSite/, as sources the app registers on start so a fresh install has news to show.</summary>
public static class DemoSiteCatalog
{
    public static IReadOnlyList<DemoSource> Sources { get; } =
    [
        // AnewZ-like article pages, discovered through an RSS 2.0 feed.
        new("Caspian Daily", "caspian-daily", SourceKind.Feed, "feed.xml", "AZ", "south-caucasus", PageLimit: 1),
        // Times of Central Asia-like site without a feed: scraped through its paginated results listing.
        new("The Steppe Times", "steppe-times", SourceKind.Listing, "results/", "KZ", "central-asia", PageLimit: 3),
    ];

    /// <summary>The demo root under an app base URL: (http://127.0.0.1:5080/, "/demo") gives http://127.0.0.1:5080/demo/.</summary>
    public static Uri DemoRoot(Uri appBase, string prefix = DemoSiteEndpoints.DefaultPrefix)
    {
        // Relative resolution keeps a path base the app may run under (http://host/newshub/ + demo).
        var root = appBase.AbsolutePath.EndsWith('/') ? appBase : new Uri(appBase.AbsoluteUri + "/");
        var trimmed = prefix.Trim('/');
        return trimmed.Length == 0 ? root : new Uri(root, trimmed + "/");
    }
}
