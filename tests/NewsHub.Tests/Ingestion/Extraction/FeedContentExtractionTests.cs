using NewsHub.Web.Ingestion.Extraction;
using NewsHub.Web.Model;

namespace NewsHub.Tests.Ingestion.Extraction;

/// <summary>A full-content feed item is already the article: it gets the body's cleaning, not a page's search for the body.</summary>
public class FeedContentExtractionTests
{
    private static readonly Uri ItemUrl = new("https://steppe.example/2026/11/21/water-forum/");
    private readonly ArticleExtractor _extractor = new();

    private const string Item = """
        <p>Ministers from Uzbekistan, Kazakhstan and Tajikistan met in Tashkent on Saturday to discuss how the region shares the waters of the Amu Darya.</p>
        <script>track('feed-view');</script>
        <p>The forum agreed to publish river flow data every week and to meet again in the spring in <a href="/tags/dushanbe">Dushanbe</a>.</p>
        <div class="share-buttons"><a href="https://facebook.com/share">Facebook</a> <a href="https://t.me/share">Telegram</a></div>
        <p style="display:none">Hidden tracking text that no reader sees.</p>
        <img src="/images/forum.jpg" width="800" onerror="alert(1)">
        <p class="ad-slot">Advertisement</p>
        """;

    [Fact]
    public void Keeps_the_paragraphs_and_drops_scripts_hidden_blocks_and_share_buttons()
    {
        var article = _extractor.ExtractFeedContent(Item, "Tashkent hosts a regional water forum", ItemUrl);

        Assert.StartsWith("Ministers from Uzbekistan, Kazakhstan and Tajikistan met in Tashkent", article.Text);
        Assert.Contains("meet again in the spring in Dushanbe.", article.Text);
        foreach (var junk in new[] { "track(", "Telegram", "Hidden tracking text", "Advertisement" })
        {
            Assert.DoesNotContain(junk, article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(junk, article.Html, StringComparison.Ordinal);
        }
        Assert.Equal("Tashkent hosts a regional water forum", article.Title);
    }

    [Fact]
    public void Sanitizes_the_html_and_makes_links_and_the_lead_image_absolute()
    {
        var article = _extractor.ExtractFeedContent(Item, "Water forum", ItemUrl);

        Assert.DoesNotContain("onerror", article.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", article.Html, StringComparison.Ordinal);
        Assert.Contains("https://steppe.example/tags/dushanbe", article.Html, StringComparison.Ordinal);
        Assert.Equal("https://steppe.example/images/forum.jpg", article.LeadImage);
        Assert.Equal(ItemUrl.AbsoluteUri, article.Url);
    }

    [Fact]
    public void Applies_the_sources_removal_selectors()
    {
        var selectors = new SourceSelectors { Remove = ".editor-note" };
        var article = _extractor.ExtractFeedContent(Item + "<p class=\"editor-note\">This story was updated with new figures from the ministry on Sunday.</p>",
            "Water forum", ItemUrl, selectors);

        Assert.DoesNotContain("updated with new figures", article.Text, StringComparison.Ordinal);
        Assert.Contains("Dushanbe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_content_gives_no_text_rather_than_an_error()
    {
        var article = _extractor.ExtractFeedContent("<script>x()</script>", "Nothing here", ItemUrl);

        Assert.Equal("", article.Text);
        Assert.Equal("", article.Html);
    }

    [Fact]
    public void A_relative_item_url_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => _extractor.ExtractFeedContent("<p>Text</p>", "Title", new Uri("/relative", UriKind.Relative)));
        Assert.Contains("absolute", error.Message, StringComparison.Ordinal);
    }
}
