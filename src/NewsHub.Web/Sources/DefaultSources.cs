using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>
/// Real regional outlets preconfigured on a fresh install. Without internet they fail, and the
/// scheduler's growing backoff keeps them quiet until they answer again.
/// </summary>
public static class DefaultSources
{
    public sealed record Entry(string Name, string Slug, SourceKind Kind, string Url, string SiteUrl, string? Country, string Region);

    public static IReadOnlyList<Entry> All { get; } =
    [
        new("AnewZ", "anewz", SourceKind.Feed, "https://anewz.tv/feed", "https://anewz.tv/", "AZ", "south-caucasus"),
        new("The Times of Central Asia", "times-of-central-asia", SourceKind.Feed, "https://timesca.com/feed/", "https://timesca.com/", null, "central-asia"),
        new("Eurasianet", "eurasianet", SourceKind.Feed, "https://eurasianet.org/rss.xml", "https://eurasianet.org/", null, "central-asia"),
        new("OC Media", "oc-media", SourceKind.Feed, "https://oc-media.org/feed/", "https://oc-media.org/", null, "south-caucasus"),
        new("Civil.ge", "civil-ge", SourceKind.Feed, "https://civil.ge/feed", "https://civil.ge/", "GE", "south-caucasus"),
    ];
}
