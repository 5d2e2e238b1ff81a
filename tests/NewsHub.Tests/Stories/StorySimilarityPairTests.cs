using NewsHub.Web.Stories;
using Xunit.Abstractions;

namespace NewsHub.Tests.Stories;

public class StorySimilarityPairTests(ITestOutputHelper output)
{
    private readonly StorySimilarity similarity = new(new StoryClusteringOptions());

    [Fact]
    public void Labelled_set_is_large_enough_and_has_both_kinds_of_pairs()
    {
        Assert.True(LabelledStoryPairs.Articles.Count >= 40, $"{LabelledStoryPairs.Articles.Count} articles");
        Assert.True(LabelledStoryPairs.Pairs.Count >= 60, $"{LabelledStoryPairs.Pairs.Count} pairs");
        Assert.True(LabelledStoryPairs.Pairs.Count(p => p.SameStory) >= 15);
        Assert.True(LabelledStoryPairs.Pairs.Count(p => !p.SameStory) >= 30);
    }

    [Fact]
    public void Pairwise_F1_on_labelled_pairs_is_at_least_0_90()
    {
        var signatures = LabelledStoryPairs.Signatures();
        var frequencies = LabelledStoryPairs.Frequencies(signatures.Values);
        var outcomes = new List<(bool, bool)>();
        foreach (var pair in LabelledStoryPairs.Pairs.OrderBy(p => !p.SameStory))
        {
            var match = similarity.Compare(signatures[pair.A], signatures[pair.B], frequencies);
            outcomes.Add((pair.SameStory, match.IsSameStory));
            var verdict = match.IsSameStory == pair.SameStory ? "ok  " : "MISS";
            output.WriteLine($"{verdict} {(pair.SameStory ? "same" : "diff")} score {match.Score:F3} cos {match.Cosine:F3} dup {match.NearDuplicate:F2}  {pair.A} ~ {pair.B}  ({pair.Note})");
        }
        var scores = PairwiseScores.Count(outcomes);
        output.WriteLine("Pairwise (similarity): " + scores);
        Assert.True(scores.F1 >= 0.90, scores.ToString());
    }

    [Fact]
    public void Pairwise_F1_of_incremental_clustering_is_at_least_0_90()
    {
        // The same articles clustered the way StoryClusterer does it, one at a time in publication order: catches
        // chaining (A joins B's cluster, C joins A's) that pair-by-pair scoring cannot see.
        var signatures = LabelledStoryPairs.Signatures();
        var frequencies = new TermDocumentFrequencies();
        var members = new List<ClusterMember>();
        var clusterOf = new Dictionary<string, long>();
        foreach (var (id, signature) in signatures.OrderBy(s => s.Value.PublishedAt))
        {
            frequencies.Observe(signature.Terms.Keys);
            var choice = StoryClusterChoice.Choose(signature, members, similarity, frequencies);
            var cluster = choice.ClusterId ?? signature.ArticleId;
            members.Add(new ClusterMember(cluster, signature));
            clusterOf[id] = cluster;
        }
        foreach (var group in clusterOf.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
            output.WriteLine("cluster: " + string.Join(", ", group.Select(kv => kv.Key)));

        var scores = PairwiseScores.Count(LabelledStoryPairs.Pairs.Select(p => (p.SameStory, clusterOf[p.A] == clusterOf[p.B])));
        output.WriteLine("Pairwise (incremental clustering): " + scores);
        Assert.True(scores.F1 >= 0.90, scores.ToString());
    }
}
