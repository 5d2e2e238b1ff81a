namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// What a section, tag or search-results page offers: its article links in page order, and the next page of the
/// listing (null on the last page). URLs are absolute but not canonicalised.
/// </summary>
public sealed record ListingPage(IReadOnlyList<ListingLink> Links, Uri? NextPageUrl);
