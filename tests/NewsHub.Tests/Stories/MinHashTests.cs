using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

public class MinHashTests
{
    private static readonly string[] Text =
        "tajikistan energy company announced plans winter electricity demand rises river flows feeding hydropower plants lowest rogun".Split(' ');

    [Fact]
    public void Identical_texts_agree_fully_and_a_light_edit_stays_close()
    {
        var a = MinHash.Compute(Text);
        Assert.Equal(1.0, MinHash.Similarity(a, MinHash.Compute(Text)));
        var edited = Text.Take(Text.Length - 1).Append("vakhsh").ToArray();
        Assert.InRange(MinHash.Similarity(a, MinHash.Compute(edited)), 0.6, 1.0);
    }

    [Fact]
    public void Unrelated_texts_barely_agree()
    {
        var other = "magnitude earthquake struck province malatya eastern damaging buildings sending residents streets search teams".Split(' ');
        Assert.InRange(MinHash.Similarity(MinHash.Compute(Text), MinHash.Compute(other)), 0.0, 0.1);
    }

    [Fact]
    public void Teasers_too_short_to_sketch_never_count_as_duplicates()
    {
        var teaser = MinHash.Compute(["oman", "host", "talk"]);
        Assert.Empty(teaser);
        Assert.Equal(0, MinHash.Similarity(teaser, teaser));
    }
}
