using NewsHub.Web.Ingestion.Extraction;
using NewsHub.Web.Model;

namespace NewsHub.Tests.Ingestion.Extraction;

public class ArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://anewz.tv/region/11842/caspian-ferry-link-to-double-freight-capacity?utm_source=feed");
    private readonly ArticleExtractor _extractor = new();

    private ExtractedArticle RegionalArticle() => _extractor.Extract(Fixtures.Read("regional-news-article.html"), PageUrl);

    [Fact]
    public void Keeps_body_paragraphs_heading_list_and_quote_of_a_regional_news_page()
    {
        var text = RegionalArticle().Text;

        Assert.StartsWith("Transport ministers from Azerbaijan, Kazakhstan and Turkmenistan agreed", text);
        Assert.Contains("The plan foresees six new roll-on roll-off vessels", text);
        Assert.Contains("Waiting times at the ports", text);
        Assert.Contains("A digital booking system will replace paper queues at both terminals.", text);
        Assert.Contains("We want a crossing that runs like a timetable, not a lottery.", text);
        Assert.EndsWith("would enter service next year.", text);
    }

    [Fact]
    public void Drops_app_promo_comment_prompt_share_bar_and_related_headlines()
    {
        var article = RegionalArticle();

        foreach (var boilerplate in new[]
                 {
                     "You can download the AnewZ application", "Leave the first comment", "What is your opinion", "WhatsApp", "Telegram",
                     "Rail operators cut transit times", "Related news", "Heavy snow continues", "All rights reserved", "Photo: Press service",
                     "Home", "transport caspian", "14:30", "Leyla Hasanova", "Port authority",
                 })
        {
            Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(boilerplate, article.Html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Caspian ferry link to double freight capacity", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_full_title_byline_dates_and_page_metadata()
    {
        var article = RegionalArticle();

        Assert.Equal("Caspian ferry link to double freight capacity by 2027, ministers say", article.Title);
        Assert.Equal("Leyla Hasanova", article.Byline);
        Assert.Equal(new DateTimeOffset(2026, 2, 5, 10, 30, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 5, 12, 0, 0, TimeSpan.Zero), article.UpdatedAt);
        Assert.Equal("https://anewz.tv/region/11842/caspian-ferry-link-to-double-freight-capacity", article.Url);
        Assert.Equal("https://anewz.tv/storage/images/ferry-port-1200.jpg", article.LeadImage);
        Assert.Equal("AnewZ", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal("Transport ministers agreed to expand the ferry fleet and port terminals.", article.Description);
    }

    [Fact]
    public void Html_body_is_sanitized_with_absolute_urls_and_keeps_the_image()
    {
        var html = RegionalArticle().Html;

        Assert.Contains("<img src=\"https://anewz.tv/storage/images/aktau-terminal.jpg\" alt=\"The Aktau terminal\" width=\"640\">", html);
        Assert.Contains("<h2>Waiting times at the ports</h2>", html);
        Assert.Contains("<blockquote>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("class=", html);
    }

    [Fact]
    public void Text_puts_a_line_break_at_every_block_but_not_inside_inline_markup()
    {
        var html = Fixtures.Page($"<p>{Fixtures.Prose1}</p><p>Second <b>bold</b><i>italic</i> words and <a href=\"/x\">a link</a> here, with more text to read.</p><p>{Fixtures.Prose2}</p><div>{Fixtures.Prose3}<br>After a break.</div>");

        var lines = _extractor.Extract(html, new Uri("https://example.com/a")).Text.Split('\n');

        Assert.Contains("Second bolditalic words and a link here, with more text to read.", lines);
        Assert.Contains(Fixtures.Prose3, lines);
        Assert.Contains("After a break.", lines);
    }

    [Fact]
    public void Removes_captions_and_credits_but_keeps_embedded_tweets()
    {
        var html = Fixtures.Page($"""
            <p>{Fixtures.Prose1}</p>
            <div class="photo"><img src="/a.jpg"><span class="newsCaption">Protesters gather outside the hall</span><div class="image-credit">Getty Images</div></div>
            <p>{Fixtures.Prose2}</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The vote is done, thank you all — Mayor (@mayor) November 18, 2019</p></blockquote></div>
            <p>{Fixtures.Prose3}</p>
            """);

        var text = _extractor.Extract(html, new Uri("https://example.com/a")).Text;

        Assert.DoesNotContain("Protesters gather", text);
        Assert.DoesNotContain("Getty Images", text);
        Assert.Contains("The vote is done, thank you all", text);
    }

    [Fact]
    public void Removes_hover_cards_inside_sentences()
    {
        var html = Fixtures.Page($"""
            <p>The bill was backed by Rep. <span class="people"><a href="/p/1">Jane Roe</a><span class="card"><img src="/t.jpg"><a href="/p/1">Jane Roe</a><a href="/s/1">Roe wins primary in landslide</a> <a href="/s/2">Roe unveils housing plan</a></span></span> and passed on Monday evening with a comfortable majority.</p>
            <p>{Fixtures.Prose1}</p><p>{Fixtures.Prose2}</p>
            """);

        var text = _extractor.Extract(html, new Uri("https://example.com/a")).Text;

        Assert.Contains("The bill was backed by Rep. Jane Roe and passed on Monday evening", text);
        Assert.DoesNotContain("landslide", text);
    }

    [Fact]
    public void A_wrapper_named_like_boilerplate_is_not_emptied()
    {
        // "related" on the element holding the whole story must not wipe the story (rollback guard).
        var html = Fixtures.Page($"""<div class="story related-coverage"><p>{Fixtures.Prose1}</p><p>{Fixtures.Prose2}</p><p>{Fixtures.Prose3}</p></div>""");

        var text = _extractor.Extract(html, new Uri("https://example.com/a")).Text;

        Assert.Contains(Fixtures.Prose1, text);
        Assert.Contains(Fixtures.Prose3, text);
    }

    [Fact]
    public void Keeps_br_separated_text_and_text_without_spaces()
    {
        const string japanese = "東京都は二十日、新しい防災計画を発表した。地震や洪水に備えて避難所を増やし、高齢者の支援体制を強化するという。計画は来年四月から実施される予定で、総額は約三百億円に上る見通しだ。";
        var html = Fixtures.Page($"<div>{Fixtures.Prose1}<br><br>{Fixtures.Prose2}<br><br>{japanese}</div>");

        var lines = _extractor.Extract(html, new Uri("https://example.jp/a")).Text.Split('\n');

        Assert.Contains(Fixtures.Prose1, lines);
        Assert.Contains(Fixtures.Prose2, lines);
        Assert.Contains(japanese, lines);
    }

    [Fact]
    public void Reads_json_ld_with_raw_control_characters()
    {
        var head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"Line\tone\nand two\",\"datePublished\":\"2019-11-18T08:00:00-0500\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Organization\",\"name\":\"Example News\"}],}]}</script>";

        var article = _extractor.Extract(Fixtures.Page($"<p>{Fixtures.Prose1}</p>", head), new Uri("https://example.com/a"));

        Assert.Equal("Line one and two", article.Title);
        Assert.Equal("Ann Lee", article.Byline);
        Assert.Equal(new DateTimeOffset(2019, 11, 18, 13, 0, 0, TimeSpan.Zero), article.PublishedAt);
    }

    [Fact]
    public void Source_selectors_take_precedence_over_generic_logic()
    {
        var html = Fixtures.Page($"""
            <h2 class="headline">Selected headline</h2><span class="who">By Sam Poe</span><span class="when">2020-03-04 09:15</span>
            <p class="promo">Subscribe to our paper today, it is only one euro for the first month of reading.</p>
            <section class="story"><p>{Fixtures.Prose1}</p></section><p>{Fixtures.Prose2}</p>
            """);
        var selectors = new SourceSelectors { Title = ".headline", Body = ".story", Byline = ".who", Date = ".when", Remove = ".promo" };

        var article = _extractor.Extract(html, new Uri("https://example.com/a"), selectors);

        Assert.Equal("Selected headline", article.Title);
        Assert.Equal("Sam Poe", article.Byline);
        Assert.Equal(new DateTimeOffset(2020, 3, 4, 9, 15, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(Fixtures.Prose1, article.Text);
    }

    [Fact]
    public void An_invalid_source_selector_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            _extractor.Extract(Fixtures.Page("<p>x</p>"), new Uri("https://example.com/a"), new SourceSelectors { Body = "div[[" }));

        Assert.Contains("Body", error.Message);
    }

    [Fact]
    public void Empty_or_malformed_html_gives_an_empty_article_not_a_crash()
    {
        var empty = _extractor.Extract("", new Uri("https://example.com/a"));
        var broken = _extractor.Extract("<html><body><div><p>unclosed <b>tags <table><tr><td>cell", new Uri("https://example.com/b"));

        Assert.Equal("", empty.Text);
        Assert.Equal("https://example.com/a", empty.Url);
        Assert.Contains("cell", broken.Text);
    }

    [Fact]
    public void Extracts_a_large_page_whole_without_its_ad_slots()
    {
        // Shaped like a long real page: many sections, each a few paragraphs with an ad slot between them.
        var sections = string.Concat(Enumerable.Range(0, 200).Select(i =>
            $"<section><h2>Part {i}</h2><p>{Fixtures.Prose1} Paragraph {i}.</p><p>{Fixtures.Prose2}</p><div class=\"ad-slot\"><a href=\"/x{i}\">Sponsored {i}</a></div><p>{Fixtures.Prose3}</p></section>"));
        var html = Fixtures.Page(sections);
        Assert.True(html.Length > 100_000);

        var article = _extractor.Extract(html, new Uri("https://example.com/a"));

        // Its speed is measured by bench/ExtractionBench, not asserted here (a timed test fails on a busy machine).
        Assert.Contains("Paragraph 0.", article.Text);
        Assert.Contains("Paragraph 199.", article.Text);
        Assert.DoesNotContain("Sponsored", article.Text);
    }
}
