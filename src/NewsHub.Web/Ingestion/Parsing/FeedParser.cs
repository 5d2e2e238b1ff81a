namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Parses RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0/0.3 into <see cref="ParsedFeed"/>, tolerating what real feeds do
/// wrong (see <see cref="LenientXml"/> and <see cref="FeedDateParser"/>). Stateless and thread-safe.
/// Items without any usable link are skipped: an aggregator cannot show an article it cannot link to.
/// </summary>
public sealed class FeedParser
{
    /// <exception cref="FeedParseException">The document is not a feed (an HTML error page, broken XML, another XML format).</exception>
    public ParsedFeed Parse(string content, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (!feedUrl.IsAbsoluteUri) throw new ArgumentException("The feed URL must be absolute.", nameof(feedUrl));

        if (!LenientXml.TryLoad(content, out var document, out var error))
            throw new FeedParseException($"Cannot read the feed at {feedUrl}: {error}.");
        var root = document.Root!;
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" => RssFeedReader.ReadRss(root, feedUrl),
            "rdf" => RssFeedReader.ReadRdf(root, feedUrl),
            "feed" => AtomFeedReader.Read(root, feedUrl),
            var other => throw new FeedParseException(
                $"Cannot read the feed at {feedUrl}: the root element is <{other}>, not <rss>, <feed> or <rdf:RDF>."),
        };
    }
}
