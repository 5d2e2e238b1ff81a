using NewsHub.Web.Comments;

namespace NewsHub.Tests.Comments;

/// <summary>The output pass on its own: even HTML Markdig would never emit comes out inert.</summary>
public sealed class CommentHtmlFilterTests
{
    [Fact]
    public void Unknown_elements_are_unwrapped_and_dangerous_ones_dropped_with_their_content()
    {
        var html = CommentHtmlFilter.Filter("<div class=x><p onclick=\"a()\">hi <span>there</span></p><script>bad()</script><style>p{}</style></div>");
        Assert.Equal("<p>hi there</p>", html);
    }

    [Fact]
    public void Links_keep_only_a_checked_href_and_get_the_rel()
    {
        Assert.Equal("<a href=\"https://example.com/\" rel=\"nofollow ugc noopener\">x</a>",
            CommentHtmlFilter.Filter("<a href=\"https://example.com/\" target=_blank onclick=x() style=\"color:red\">x</a>"));
        Assert.Equal("x", CommentHtmlFilter.Filter("<a href=\" javascript:alert(1)\">x</a>"));
        Assert.Equal("x", CommentHtmlFilter.Filter("<a href=\"data:text/html,hi\">x</a>"));
    }

    [Fact]
    public void Svg_and_math_namespaces_are_dropped()
    {
        Assert.Equal("", CommentHtmlFilter.Filter("<svg><a href=\"https://example.com\">x</a><script>alert(1)</script></svg>"));
        Assert.Equal("", CommentHtmlFilter.Filter("<math><mi>x</mi></math>"));
    }

    [Fact]
    public void Text_is_escaped()
    {
        Assert.Equal("<p>a &lt; b &amp;&amp; c &gt; d &quot;q&quot;</p>", CommentHtmlFilter.Filter("<p>a &lt; b &amp;&amp; c &gt; d \"q\"</p>"));
    }
}
