using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

public class StorySimilarityBatchPathTests
{
    private readonly StorySimilarity similarity = new(new StoryClusteringOptions());

    [Fact]
    public void Precomputed_term_vectors_decide_every_labelled_pair_as_the_signature_comparison_does()
    {
        var signatures = LabelledStoryPairs.Signatures();
        var frequencies = LabelledStoryPairs.Frequencies(signatures.Values);
        var idf = frequencies.Idf(signatures.Values.SelectMany(s => s.Terms.Keys));
        var ids = new StoryTermIds();
        var vectors = signatures.ToDictionary(kv => kv.Key, kv => StoryTermVector.Create(kv.Value.Terms, idf, ids));

        foreach (var pair in LabelledStoryPairs.Pairs)
        {
            var expected = similarity.Compare(signatures[pair.A], signatures[pair.B], frequencies);
            var batch = similarity.Compare(signatures[pair.A], vectors[pair.A], signatures[pair.B], vectors[pair.B]);
            Assert.Equal(expected.IsSameStory, batch.IsSameStory);
            Assert.Equal(expected.Score, batch.Score, 9);
            Assert.Equal(expected.Cosine, batch.Cosine, 9);
            Assert.Equal(expected.NearDuplicate, batch.NearDuplicate);
        }
    }

    [Fact]
    public void Idf_of_repeated_terms_is_one_entry_per_term()
    {
        var frequencies = new TermDocumentFrequencies();
        frequencies.Observe(["oman", "iran"]);
        frequencies.Observe(["oman"]);

        var idf = frequencies.Idf(["oman", "iran", "oman", "grain", "iran"]);

        Assert.Equal(3, idf.Count);
        Assert.True(idf["grain"] > idf["iran"] && idf["iran"] > idf["oman"]);
        Assert.Equal(frequencies.Idf("oman"), idf["oman"]);
    }
}
