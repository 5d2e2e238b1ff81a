using NewsHub.Web.Comments;

namespace NewsHub.Tests.Comments;

public sealed class CommentMarkdownTests
{
    [Fact]
    public void Plain_text_becomes_paragraphs_with_line_breaks()
    {
        var html = CommentMarkdown.ToHtml("First line\nsecond line\n\nNew paragraph");
        Assert.Equal("<p>First line<br>\nsecond line</p>\n<p>New paragraph</p>", html);
    }

    [Fact]
    public void Emphasis_code_quotes_and_lists_are_kept()
    {
        var html = CommentMarkdown.ToHtml("*a* **b** `c`\n\n> quoted\n\n- one\n- two");
        Assert.Contains("<em>a</em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>b</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<code>c</code>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_http_only_and_marked_nofollow_ugc_noopener()
    {
        var html = CommentMarkdown.ToHtml("See [the report](https://example.org/report?a=1&b=2) and https://example.com/x");
        Assert.Contains("<a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">the report</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/x\" rel=\"nofollow ugc noopener\">https://example.com/x</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[mail](mailto:someone@example.com)", "mail")]
    [InlineData("[relative](/admin)", "relative")]
    public void Links_to_other_schemes_keep_their_words_and_lose_the_link(string markdown, string words)
    {
        var html = CommentMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains(words, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_become_links_and_headings_stay_text()
    {
        var html = CommentMarkdown.ToHtml("# Not a heading\n\n![chart](https://example.com/chart.png)");
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("# Not a heading", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/chart.png\" rel=\"nofollow ugc noopener\">chart</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = CommentMarkdown.ToHtml("I <b>love</b> <script>x()</script>");
        Assert.Equal("<p>I &lt;b&gt;love&lt;/b&gt; &lt;script&gt;x()&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void Non_latin_text_is_not_entity_encoded()
    {
        Assert.Equal("<p>Привет, Bakı! ə ş ğ</p>", CommentMarkdown.ToHtml("Привет, Bakı! ə ş ğ"));
    }

    [Fact]
    public void Every_payload_in_the_xss_corpus_renders_inert()
    {
        var payloads = XssPayloads.Load(XssPayloads.FindRepositoryRoot());
        Assert.True(payloads.Count >= 50, $"only {payloads.Count} payloads");
        var failures = payloads
            .Select(p => (Payload: p, Problems: InertHtml.Problems(CommentMarkdown.ToHtml(p))))
            .Where(r => r.Problems.Count > 0)
            .Select(r => $"{r.Payload} -> {string.Join(", ", r.Problems)}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
