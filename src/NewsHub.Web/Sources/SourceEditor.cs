using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Curation;
using NewsHub.Web.Data;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;

namespace NewsHub.Web.Sources;

/// <summary>Adds, changes, enables and disables sources for editors, and asks for a pass now. Every change is audited.</summary>
public sealed class SourceEditor(NewsHubDbContext db, AuditLogWriter audit, SourceRunQueue runs, TimeProvider clock)
{
    public sealed record Outcome(Source? Source, Dictionary<string, string> Errors);

    public async Task<Outcome> CreateAsync(SourceForm form, ClaimsPrincipal actor, CancellationToken ct)
    {
        var errors = await ValidateAsync(form, null, ct);
        if (errors.Count > 0) return new Outcome(null, errors);
        var source = form.ToSource(await FreeSlugAsync(form.Name!, ct), clock.GetUtcNow());
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        audit.Record(actor, CurationAudit.SourceAdded, "source", source.Id.ToString(), null, new { source.Name, source.Url, kind = source.Kind.ToString() });
        await db.SaveChangesAsync(ct);
        return new Outcome(source, errors);
    }

    public async Task<Outcome> UpdateAsync(int id, SourceForm form, ClaimsPrincipal actor, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return new Outcome(null, new() { [""] = $"Source {id} does not exist." });
        var errors = await ValidateAsync(form, id, ct);
        if (errors.Count > 0) return new Outcome(source, errors);
        var before = SourceForm.From(source);
        form.ApplyTo(source);
        // A new address or new selectors should be tried soon, not after the old schedule.
        if (before.Url != source.Url || before.Kind != source.Kind) source.NextAttemptAt = clock.GetUtcNow();
        audit.Record(actor, CurationAudit.SourceEdited, "source", id.ToString(), null, new { before, after = SourceForm.From(source) });
        await db.SaveChangesAsync(ct);
        return new Outcome(source, errors);
    }

    public async Task<string?> SetEnabledAsync(int id, bool enabled, ClaimsPrincipal actor, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return $"Source {id} does not exist.";
        source.Enabled = enabled;
        if (enabled) source.NextAttemptAt = clock.GetUtcNow();
        audit.Record(actor, enabled ? CurationAudit.SourceEnabled : CurationAudit.SourceDisabled, "source", id.ToString(), null, new { source.Name });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Due at once for the schedulers, and queued for this instance's run-now worker.</summary>
    public async Task<string?> RunNowAsync(int id, ClaimsPrincipal actor, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return $"Source {id} does not exist.";
        source.NextAttemptAt = clock.GetUtcNow();
        audit.Record(actor, CurationAudit.SourceRunRequested, "source", id.ToString(), null, new { source.Name });
        await db.SaveChangesAsync(ct);
        runs.Enqueue(id);
        return null;
    }

    public async Task<Dictionary<string, string>> ValidateAsync(SourceForm form, int? id, CancellationToken ct)
    {
        var countries = (await db.Countries.AsNoTracking().Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var regions = (await db.Regions.AsNoTracking().Select(r => r.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = form.Validate(countries, regions);
        if (!errors.ContainsKey(nameof(SourceForm.Url)))
        {
            var url = SourceForm.NormalizedUrl(form.Url!);
            var clash = await db.Sources.AsNoTracking().Where(s => s.Url == url && s.Id != id).Select(s => s.Name).FirstOrDefaultAsync(ct);
            if (clash is not null) errors[nameof(SourceForm.Url)] = $"“{clash}” already uses this address.";
        }
        return errors;
    }

    internal async Task<string> FreeSlugAsync(string name, CancellationToken ct)
    {
        var root = Slugs.From(name);
        if (root.Length == 0) root = "source";
        var taken = (await db.Sources.AsNoTracking().Where(s => s.Slug.StartsWith(root)).Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(root)) return root;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{root}-{n}")) return $"{root}-{n}";
    }
}
