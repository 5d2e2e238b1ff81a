using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Model;
using NewsHub.Web.Tagging;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// What fetching and extraction made of one candidate: either a final <see cref="Outcome"/> (unchanged, failed), or an
/// <see cref="Article"/> to store, new (<see cref="Existing"/> null, with its <see cref="Tags"/>) or an update.
/// </summary>
/// <param name="Fetched">The page's response, whose validators are remembered once the article is stored.</param>
public sealed record PreparedCandidate(string Url, IngestOutcome? Outcome, Article? Article, TagResult Tags,
    ArticleStore.Existing? Existing, FetchResult? Fetched)
{
    public static PreparedCandidate Done(IngestOutcome outcome) => new(outcome.Url, outcome, null, TagResult.Empty, null, null);
}
