using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Comments;

/// <summary>Rate limits would stop a corpus this size; everything else is as configured by default.</summary>
public sealed class HighRateLimitApp : NewsHubAppFactory
{
    public HighRateLimitApp() => With("Comments:RateLimit", "1000");
}

public sealed class XssCorpusTests(HighRateLimitApp app) : IClassFixture<HighRateLimitApp>
{
    public static IReadOnlyList<string> Payloads() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "NewsHub.Tests", "Comments", "xss-payloads.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Every_hostile_payload_posted_as_a_comment_is_stored_and_rendered_inert()
    {
        var payloads = Payloads();
        Assert.True(payloads.Count >= 50);
        var article = await TestArticles.CreateAsync(app);
        var (user, reader) = await CommunityClient.NewReaderAsync(app, "Mallory");
        // A numbered last paragraph keeps payloads that fold to the same words from being refused as duplicates.
        for (var i = 0; i < payloads.Count; i++) await reader.PostAsync(article, payloads[i] + $"\n\nPayload {i}");

        await using var db = app.CreateDbContext();
        var stored = await db.Comments.AsNoTracking().Where(c => c.AuthorId == user.Id).Select(c => c.BodyHtml).ToListAsync();
        // Every payload is long enough and distinct, so every one was accepted and stored.
        Assert.Equal(payloads.Count, stored.Count);

        var page = await CommunityClient.Anonymous(app).GetPageAsync(TestArticles.ThreadUrl(article));
        var problems = stored.SelectMany(Problems).Concat(Problems(page)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(payloads.Count, new HtmlParser().ParseDocument(page).QuerySelectorAll(".comment__body").Length);
    }

    /// <summary>Script elements, event-handler attributes, script URLs, frames and plugins anywhere in the HTML.</summary>
    private static IEnumerable<string> Problems(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, iframe, object, embed, svg, math, style, base, meta[http-equiv], img, video, audio, form[action^='javascript'], details[ontoggle]"))
            yield return $"element <{element.LocalName}> in: {Snippet(element.OuterHtml)}";
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                var value = attribute.Value.Trim().ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"{attribute.Name}= on <{element.LocalName}>: {Snippet(element.OuterHtml)}";
                if (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal))
                    yield return $"{attribute.Name}={attribute.Value} on <{element.LocalName}>";
                if (attribute.Name is "style" or "srcdoc" or "formaction") yield return $"{attribute.Name} on <{element.LocalName}>";
            }
        }
        foreach (var link in document.QuerySelectorAll(".comment__body a"))
            if (link.GetAttribute("rel") != "nofollow ugc noopener") yield return "comment link without rel: " + link.OuterHtml;
    }

    private static string Snippet(string s) => s.Length > 160 ? s[..160] : s;
}
