using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsHub.Web.Ingestion.Extraction;
using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Model;
using NewsHub.Web.Tagging;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// Steps 2–3 for one candidate: fetch the article page (or use a full-content feed item), extract
/// the clean article and tag it, ready for the store. Failures are outcomes, not exceptions.
/// Thread-safe: a pass prepares several candidates at once.
/// </summary>
public sealed class ArticleIngester(
    SourceFetcher fetcher, ArticleExtractor extractor, ArticleTagWriter tags, IOptions<IngestionOptions> options, TimeProvider clock)
{
    /// <param name="url">The candidate's canonical URL.</param>
    /// <param name="existing">The stored article of that URL, if any.</param>
    /// <param name="conditional">The stored validators of the URL, sent when the page is fetched again.</param>
    public async Task<PreparedCandidate> PrepareAsync(Source source, Candidate candidate, string url, ArticleStore.Existing? existing,
        FetchRequest? conditional, CancellationToken ct)
    {
        ExtractedArticle extracted;
        FetchResult? fetched = null;
        if (FeedText.Length(candidate.ContentHtml) >= options.Value.FullContentMinChars)
        {
            // A full-content feed: the item already is the article, no page fetch needed.
            extracted = extractor.ExtractFeedContent(candidate.ContentHtml!, FeedText.Plain(candidate.TeaserTitle), new Uri(url), source.Selectors);
            if (existing is not null && existing.ContentHash == Hash(extracted.Text)) return PreparedCandidate.Done(IngestOutcome.Unchanged(url, existing.Id));
        }
        else
        {
            var request = existing is null || conditional is null ? new FetchRequest(Accept: "text/html") : conditional with { Accept = "text/html" };
            fetched = await fetcher.FetchAsync(new Uri(url), request, ct);
            if (fetched.Status == FetchStatus.NotModified && existing is not null) return PreparedCandidate.Done(IngestOutcome.Unchanged(url, existing.Id));
            if (fetched.Status != FetchStatus.Ok) return PreparedCandidate.Done(IngestOutcome.Failed(url, fetched.Error ?? $"HTTP {fetched.HttpStatus}"));
            if (fetched.Text is null) return PreparedCandidate.Done(IngestOutcome.Failed(url, $"not a web page ({fetched.ContentType})"));
            try
            {
                extracted = extractor.Extract(fetched.Text, fetched.FinalUrl, source.Selectors);
            }
            catch (ArgumentException e)
            {
                return PreparedCandidate.Done(IngestOutcome.Failed(url, "extraction failed: " + e.Message));
            }
        }

        var title = BestTitle(extracted.Title, candidate.TeaserTitle);
        if (title is null) return PreparedCandidate.Done(IngestOutcome.Failed(url, "no headline found"));
        if (extracted.Text.Length < 80) return PreparedCandidate.Done(IngestOutcome.Failed(url, "no article text found on the page"));

        var now = clock.GetUtcNow();
        var article = new Article
        {
            SourceId = source.Id,
            Url = url,
            Title = Truncate(title, 500)!,
            Slug = Slugs.From(title),
            Byline = Truncate(extracted.Byline ?? candidate.Author, 300),
            Summary = Summary(extracted, candidate),
            BodyHtml = extracted.Html,
            BodyText = extracted.Text,
            LeadImageUrl = Truncate(extracted.LeadImage ?? candidate.ImageUrl, 2000),
            Language = Truncate(extracted.Language ?? source.Language, 20),
            SiteName = Truncate(extracted.SiteName ?? source.Name, 200),
            // A page without a date gets the feed's, then the moment we first saw it; never a future date.
            PublishedAt = Min(extracted.PublishedAt ?? candidate.PublishedAt ?? now, now),
            UpdatedAt = extracted.UpdatedAt,
            FetchedAt = now,
            ContentHash = Hash(extracted.Text),
        };
        // Tags are only needed for a new article here (an update re-tags against the stored rows); tagging is CPU work
        // better done now, in parallel with the other candidates, than in the store.
        var tagResult = existing is null ? tags.Tag(article, source) : TagResult.Empty;
        return new PreparedCandidate(url, null, article, tagResult, existing, fetched);
    }

    /// <summary>The page's own headline, unless it is missing; a listing teaser is only a fallback (it may be cut with "…").</summary>
    private static string? BestTitle(string? page, string? teaser)
    {
        var p = page?.Trim();
        var t = FeedText.Plain(teaser)?.Trim();
        if (string.IsNullOrEmpty(p)) return string.IsNullOrEmpty(t) ? null : t;
        return p;
    }

    private static string? Summary(ExtractedArticle extracted, Candidate candidate)
    {
        var text = extracted.Description ?? FeedText.Plain(candidate.TeaserSummary);
        if (string.IsNullOrWhiteSpace(text)) text = extracted.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return Truncate(text?.Trim(), 600);
    }

    /// <summary>SHA-256 of the text with whitespace folded: the same body under another URL is the same article.</summary>
    /// <remarks>
    /// Exactly <c>string.Join(' ', text.Split(null, RemoveEmptyEntries)).ToLowerInvariant()</c>, UTF-8, SHA-256 (every
    /// stored hash was made so), in pooled buffers instead of a string per word and three copies of the body.
    /// </remarks>
    internal static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var lower = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        byte[]? bytes = null;
        try
        {
            var n = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
                if (space) { folded[n++] = ' '; space = false; }
                folded[n++] = c;
            }
            var length = folded.AsSpan(0, n).ToLowerInvariant(lower);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            var count = Encoding.UTF8.GetBytes(lower.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<char>.Shared.Return(lower);
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string? Truncate(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];
}
