using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Reads the article object from &lt;script type="application/ld+json"&gt; blocks. Publishers' JSON is
/// often sloppy (raw control characters, trailing commas, HTML comments), so it is cleaned and
/// parsed leniently, with a regex fallback for the date when a block still does not parse.
/// </summary>
internal static partial class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting", "Report",
        "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting", "MedicalScholarlyArticle",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex DatePublishedPattern();

    [GeneratedRegex(@"""dateModified""\s*:\s*""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex DateModifiedPattern();

    public static JsonLdArticle Read(IDocument document)
    {
        string? fallbackPublished = null, fallbackModified = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            var json = Clean(script.TextContent);
            if (json.Length == 0) continue;
            try
            {
                using var parsed = JsonDocument.Parse(json, Options);
                if (FindArticle(parsed.RootElement, 0) is { } article) return ToArticle(article);
            }
            catch (JsonException)
            {
                // Broken JSON still often carries the dates verbatim.
                fallbackPublished ??= DatePublishedPattern().Match(json) is { Success: true } m ? m.Groups[1].Value : null;
                fallbackModified ??= DateModifiedPattern().Match(json) is { Success: true } u ? u.Groups[1].Value : null;
            }
        }
        return fallbackPublished is null && fallbackModified is null
            ? JsonLdArticle.Empty
            : JsonLdArticle.Empty with { DatePublished = fallbackPublished, DateModified = fallbackModified };
    }

    /// <summary>Raw control characters (invalid inside JSON strings) become spaces; comment and CDATA wrappers go.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c < ' ' ? ' ' : c);
        var cleaned = sb.ToString().Trim();
        foreach (var marker in new[] { "<![CDATA[", "]]>", "<!--", "-->" }) cleaned = cleaned.Replace(marker, "", StringComparison.Ordinal);
        cleaned = cleaned.Trim();
        if (cleaned.EndsWith(';')) cleaned = cleaned[..^1];
        return cleaned;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (FindArticle(item, depth + 1) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                if (IsArticle(element)) return element;
                foreach (var key in new[] { "@graph", "mainEntity", "mainEntityOfPage", "itemListElement" })
                    if (element.TryGetProperty(key, out var nested) && FindArticle(nested, depth + 1) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static JsonLdArticle ToArticle(JsonElement article) => new(
        Headline: String(article, "headline") ?? String(article, "name"),
        Authors: Authors(article),
        DatePublished: String(article, "datePublished") ?? String(article, "dateCreated"),
        DateModified: String(article, "dateModified"),
        Image: Url(article, "image") ?? Url(article, "thumbnailUrl"),
        Publisher: article.TryGetProperty("publisher", out var publisher) ? Name(publisher) : null,
        Description: String(article, "description"),
        ArticleBody: String(article, "articleBody"),
        Url: String(article, "url") ?? Url(article, "mainEntityOfPage"),
        Language: String(article, "inLanguage"));

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A URL given as a string, an object with url/@id, or an array of either.</summary>
    private static string? Url(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return UrlOf(value);
    }

    private static string? UrlOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => String(value, "url") ?? String(value, "contentUrl") ?? String(value, "@id"),
        JsonValueKind.Array => value.EnumerateArray().Select(UrlOf).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)),
        _ => null,
    };

    private static string? Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => String(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    /// <summary>Person names from author (object, array or string); organisations and images are not bylines.</summary>
    private static List<string> Authors(JsonElement article)
    {
        var names = new List<string>();
        if (!article.TryGetProperty("author", out var author)) return names;
        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@type", out var type)
                && type.ValueKind == JsonValueKind.String && type.GetString() is "Organization" or "ImageObject" or "NewsMediaOrganization")
                continue;
            var name = Name(item);
            if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase)) names.Add(name.Trim());
        }
        return names;
    }
}
