using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using NewsHub.Web.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace NewsHub.Web.Hosting;

public static class WebServices
{
    public static IServiceCollection AddNewsHubMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(o =>
        {
            o.Conventions.Add(new FeatureFolderConvention());
            // Every unsafe request must carry the anti-forgery token.
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });
        // Headlines in Turkish, Azerbaijani, Russian…: emit them as characters, not &#x…; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "newshub.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(180); o.IncludeSubDomains = true; });
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<WholeResponseBrotli>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "application/atom+xml", "application/xml", "text/xml", "application/json", "image/svg+xml"];
        });
        return services;
    }

    public static WebApplication UseNewsHubPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
            // Only when NewsHub itself has an https endpoint (or is told so); a plain-http local install has nowhere to redirect to.
            var https = app.Configuration["NewsHub:HttpsRedirection"] ?? ((app.Configuration["urls"] ?? "").Contains("https://", StringComparison.Ordinal) ? "true" : "false");
            if (https == "true") app.UseHttpsRedirection();
        }
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetAssetCaching });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        // Inside the output cache: a cached page is stored compressed (one entry per Accept-Encoding), not compressed
        // again for every reader. Plain-http responses only (the default): behind TLS the proxy compresses, and pages
        // that carry anti-forgery tokens next to reflected input are not exposed to BREACH-style attacks here.
        app.UseResponseCompression();
        app.MapHealth();
        app.MapDemoSiteWhenEnabled();
        app.MapControllers();
        return app;
    }

    /// <summary>
    /// Views link assets with asp-append-version (?v=content-hash), so a versioned URL never changes
    /// content and may be cached for a year; unversioned ones for an hour. (MapStaticAssets would do
    /// this too, but outside a published build it advertises precompressed files it cannot serve.)
    /// </summary>
    private static void SetAssetCaching(StaticFileResponseContext context)
    {
        var versioned = context.Context.Request.Query.ContainsKey("v");
        context.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
    }
}
