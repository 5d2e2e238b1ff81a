using System.Diagnostics;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Extraction;
using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Model;
using NewsHub.Web.Tagging;

namespace NewsHub.Web.Sources;

/// <summary>
/// A dry run of a source that need not be saved: discovery, then fetch, extraction and tagging of the first few
/// candidates, exactly as a pass would do them, but nothing is written (not even HTTP validators: the entry page is
/// fetched unconditionally so an unchanged page still shows what it holds).
/// </summary>
public sealed class SourceTester(SourceDiscovery discovery, SourceFetcher fetcher, ArticleExtractor extractor, ArticleTagger tagger)
{
    public const int Sample = 5;

    public async Task<SourceTestReport> TestAsync(Source source, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        SourceDiscovery.Result found;
        try
        {
            found = await discovery.DiscoverAsync(source, ct, conditional: false);
        }
        catch (SourceFailedException e)
        {
            return new SourceTestReport(e.Message, 0, [], Elapsed(started));
        }
        var candidates = found.Candidates.DistinctBy(c => c.Url, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
            return new SourceTestReport("The source was read, but it points at no articles. For a listing page, try an article-link selector.", 0, [], Elapsed(started));
        var items = new List<SourceTestReport.Item>();
        foreach (var candidate in candidates.Take(Sample)) items.Add(await TryAsync(source, candidate, ct));
        return new SourceTestReport(null, candidates.Count, items, Elapsed(started));
    }

    private async Task<SourceTestReport.Item> TryAsync(Source source, Candidate candidate, CancellationToken ct)
    {
        if (!Uri.TryCreate(candidate.Url, UriKind.Absolute, out var url)) return Failed(candidate.Url, "not an absolute URL");
        var fetched = await fetcher.FetchAsync(url, new FetchRequest(Accept: "text/html"), ct);
        if (fetched.Status != FetchStatus.Ok) return Failed(candidate.Url, fetched.Error ?? $"HTTP {fetched.HttpStatus}");
        if (fetched.Text is null) return Failed(candidate.Url, $"not a web page ({fetched.ContentType})");
        ExtractedArticle article;
        try
        {
            article = extractor.Extract(fetched.Text, fetched.FinalUrl, source.Selectors);
        }
        catch (ArgumentException e)
        {
            return Failed(candidate.Url, "extraction failed: " + e.Message);
        }
        var title = string.IsNullOrWhiteSpace(article.Title) ? candidate.TeaserTitle : article.Title;
        var paragraphs = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3)
            .Select(p => p.Length > 400 ? p[..400] + "…" : p).ToList();
        var tags = tagger.Tag(new TaggingInput(title ?? "", article.Description, article.Text, source.DefaultCountryCode, source.DefaultRegionSlug));
        string? problem = title is null ? "no headline found" : article.Text.Length < 80 ? "no article text found on the page" : null;
        return new SourceTestReport.Item(article.Url, title, article.Byline ?? candidate.Author, article.PublishedAt ?? candidate.PublishedAt,
            article.LeadImage ?? candidate.ImageUrl, paragraphs,
            tags.Countries.Select(c => c.IsPrimary ? c.Name + " (primary)" : c.Name).ToList(), tags.Regions.Select(r => r.Name).ToList(), problem);
    }

    private static SourceTestReport.Item Failed(string url, string error) => new(url, null, null, null, null, [], [], [], error);

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
