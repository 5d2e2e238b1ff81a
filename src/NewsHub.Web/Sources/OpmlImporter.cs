using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Curation;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;

namespace NewsHub.Web.Sources;

/// <summary>Creates a Feed source for each new feed of an OPML file; feeds already known (same URL) are skipped, bad ones reported.</summary>
public sealed class OpmlImporter(NewsHubDbContext db, SourceEditor editor, AuditLogWriter audit, TimeProvider clock)
{
    public const int MaxFeeds = 500;

    public sealed record Summary(IReadOnlyList<string> Added, IReadOnlyList<string> Duplicates, IReadOnlyList<string> Invalid);

    /// <summary>Throws <see cref="FormatException"/> when the file is not OPML.</summary>
    public async Task<Summary> ImportAsync(Stream opml, ClaimsPrincipal actor, CancellationToken ct)
    {
        var feeds = OpmlDocument.Read(opml);
        if (feeds.Count > MaxFeeds) throw new FormatException($"The file lists {feeds.Count} feeds; import at most {MaxFeeds} at a time.");
        // Compared in one normal form: a row written by hand or by an older version may hold "<" where the file has "%3C".
        var known = (await db.Sources.AsNoTracking().Select(s => s.Url).ToListAsync(ct))
            .Select(u => SourceForm.IsHttpUrl(u) ? SourceForm.NormalizedUrl(u) : u).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        List<string> added = [], duplicates = [], invalid = [];
        foreach (var feed in feeds)
        {
            if (!SourceForm.IsHttpUrl(feed.XmlUrl)) { invalid.Add($"{feed.Title ?? feed.XmlUrl}: “{feed.XmlUrl}” is not an http(s) address"); continue; }
            var url = SourceForm.NormalizedUrl(feed.XmlUrl);
            if (!known.Add(url)) { duplicates.Add(feed.Title ?? url); continue; }
            var name = string.IsNullOrWhiteSpace(feed.Title) ? new Uri(url).Host : feed.Title.Length > 200 ? feed.Title[..200] : feed.Title;
            var form = new SourceForm
            {
                Kind = SourceKind.Feed, Url = url, Name = name, SiteUrl = SourceForm.IsHttpUrl(feed.HtmlUrl) ? feed.HtmlUrl : null,
                Language = feed.Language is { Length: > 0 and <= 20 } l && l.All(c => char.IsAsciiLetter(c) || c == '-') ? l : null,
            };
            var source = form.ToSource(await editor.FreeSlugAsync(name, ct), now);
            db.Sources.Add(source);
            // Saved one by one: the next slug must see this one.
            await db.SaveChangesAsync(ct);
            added.Add(name);
        }
        audit.Record(actor, CurationAudit.SourcesImported, "source", "opml", null, new { added = added.Count, duplicates = duplicates.Count, invalid = invalid.Count });
        await db.SaveChangesAsync(ct);
        return new Summary(added, duplicates, invalid);
    }
}
