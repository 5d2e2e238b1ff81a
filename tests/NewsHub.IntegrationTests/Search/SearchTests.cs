using System.Net;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Search;

public sealed class SearchTests(SearchTests.Fixture app) : IClassFixture<SearchTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateDbContext();
            var b = new StoryBuilder(db);
            await b.EnsureGeographyAsync();
            var caspian = await b.SourceAsync("Caspian Daily");
            var steppe = await b.SourceAsync("Steppe Times");
            var now = DateTimeOffset.UtcNow;
            await b.ArticleAsync(caspian, "Erdoğan hosts leaders in Türkiye", "The summit in Ankara gathered Turkic leaders.", now.AddDays(-1), ["TR"]);
            await b.ArticleAsync(steppe, "Kazakhstan wheat exports rise", "Kazakhstan exported more wheat through the Caspian ports.", now.AddDays(-2), ["KZ"]);
            await b.ArticleAsync(steppe, "Old report on Kazakhstan wheat", "Kazakhstan wheat harvest in a previous year.", now.AddDays(-300), ["KZ"]);
            await b.ArticleAsync(caspian, "Nuclear talks move to Oman", "Iran and the United States will hold nuclear talks in Muscat, not Istanbul.", now.AddHours(-6), ["IR", "OM"]);
            await b.ArticleAsync(caspian, "Talks on a nuclear plant site", "Uzbekistan discussed where a nuclear plant could be built; no talks with Iran.", now.AddHours(-7), ["UZ"]);
            await b.ArticleAsync(steppe, "Geneva talks postponed", "Nuclear talks in Geneva were postponed again.", now.AddHours(-8), ["IR"]);
            // A long text whose only matches lie deep inside it, one of them accented.
            var filler = string.Concat(Enumerable.Repeat("Rangers counted tracks across the high valleys this winter. ", 40));
            await b.ArticleAsync(steppe, "Wildlife census in the Tien Shan", filler + "A snow leopard family was filmed near the pass, a first for Türkiye's visiting scientists. " + filler,
                now.AddHours(-9), ["KG"], summary: "Rangers report on the winter census.");
        }
    }

    private async Task<string> Search(string query) => await app.CreateClient().GetStringAsync("/search?" + query);

    [Fact]
    public async Task Unaccented_query_finds_accented_text()
    {
        var html = await Search("q=Turkiye");
        Assert.Contains("Erdoğan hosts leaders in Türkiye", html, StringComparison.Ordinal);
        Assert.Contains("Erdoğan hosts", await Search("q=erdogan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_matches_rank_above_body_matches_and_recent_above_old()
    {
        var html = await Search("q=wheat");
        Assert.True(html.IndexOf("Kazakhstan wheat exports rise", StringComparison.Ordinal) < html.IndexOf("Old report on Kazakhstan wheat", StringComparison.Ordinal));
        var talks = await Search("q=nuclear+talks");
        Assert.True(talks.IndexOf("Nuclear talks move to Oman", StringComparison.Ordinal) < talks.IndexOf("Talks on a nuclear plant site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phrase_or_and_exclusion_follow_websearch_syntax()
    {
        var phrase = await Search("q=%22nuclear+talks%22");
        Assert.Contains("Nuclear talks move to Oman", phrase, StringComparison.Ordinal);
        Assert.DoesNotContain("Talks on a nuclear plant site", phrase, StringComparison.Ordinal);
        var excluded = await Search("q=nuclear+talks+-geneva");
        Assert.DoesNotContain("Geneva talks postponed", excluded, StringComparison.Ordinal);
        Assert.Contains("Nuclear talks move to Oman", excluded, StringComparison.Ordinal);
        var either = await Search("q=Ankara+OR+Muscat");
        Assert.Contains("Erdoğan hosts", either, StringComparison.Ordinal);
        Assert.Contains("Nuclear talks move to Oman", either, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_highlight_the_matched_words()
    {
        Assert.Contains("<mark>Muscat</mark>", await Search("q=Muscat"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_show_the_passage_deep_in_a_long_text_and_highlight_stemmed_and_unaccented_forms()
    {
        var html = WebUtility.HtmlDecode(await Search("q=leopards+Turkiye"));
        // "leopards" finds "leopard", "Turkiye" finds "Türkiye's": both highlighted where they are, 2,400 words in.
        Assert.Contains("A snow <mark>leopard</mark> family was filmed near the pass, a first for <mark>Türkiye</mark>'s visiting", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Rangers</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excluded_words_are_not_highlighted()
    {
        var html = await Search("q=nuclear+-geneva");
        Assert.Contains("<mark>nuclear</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<mark>Geneva</mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("q=talks&region=central-asia", "Talks on a nuclear plant site", "Nuclear talks move to Oman")]
    [InlineData("q=talks&country=OM", "Nuclear talks move to Oman", "Geneva talks postponed")]
    [InlineData("q=wheat&source=steppe-times", "Kazakhstan wheat exports rise", "Erdoğan")]
    public async Task Filters_narrow_the_results(string query, string expected, string unexpected)
    {
        var html = await Search(query);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain(unexpected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_range_and_date_sort_work()
    {
        var from = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd");
        var html = await Search($"q=wheat&from={from}");
        Assert.Contains("Kazakhstan wheat exports rise", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Old report on Kazakhstan wheat", html, StringComparison.Ordinal);
        var byDate = await Search("q=talks&sort=date");
        Assert.True(byDate.IndexOf("Nuclear talks move to Oman", StringComparison.Ordinal) < byDate.IndexOf("Geneva talks postponed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Misspelt_name_suggests_the_right_one_and_shows_its_results()
    {
        var html = await Search("q=Kazakstan");
        Assert.Contains("Did you mean", html, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", html, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan wheat exports rise", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=")]
    [InlineData("q=%22")]
    [InlineData("q=%27%3B+DROP+TABLE+articles%3B+--")]
    [InlineData("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("q=a&region=nowhere&country=ZZZ&source=none&from=yesterday&to=2026-99-99&page=99999")]
    [InlineData("q=!!!%26%26%7C%7C()%3A*")]
    [InlineData("page=-1")]
    public async Task Hostile_or_odd_queries_get_a_normal_page(string query)
    {
        var response = await app.CreateClient().GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_2000_character_query_is_answered()
    {
        var response = await app.CreateClient().GetAsync("/search?q=" + new string('k', 2000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
