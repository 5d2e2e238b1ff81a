using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsHub.Web.Ingestion.Cleaning;

namespace NewsHub.Tests.Ingestion.Cleaning;

public class HtmlSanitizerTests
{
    private static readonly Uri Base = new("https://news.example.org/region/story");
    private static readonly HashSet<string> AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "pre", "code",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "time", "a", "img",
        "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "kbd", "samp", "var",
    ];
    private static readonly HashSet<string> AllowedAttributes = ["href", "title", "src", "alt", "width", "height", "datetime", "colspan", "rowspan", "scope", "start", "cite", "rel"];
    private readonly HtmlSanitizer _sanitizer = new();

    public static TheoryData<string> HostilePayloads()
    {
        var data = new TheoryData<string>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "sanitizer-xss-vectors.txt");
        foreach (var line in File.ReadLines(path))
            if (line.Length > 0 && !line.StartsWith('#')) data.Add(line);
        return data;
    }

    [Fact]
    public void Corpus_holds_at_least_fifty_payloads() => Assert.True(HostilePayloads().Count >= 50);

    [Theory]
    [MemberData(nameof(HostilePayloads))]
    public void Hostile_payload_leaves_only_allowed_markup_and_safe_urls(string payload)
    {
        foreach (var baseUrl in new[] { Base, null })
        {
            var output = _sanitizer.Sanitize(payload, baseUrl);

            // Re-parse what we emit, as a browser would, and check every element and attribute.
            var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + output + "</body>");
            foreach (var element in document.Body!.QuerySelectorAll("*"))
            {
                Assert.Contains(element.LocalName, AllowedTags);
                foreach (var attribute in element.Attributes)
                {
                    Assert.Contains(attribute.Name, AllowedAttributes);
                    if (attribute.Name is "href" or "src" or "cite") AssertSafeUrl(attribute.Value, baseUrl);
                }
            }
            Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", output, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertSafeUrl(string value, Uri? baseUrl)
    {
        if (baseUrl is null && !Uri.IsWellFormedUriString(value, UriKind.Absolute))
        {
            Assert.DoesNotContain(":", value.Split('/', '?', '#')[0]);
            return;
        }
        var uri = new Uri(value, UriKind.Absolute);
        Assert.Contains(uri.Scheme, new[] { "http", "https", "mailto" });
    }

    [Fact]
    public void Script_and_style_content_never_survives_as_text()
    {
        var output = _sanitizer.Sanitize("<p>Hello</p><script>var secret = 1;</script><style>.x{color:red}</style>");

        Assert.Equal("<p>Hello</p>", output);
    }

    [Fact]
    public void Links_become_absolute_and_get_nofollow_noopener()
    {
        var output = _sanitizer.Sanitize("<a href=\"/world/42?a=1&b=2\" target=\"_blank\" class=\"x\">story</a>", Base);

        Assert.Equal("<a href=\"https://news.example.org/world/42?a=1&amp;b=2\" rel=\"nofollow noopener\">story</a>", output);
    }

    [Fact]
    public void Images_keep_safe_source_alt_and_numeric_size_only()
    {
        var output = _sanitizer.Sanitize("<img src=\"img/a.jpg\" alt=\"A &quot;quoted&quot; alt\" width=\"640px\" height=\"480\" style=\"border:0\">", Base);

        Assert.Equal("<img src=\"https://news.example.org/region/img/a.jpg\" alt=\"A &quot;quoted&quot; alt\" height=\"480\">", output);
    }

    [Fact]
    public void Images_with_data_or_script_sources_are_dropped()
    {
        Assert.Equal("", _sanitizer.Sanitize("<img src=\"data:image/png;base64,AAAA\">", Base));
        Assert.Equal("", _sanitizer.Sanitize("<img src=\"javascript:alert(1)\">", Base));
    }

    [Fact]
    public void Unknown_tags_are_unwrapped_keeping_their_text()
    {
        var output = _sanitizer.Sanitize("<div class=\"x\"><span style=\"color:red\">Kept <custom-tag>text</custom-tag></span></div>");

        Assert.Equal("Kept text", output);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var output = _sanitizer.Sanitize("<p>5 &lt; 6 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>");

        Assert.Equal("<p>5 &lt; 6 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>", output);
    }

    [Fact]
    public void Keeps_article_structure()
    {
        const string html = "<h2>Sub</h2><p>A <strong>b</strong> <em>c</em></p><ul><li>one</li></ul><ol start=\"3\"><li>two</li></ol><blockquote><p>q</p></blockquote><table><tr><th scope=\"col\">h</th></tr><tr><td colspan=\"2\">d</td></tr></table>";

        var output = _sanitizer.Sanitize(html);

        Assert.Equal("<h2>Sub</h2><p>A <strong>b</strong> <em>c</em></p><ul><li>one</li></ul><ol start=\"3\"><li>two</li></ol><blockquote><p>q</p></blockquote><table><tbody><tr><th scope=\"col\">h</th></tr><tr><td colspan=\"2\">d</td></tr></tbody></table>", output);
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 5000)) + "deep" + string.Concat(Enumerable.Repeat("</span></div>", 5000));

        var output = _sanitizer.Sanitize(html);

        Assert.Contains("deep", output);
    }

    [Fact]
    public void Mailto_links_are_allowed()
    {
        Assert.Equal("<a href=\"mailto:desk@example.org\" rel=\"nofollow noopener\">mail</a>", _sanitizer.Sanitize("<a href=\"mailto:desk@example.org\">mail</a>"));
    }

    [Fact]
    public void Sanitizes_an_already_parsed_element()
    {
        var document = new HtmlParser().ParseDocument("<div id=\"root\"><p onclick=\"x()\">Hi <a href=\"/a\">there</a></p></div>");
        IElement root = document.GetElementById("root")!;

        Assert.Equal("<p>Hi <a href=\"https://news.example.org/a\" rel=\"nofollow noopener\">there</a></p>", _sanitizer.Sanitize(root, Base));
    }
}
