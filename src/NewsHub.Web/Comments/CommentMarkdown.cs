using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsHub.Web.Comments;

/// <summary>
/// Turns what a reader typed into safe HTML: paragraphs, line breaks, emphasis, inline code,
/// code blocks, quotes, lists and http(s) links. Raw HTML is never parsed (it stays text);
/// links to anything but http/https become plain text; images become links; and the output
/// goes through <see cref="CommentHtmlFilter"/>, which keeps only the tags this subset produces.
/// </summary>
public static class CommentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseAutoLinks()
            .UseSoftlineBreakAsHardlineBreak();
        // Headings, rules and link reference definitions make no sense in a comment.
        builder.BlockParsers.TryRemove<HeadingBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder.Build();
    }

    public static string ToHtml(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList()) Defuse(link);
        var html = document.ToHtml(Pipeline);
        return CommentHtmlFilter.Filter(html);
    }

    /// <summary>True for absolute http/https URLs (the only links a comment may carry).</summary>
    public static bool IsAllowedUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    private static void Defuse(LinkInline link)
    {
        if (IsAllowedUrl(link.Url))
        {
            // No remote images in comments (tracking pixels, layout abuse): an image becomes a link to it.
            link.IsImage = false;
            return;
        }
        // Any other scheme (javascript:, data:, relative paths) loses its link and keeps its words.
        var label = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        link.ReplaceBy(new LiteralInline(label.Length > 0 ? label : link.Url ?? ""));
    }
}
