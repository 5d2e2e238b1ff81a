using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// <c>newshub extract FILE [--url URL]</c>: extracts one saved page and prints one JSON object on
/// stdout (diagnostics go to stderr). Builds no host and touches no database, so it starts fast.
/// </summary>
public static class ExtractVerb
{
    public const string Usage = "extract FILE [--url URL]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var file, out var url, out var problem))
        {
            await stderr.WriteLineAsync($"newshub extract: {problem}");
            await stderr.WriteLineAsync($"usage: newshub {Usage}");
            return 2;
        }
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"newshub extract: file not found: {file}");
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"newshub extract: cannot read {file}: {e.Message}");
            return 1;
        }
        var html = HtmlFileDecoder.Decode(bytes);
        var pageUrl = url ?? new Uri(Path.GetFullPath(file));
        var article = new ArticleExtractor().Extract(html, pageUrl);
        await stdout.WriteLineAsync(ToJson(article));
        await stdout.FlushAsync();
        await stderr.WriteLineAsync($"newshub extract: {html.Length} chars in {stopwatch.ElapsedMilliseconds} ms");
        return 0;
    }

    private static bool TryParse(string[] args, out string file, out Uri? url, out string problem)
    {
        file = "";
        url = null;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? urlText = null;
            if (arg == "--url")
            {
                if (i + 1 >= args.Length) { problem = "--url needs a value"; return false; }
                urlText = args[++i];
            }
            else if (arg.StartsWith("--url=", StringComparison.Ordinal)) urlText = arg["--url=".Length..];
            else if (arg.StartsWith('-') && arg.Length > 1) { problem = $"unknown option '{arg}'"; return false; }
            else if (file.Length == 0) { file = arg; continue; }
            else { problem = $"unexpected argument '{arg}'"; return false; }

            if (!Uri.TryCreate(urlText, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                problem = $"--url must be an absolute http(s) URL, got '{urlText}'";
                return false;
            }
            url = parsed;
        }
        if (file.Length == 0) { problem = "missing FILE"; return false; }
        return true;
    }

    private static string ToJson(ExtractedArticle article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteFields(json, article);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFields(Utf8JsonWriter json, ExtractedArticle article)
    {
        json.WriteStartObject();
        json.WriteString("url", article.Url);
        json.WriteString("title", article.Title);
        json.WriteString("byline", article.Byline);
        if (article.PublishedAt is { } published) json.WriteString("publishedAt", published.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull("publishedAt");
        json.WriteString("language", article.Language);
        json.WriteString("leadImage", article.LeadImage);
        json.WriteString("siteName", article.SiteName);
        json.WriteString("text", article.Text);
        json.WriteString("html", article.Html);
        json.WriteEndObject();
    }
}
