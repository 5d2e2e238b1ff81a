using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

public class StoryTokenizerTests
{
    private static List<string> Terms(string text) => StoryTokenizer.Tokenize(text).Select(t => t.Term).ToList();

    [Fact]
    public void Folds_country_spellings_and_demonyms_to_one_term()
    {
        Assert.Equal(["turkey", "turkey", "turkey"], Terms("Türkiye Turkey Turkish"));
        Assert.Equal(["iran", "iran"], Terms("Iran Iranian"));
        Assert.Equal(["usa", "usa", "usa"], Terms("U.S. United States American"));
    }

    [Fact]
    public void Keeps_us_the_pronoun_out_and_drops_newsroom_boilerplate()
    {
        Assert.Empty(Terms("Officials told us on Friday, the report said."));
    }

    [Fact]
    public void Stems_inflections_together_and_keeps_identifying_figures()
    {
        Assert.Equal(["approv", "approv", "approv", "talk"], Terms("approve approved approves talks"));
        Assert.Equal(["310000", "5.9"], Terms("310,000 5.9 in 2026, 12 days"));
    }

    [Fact]
    public void Marks_capitalised_words_inside_a_sentence_as_names()
    {
        var tokens = StoryTokenizer.Tokenize("Talks began. Officials met Pezeshkian in Astana.");
        Assert.Contains(tokens, t => t is { Term: "pezeshkian", IsName: true });
        Assert.Contains(tokens, t => t is { Term: "talk", IsName: false });
    }
}
