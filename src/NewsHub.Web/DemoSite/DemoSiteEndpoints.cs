using System.Text;
using Microsoft.Net.Http.Headers;

namespace NewsHub.Web.DemoSite;

/// <summary>
/// Serves the demo outlets (DemoSite/&lt;outlet&gt;/) under a path prefix, e.g. /demo/caspian-daily/feed.xml, so the real
/// fetch → parse → extract pipeline has something to read with no internet. Behaves like a plain static site:
/// content types, ETag/Last-Modified with 304s, 404s, a redirect that adds the slash to directory URLs.
/// </summary>
public static class DemoSiteEndpoints
{
    public const string DefaultPrefix = "/demo";

    public static IEndpointRouteBuilder MapDemoSite(this IEndpointRouteBuilder app, string prefix = DefaultPrefix) =>
        app.MapDemoSite(prefix, DemoSiteFiles.DefaultRoot);

    internal static IEndpointRouteBuilder MapDemoSite(this IEndpointRouteBuilder app, string prefix, string root)
    {
        var files = new DemoSiteFiles(root);
        prefix = "/" + prefix.Trim('/');
        if (prefix == "/") prefix = "";

        foreach (var outlet in DemoSiteCatalog.Sources.Select(s => s.Slug))
        {
            app.MapGet($"{prefix}/{outlet}/{{**path}}", (HttpContext http, string? path) => Serve(http, files, prefix, outlet, path))
                .ExcludeFromDescription();
        }
        // Every outlet's rules in one file: at the host root when the demo is mounted without a prefix (tests).
        app.MapGet($"{prefix}/robots.txt", (HttpContext http) => Results.Text(CombinedRobots(http, files, prefix), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext http, DemoSiteFiles files, string prefix, string outlet, string? path)
    {
        var file = files.Find(outlet, path);
        if (file is null) return Results.NotFound();
        var request = http.Request;
        if ((file.IsDirectory || string.IsNullOrEmpty(path)) && !request.Path.Value!.EndsWith('/'))
        {
            // Relative links in an index page only resolve against a URL that ends in '/'.
            return Results.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}", permanent: true);
        }

        var basePath = $"{request.PathBase}{prefix}/{outlet}";
        var content = DemoSiteFiles.Render(file, $"{request.Scheme}://{request.Host}{basePath}", basePath);
        var lastWrite = File.GetLastWriteTimeUtc(file.Path);
        // HTTP dates have whole seconds; a fractional Last-Modified would never equal If-Modified-Since.
        var lastModified = new DateTimeOffset(lastWrite.Ticks - lastWrite.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return TypedResults.Bytes(content, DemoSiteFiles.ContentTypeOf(file.Path), lastModified: lastModified,
            entityTag: new EntityTagHeaderValue(DemoSiteFiles.ETagOf(content)));
    }

    /// <summary>The demo outlets' Disallow lines, for the host's own robots.txt when the demo is served under /demo.</summary>
    public static string DisallowRules(HttpContext http, string prefix = DefaultPrefix)
    {
        var rules = CombinedRobots(http, new DemoSiteFiles(DemoSiteFiles.DefaultRoot), "/" + prefix.Trim('/'));
        return rules["User-agent: *\n".Length..];
    }

    private static string CombinedRobots(HttpContext http, DemoSiteFiles files, string prefix)
    {
        var robots = new StringBuilder("User-agent: *\n");
        var request = http.Request;
        foreach (var outlet in DemoSiteCatalog.Sources.Select(s => s.Slug))
        {
            if (files.Find(outlet, "robots.txt") is not { } file) continue;
            var basePath = $"{request.PathBase}{prefix}/{outlet}";
            var text = Encoding.UTF8.GetString(DemoSiteFiles.Render(file, $"{request.Scheme}://{request.Host}{basePath}", basePath));
            foreach (var line in text.Split('\n').Where(l => l.StartsWith("Disallow:", StringComparison.OrdinalIgnoreCase)))
                robots.Append(line.TrimEnd()).Append('\n');
        }
        return robots.ToString();
    }
}
