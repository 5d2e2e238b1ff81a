using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

/// <summary>How the cache turns a stored signature's joined terms and weights back into its term → weight map.</summary>
public class StorySignatureCacheTests
{
    [Fact]
    public void Joined_terms_pair_with_their_weights_in_order()
    {
        var cache = new StorySignatureCache();

        var map = cache.Weights("oman\u0001iran\u0001u.s.\u00012,500", [2f, 1.5f, 1f, 0.5f]);

        Assert.Equal(new Dictionary<string, float> { ["oman"] = 2f, ["iran"] = 1.5f, ["u.s."] = 1f, ["2,500"] = 0.5f }, map);
    }

    [Fact]
    public void A_term_read_twice_is_one_shared_string()
    {
        var cache = new StorySignatureCache();

        var first = cache.Weights("talks\u0001oman", [1f, 2f]);
        var second = cache.Weights(new string("oman\u0001talks".ToCharArray()), [3f, 4f]);

        Assert.Same(first.Keys.Single(k => k == "oman"), second.Keys.Single(k => k == "oman"));
        Assert.Same(first.Keys.Single(k => k == "talks"), second.Keys.Single(k => k == "talks"));
    }

    [Fact]
    public void Only_as_many_terms_as_both_lists_have_are_kept()
    {
        var cache = new StorySignatureCache();

        Assert.Equal(["oman"], cache.Weights("oman\u0001iran", [1f]).Keys);
        Assert.Equal(["oman", "iran"], cache.Weights("oman\u0001iran", [1f, 2f, 3f]).Keys);
        Assert.Empty(cache.Weights("", [1f]));
    }
}
