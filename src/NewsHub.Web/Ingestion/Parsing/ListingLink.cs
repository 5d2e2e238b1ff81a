namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// An article teaser on a listing page. <see cref="Title"/> is the teaser's text as shown, which sites often cut
/// ("… Tehran’s nuclear programme. However, dispute..."): it is kept as is; the article page has the full title.
/// </summary>
public sealed record ListingLink(string Url, string? Title, string? Summary);
