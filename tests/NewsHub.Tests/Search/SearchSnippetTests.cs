using NewsHub.Web.Search;

namespace NewsHub.Tests.Search;

public sealed class SearchSnippetTests
{
    private static string Marked(string text, params string[] matching)
    {
        var set = matching.ToHashSet(StringComparer.Ordinal);
        return SearchSnippet.Compose(text, SearchSnippet.Words(text), set.Contains).Replace(SearchSnippet.Open, "[", StringComparison.Ordinal).Replace(SearchSnippet.Close, "]", StringComparison.Ordinal);
    }

    private static string Filler(int words) => string.Join(' ', Enumerable.Range(1, words).Select(i => "w" + i));

    [Fact]
    public void Lexemes_are_the_quoted_words_of_the_query_tree_with_their_quotes_undone()
    {
        Assert.Equal(["nuclear", "power", "o'brien"], SearchSnippet.Lexemes("'nuclear' & ( 'power' | 'o''brien':AB ) & 'power'"));
        Assert.Empty(SearchSnippet.Lexemes("T"));
        Assert.Empty(SearchSnippet.Lexemes(null));
    }

    [Fact]
    public void Words_split_at_punctuation_hyphens_and_apostrophes_and_keep_accented_letters()
    {
        const string text = "Türkiye's Syr-Darya, in 2026.";
        Assert.Equal(["Türkiye", "s", "Syr", "Darya", "in", "2026"], SearchSnippet.Words(text).Select(r => text[r]).ToList());
    }

    [Theory]
    [InlineData("countries", "countri", true)]
    [InlineData("dying", "die", true)]
    [InlineData("Türkiye", "turkiy", true)]
    [InlineData("Leopards", "leopard", true)]
    [InlineData("Kazakhstan", "turkiy", false)]
    [InlineData("rangers", "leopard", false)]
    [InlineData("Søren", "leopard", true)]   // a letter the simple unaccenting keeps: PostgreSQL decides
    public void A_word_may_match_a_lexeme_when_its_unaccented_start_agrees(string word, string lexeme, bool expected)
    {
        Assert.Equal(expected, SearchSnippet.MayMatch(word, [lexeme]));
    }

    [Fact]
    public void Matched_words_are_highlighted_in_a_fragment_that_starts_a_little_before_them()
    {
        var snippet = Marked(Filler(100) + " The snow leopard was seen. " + Filler(100), "leopard");
        // The text goes on before and after the fragment: ellipses say so.
        Assert.StartsWith("… w99 w100 The snow [leopard] was seen.", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        // One passage only: its fragment takes the room of two.
        Assert.Equal(2 * SearchSnippet.FragmentWords, SearchSnippet.Words(snippet).Count);
    }

    [Fact]
    public void Two_distant_passages_become_two_fragments_in_text_order()
    {
        var snippet = Marked("Uranium prices rose. " + Filler(200) + " A nuclear plant opened, nuclear again. " + Filler(200), "uranium", "nuclear");
        var fragments = snippet.Split(" … ");
        Assert.Equal(2, fragments.Length);
        Assert.StartsWith("[Uranium] prices rose.", fragments[0], StringComparison.Ordinal);
        Assert.Contains("A [nuclear] plant opened, [nuclear] again.", fragments[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_fragment_with_the_most_different_query_words_comes_first_in_choice()
    {
        // Three passages: "snow" alone twice, then "snow leopard" together; with two fragments, the pair must be one.
        var text = "snow fell. " + Filler(60) + " snow again. " + Filler(60) + " a snow leopard. " + Filler(60);
        var snippet = Marked(text, "snow", "leopard");
        Assert.Contains("a [snow] [leopard].", snippet, StringComparison.Ordinal);
        Assert.Equal(2, snippet.Split(" … ").Length);
    }

    [Fact]
    public void Without_a_match_in_the_text_the_snippet_is_its_start()
    {
        Assert.Equal(Filler(2 * SearchSnippet.FragmentWords) + " …", Marked(Filler(300), "leopard"));
        Assert.Equal("", Marked("", "leopard"));
        Assert.Equal("Short text", Marked("Short text."));   // a fragment ends with its last word
    }
}
