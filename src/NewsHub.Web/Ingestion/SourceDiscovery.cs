using Microsoft.Extensions.Options;
using NewsHub.Web.Ingestion.Cleaning;
using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Ingestion.Parsing;
using NewsHub.Web.Model;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// Step 1 of a pass: fetch what the source points at (a feed, listing pages, a news sitemap) and
/// turn it into article candidates. A 304 on the entry point means nothing new: no candidates.
/// </summary>
public sealed class SourceDiscovery(
    SourceFetcher fetcher, HttpValidators validators, FeedParser feeds, ListingParser listings, SitemapParser sitemaps,
    IOptions<IngestionOptions> options)
{
    /// <param name="Entry">The entry point's response; its validators are saved only after the whole pass succeeded,
    /// so a pass cut short (crash, failed articles) is retried in full instead of being skipped by a 304.</param>
    public sealed record Result(IReadOnlyList<Candidate> Candidates, bool NotModified, FetchResult? Entry = null);

    /// <summary>Throws <see cref="SourceFailedException"/> when the source itself cannot be read.</summary>
    /// <param name="conditional">False for a dry run ("test this source"): the stored validators are not sent, so an
    /// unchanged entry page is read again instead of answering 304.</param>
    public async Task<Result> DiscoverAsync(Source source, CancellationToken ct, bool conditional = true) => source.Kind switch
    {
        SourceKind.Feed => await FromFeedAsync(source, conditional, ct),
        SourceKind.Listing => await FromListingAsync(source, conditional, ct),
        SourceKind.Sitemap => await FromSitemapAsync(source, conditional, ct),
        _ => throw new SourceFailedException($"Unknown source kind {source.Kind}", transient: false, null),
    };

    private async Task<Result> FromFeedAsync(Source source, bool conditional, CancellationToken ct)
    {
        var (fetched, notModified) = await FetchEntryAsync(source.Url, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5", conditional, ct);
        if (notModified) return new Result([], true);
        ParsedFeed feed;
        try
        {
            feed = feeds.Parse(fetched.Text ?? "", fetched.FinalUrl);
        }
        catch (FeedParseException e)
        {
            throw new SourceFailedException($"Not a readable feed: {e.Message}", transient: false, null);
        }
        var candidates = feed.Items.Select(i => new Candidate(i.Url, i.Title, i.SummaryHtml, i.PublishedAt ?? i.UpdatedAt, i.ImageUrl, i.Author, i.ContentHtml)).ToList();
        return new Result(candidates, false, fetched);
    }

    private async Task<Result> FromListingAsync(Source source, bool conditional, CancellationToken ct)
    {
        var candidates = new List<Candidate>();
        FetchResult? entry = null;
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        Uri? page = new(source.Url);
        for (var n = 0; page is not null && n < Math.Max(1, source.PageLimit) && seenPages.Add(UrlCanonicalizer.Canonicalize(page)); n++)
        {
            // Only the first page is fetched conditionally: if it has not changed, the older pages have not either.
            var (fetched, notModified) = n == 0
                ? await FetchEntryAsync(page.AbsoluteUri, "text/html", conditional, ct)
                : (await FetchPageAsync(page, ct), false);
            if (notModified) return new Result([], true);
            ListingPage parsed;
            try
            {
                parsed = listings.Parse(fetched.Text ?? "", fetched.FinalUrl, source.Selectors.ArticleLinks);
            }
            catch (ArgumentException e)
            {
                throw new SourceFailedException($"The source's article-link selector is invalid: {e.Message}", transient: false, null);
            }
            candidates.AddRange(parsed.Links.Select(l => new Candidate(l.Url, l.Title, l.Summary, null, null, null, null)));
            if (n == 0) entry = fetched;
            page = parsed.NextPageUrl;
        }
        return new Result(candidates, false, entry);
    }

    private async Task<Result> FromSitemapAsync(Source source, bool conditional, CancellationToken ct)
    {
        var (fetched, notModified) = await FetchEntryAsync(source.Url, "application/xml, text/xml;q=0.9, */*;q=0.5", conditional, ct);
        if (notModified) return new Result([], true);
        var document = ParseSitemap(fetched);
        var entries = document.Entries.ToList();
        // An index: follow its most recently modified children.
        foreach (var child in document.ChildSitemaps.OrderByDescending(c => c.LastModified ?? DateTimeOffset.MinValue).Take(options.Value.MaxChildSitemaps))
        {
            var childFetch = await FetchPageAsync(new Uri(child.Url), ct);
            entries.AddRange(ParseSitemap(childFetch).Entries);
        }
        var candidates = entries.OrderByDescending(e => e.NewsPublishedAt ?? e.LastModified ?? DateTimeOffset.MinValue)
            .Select(e => new Candidate(e.Url, e.NewsTitle, null, e.NewsPublishedAt ?? e.LastModified, e.ImageUrl, null, null)).ToList();
        return new Result(candidates, false, fetched);
    }

    private SitemapDocument ParseSitemap(FetchResult fetched)
    {
        try
        {
            return sitemaps.Parse(fetched.Text ?? "", fetched.FinalUrl);
        }
        catch (SitemapParseException e)
        {
            throw new SourceFailedException($"Not a readable sitemap: {e.Message}", transient: false, null);
        }
    }

    private async Task<(FetchResult Result, bool NotModified)> FetchEntryAsync(string url, string accept, bool conditional, CancellationToken ct)
    {
        var request = conditional ? await validators.RequestFor(url, ct, accept) : new FetchRequest(Accept: accept);
        var result = await fetcher.FetchAsync(new Uri(url), request, ct);
        if (result.Status == FetchStatus.NotModified) return (result, true);
        return (Ensure(result), false);
    }

    private async Task<FetchResult> FetchPageAsync(Uri url, CancellationToken ct) => Ensure(await fetcher.FetchAsync(url, null, ct));

    private static FetchResult Ensure(FetchResult result) =>
        result.Status == FetchStatus.Ok ? result
            : throw new SourceFailedException($"{result.RequestedUrl}: {result.Error ?? "HTTP " + result.HttpStatus}", result.Transient, result.RetryAfter);
}

/// <summary>The source as a whole could not be read this pass (recorded on the source row, retried with backoff).</summary>
public sealed class SourceFailedException(string message, bool transient, DateTimeOffset? retryAfter) : Exception(message)
{
    public bool Transient { get; } = transient;
    public DateTimeOffset? RetryAfter { get; } = retryAfter;
}
