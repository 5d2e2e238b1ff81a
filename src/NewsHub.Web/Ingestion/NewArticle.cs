using NewsHub.Web.Model;
using NewsHub.Web.Tagging;

namespace NewsHub.Web.Ingestion;

/// <summary>A new article ready to store, with the tags computed for it (tagging is CPU work done before the store).</summary>
public sealed record NewArticle(Article Article, TagResult Tags);
