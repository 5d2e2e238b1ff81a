using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace NewsHub.Web.DemoSite;

/// <summary>
/// Maps a path inside a demo outlet to a committed file and renders it for one base URL. Pages link to each other
/// relatively; only absolute URLs (feed links, sitemap, canonical, OpenGraph, robots rules) carry the placeholders
/// <c>{{BASE}}</c> (the outlet root URL, no trailing slash) and <c>{{BASE_PATH}}</c> (its path), filled in per request.
/// </summary>
internal sealed class DemoSiteFiles(string root)
{
    public const string BasePlaceholder = "{{BASE}}";
    public const string BasePathPlaceholder = "{{BASE_PATH}}";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The files ship beside the binary (the web project copies DemoSite/** to its output).</summary>
    public static string DefaultRoot { get; } = Path.Combine(AppContext.BaseDirectory, "DemoSite");

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// Finds the file for <paramref name="relativePath"/> inside <paramref name="outlet"/>. A directory resolves to its
    /// index.html; null when nothing matches or the path would leave the outlet folder.
    /// </summary>
    public DemoSiteFile? Find(string outlet, string? relativePath)
    {
        var outletRoot = Path.Combine(Root, outlet) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(outletRoot, relativePath ?? ""));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(outletRoot, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? new DemoSiteFile(index, IsDirectory: true) : null;
        }
        return File.Exists(full) ? new DemoSiteFile(full, IsDirectory: false) : null;
    }

    /// <summary>The bytes to send, with the placeholders replaced in text files.</summary>
    public static byte[] Render(DemoSiteFile file, string outletBaseUrl, string outletBasePath)
    {
        if (!IsText(file.Path)) return File.ReadAllBytes(file.Path);
        var text = File.ReadAllText(file.Path, Encoding.UTF8)
            .Replace(BasePlaceholder, outletBaseUrl, StringComparison.Ordinal)
            .Replace(BasePathPlaceholder, outletBasePath, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".xml" when Path.GetFileName(path) == "feed.xml" => "application/rss+xml; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream",
    };

    /// <summary>A strong validator over the rendered bytes: the same file behind another base URL is another entity.</summary>
    public static string ETagOf(byte[] content) => "\"" + Convert.ToHexString(SHA256.HashData(content), 0, 12).ToLowerInvariant() + "\"";

    private static bool IsText(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".xml" or ".txt";
}

/// <param name="IsDirectory">The request named a directory; links inside index.html need the URL to end in '/'.</param>
internal sealed record DemoSiteFile(string Path, bool IsDirectory);
