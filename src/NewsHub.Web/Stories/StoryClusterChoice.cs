namespace NewsHub.Web.Stories;

/// <summary>A candidate article already in a cluster.</summary>
public readonly record struct ClusterMember(long ClusterId, StorySignature Signature);

/// <summary>The cluster an article joins, or none (it starts its own), with the best match that decided it.</summary>
public readonly record struct StoryClusterChoice(long? ClusterId, long? MatchedArticleId, double Score)
{
    /// <summary>
    /// The cluster holding the article's best same-story match. Matching any one member is enough (a story grows
    /// as it develops: the teaser matches the report, the report the follow-up), which is why the similarity
    /// threshold, not the clustering step, carries the burden of keeping unrelated stories apart.
    /// </summary>
    public static StoryClusterChoice Choose(StorySignature article, IEnumerable<ClusterMember> candidates,
        StorySimilarity similarity, TermDocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(frequencies);
        return Choose(article, candidates, (a, b) => similarity.Compare(a, b, frequencies));
    }

    /// <param name="compare">How the article compares with a candidate (the clusterer passes one over its batch's precomputed vectors).</param>
    internal static StoryClusterChoice Choose(StorySignature article, IEnumerable<ClusterMember> candidates, Func<StorySignature, StorySignature, StoryMatch> compare)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidates);
        var best = new StoryClusterChoice(null, null, 0);
        foreach (var candidate in candidates)
        {
            if (candidate.Signature.ArticleId == article.ArticleId) continue;
            var match = compare(article, candidate.Signature);
            if (!match.IsSameStory || match.Score <= best.Score) continue;
            best = new StoryClusterChoice(candidate.ClusterId, candidate.Signature.ArticleId, match.Score);
        }
        return best;
    }
}
