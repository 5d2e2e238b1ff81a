using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

public class StoryTermVectorTests
{
    private static readonly Dictionary<string, double> Idf = new(StringComparer.Ordinal)
    {
        ["oman"] = 3.0, ["iran"] = 1.5, ["talk"] = 1.2, ["nuclear"] = 2.0, ["grain"] = 2.5, ["armenia"] = 2.2,
    };

    private static Dictionary<string, float> Terms(params (string Term, float Weight)[] terms) =>
        terms.ToDictionary(t => t.Term, t => t.Weight, StringComparer.Ordinal);

    [Fact]
    public void Cosine_is_the_tf_idf_cosine_of_the_two_term_sets()
    {
        var a = Terms(("oman", 2f), ("iran", 1f), ("talk", 1.5f));
        var b = Terms(("talk", 1f), ("nuclear", 2f), ("oman", 1f));
        var ids = new StoryTermIds();

        var cosine = StoryTermVector.Create(a, Idf, ids).Cosine(StoryTermVector.Create(b, Idf, ids));

        // By hand: dot over the shared terms (oman, talk) of weight × idf, over the two norms.
        double W(string t, float w) => w * Idf[t];
        var dot = W("oman", 2) * W("oman", 1) + W("talk", 1.5f) * W("talk", 1);
        var na = Math.Sqrt(Math.Pow(W("oman", 2), 2) + Math.Pow(W("iran", 1), 2) + Math.Pow(W("talk", 1.5f), 2));
        var nb = Math.Sqrt(Math.Pow(W("talk", 1), 2) + Math.Pow(W("nuclear", 2), 2) + Math.Pow(W("oman", 1), 2));
        Assert.Equal(dot / (na * nb), cosine, 12);
    }

    [Fact]
    public void Term_ids_assigned_in_any_order_give_the_same_cosine()
    {
        var a = Terms(("oman", 2f), ("iran", 1f), ("talk", 1.5f));
        var b = Terms(("talk", 1f), ("nuclear", 2f), ("oman", 1f));
        var forward = new StoryTermIds();
        var backward = new StoryTermIds();
        foreach (var t in new[] { "nuclear", "talk", "iran", "oman" }) backward.Of(t);

        Assert.Equal(StoryTermVector.Create(a, Idf, forward).Cosine(StoryTermVector.Create(b, Idf, forward)),
            StoryTermVector.Create(a, Idf, backward).Cosine(StoryTermVector.Create(b, Idf, backward)), 12);
    }

    [Fact]
    public void Identical_terms_score_one_disjoint_terms_and_empty_signatures_zero()
    {
        var ids = new StoryTermIds();
        var a = StoryTermVector.Create(Terms(("oman", 2f), ("iran", 1f)), Idf, ids);
        var same = StoryTermVector.Create(Terms(("iran", 1f), ("oman", 2f)), Idf, ids);
        var other = StoryTermVector.Create(Terms(("grain", 1f), ("armenia", 1f)), Idf, ids);
        var empty = StoryTermVector.Create(Terms(), Idf, ids);

        Assert.Equal(1.0, a.Cosine(same), 12);
        Assert.Equal(0.0, a.Cosine(other));
        Assert.Equal(0.0, a.Cosine(empty));
        Assert.True(a.SharesTermWith(same));
        Assert.False(a.SharesTermWith(other));
        Assert.False(empty.SharesTermWith(a));
    }

    [Fact]
    public void A_term_without_an_idf_is_a_clear_error()
    {
        Assert.Throws<KeyNotFoundException>(() => StoryTermVector.Create(Terms(("pütürge", 1f)), Idf, new StoryTermIds()));
    }

    [Fact]
    public void Term_ids_are_stable_and_dense()
    {
        var ids = new StoryTermIds();
        Assert.Equal(0, ids.Of("oman"));
        Assert.Equal(1, ids.Of("iran"));
        Assert.Equal(0, ids.Of("oman"));
        Assert.Equal(2, ids.Count);
    }
}
