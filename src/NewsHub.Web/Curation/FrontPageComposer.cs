using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Curation;

/// <summary>
/// The editors' working copy of the front page. Every change edits the draft slots (IsDraft), which
/// /editor/preview renders with the real home view; Publish replaces the live slots with copies of the
/// drafts. The drafts stay afterwards as the next working copy. Each change is audited and announced
/// through ContentChanges so every instance drops its cached pages.
/// </summary>
public sealed class FrontPageComposer(NewsHubDbContext db, AuditLogWriter audit, ContentChanges changes, TimeProvider clock)
{
    public const string Home = "home";
    public const int MaxHeadlineLength = 500;
    public const int MaxSummaryLength = 2000;

    public async Task<ComposerPage> LoadAsync(CancellationToken ct)
    {
        await EnsureDraftsAsync(ct);
        var now = clock.GetUtcNow();
        var drafts = await SlotsAsync(draft: true, now, ct);
        var live = await db.FrontPageSlots.AsNoTracking().Where(s => !s.IsDraft).ToListAsync(ct);
        var draftRows = await db.FrontPageSlots.AsNoTracking().Where(s => s.IsDraft).ToListAsync(ct);
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.Slug, r.Name }).ToListAsync(ct))
            .Select(r => (r.Slug, r.Name)).ToList();
        return new ComposerPage(
            drafts.Where(s => s.Section == Home).ToList(),
            drafts.Where(s => s.Section != Home).OrderBy(s => regions.FindIndex(r => r.Slug == s.Section)).ThenBy(s => s.Position).ToList(),
            regions,
            !SameLayout(draftRows, live),
            live.Count == 0 ? null : live.Max(s => s.CreatedAt));
    }

    /// <summary>Places an article in a section's draft: as the lead (home position 0) or after the others.</summary>
    public async Task<string?> AddAsync(string section, long articleId, bool asLead, ClaimsPrincipal actor, CancellationToken ct)
    {
        section = section.Trim();
        if (section != Home && !await db.Regions.AnyAsync(r => r.Slug == section, ct)) return $"There is no section called “{section}”.";
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Id, a.Status, a.Title }).FirstOrDefaultAsync(ct);
        if (article is null) return $"Article {articleId} does not exist.";
        if (article.Status != ArticleStatus.Published) return "Only published articles can be placed on the front page.";
        await EnsureDraftsAsync(ct);
        var slots = await DraftSectionAsync(section, ct);
        if (slots.Any(s => s.ArticleId == articleId)) return $"“{article.Title}” is already in that section.";
        var slot = new FrontPageSlot
        {
            Section = section, ArticleId = articleId, IsDraft = true, CreatedById = ActorId(actor), CreatedAt = clock.GetUtcNow(),
            Position = asLead ? -1 : slots.Count,
        };
        db.FrontPageSlots.Add(slot);
        slots.Add(slot);
        Renumber(slots);
        audit.Record(actor, CurationAudit.SlotAdded, "article", articleId.ToString(), null, new { section, lead = asLead });
        await SaveAsync(ct);
        return null;
    }

    /// <summary>Moves a draft slot up (negative) or down (positive) within its section; on home, to the top makes it the lead.</summary>
    public async Task<string?> MoveAsync(long slotId, int delta, ClaimsPrincipal actor, CancellationToken ct)
    {
        var slot = await db.FrontPageSlots.FirstOrDefaultAsync(s => s.Id == slotId && s.IsDraft, ct);
        if (slot is null) return "That slot no longer exists.";
        var slots = await DraftSectionAsync(slot.Section, ct);
        var index = slots.IndexOf(slots.Single(s => s.Id == slotId));
        var target = delta == int.MinValue ? 0 : Math.Clamp(index + delta, 0, slots.Count - 1);
        if (target == index) return null;
        slots.RemoveAt(index);
        slots.Insert(target, slot);
        for (var i = 0; i < slots.Count; i++) slots[i].Position = i;
        audit.Record(actor, CurationAudit.SlotMoved, "article", slot.ArticleId.ToString(), null, new { section = slot.Section, from = index, to = target });
        await SaveAsync(ct);
        return null;
    }

    public Task<string?> MakeLeadAsync(long slotId, ClaimsPrincipal actor, CancellationToken ct) => MoveAsync(slotId, int.MinValue, actor, ct);

    /// <summary>Headline and summary overrides (blank: the article's own) and the pin's expiry (null: never).</summary>
    public async Task<string?> UpdateAsync(long slotId, string? headline, string? summary, DateTimeOffset? expiresAt, ClaimsPrincipal actor, CancellationToken ct)
    {
        var slot = await db.FrontPageSlots.FirstOrDefaultAsync(s => s.Id == slotId && s.IsDraft, ct);
        if (slot is null) return "That slot no longer exists.";
        headline = Clean(headline);
        summary = Clean(summary);
        if (headline?.Length > MaxHeadlineLength) return $"A headline is limited to {MaxHeadlineLength} characters.";
        if (summary?.Length > MaxSummaryLength) return $"A summary is limited to {MaxSummaryLength} characters.";
        if (expiresAt is { } e && e <= clock.GetUtcNow()) return "The expiry must be in the future.";
        slot.HeadlineOverride = headline;
        slot.SummaryOverride = summary;
        slot.ExpiresAt = expiresAt;
        audit.Record(actor, CurationAudit.SlotChanged, "article", slot.ArticleId.ToString(), null,
            new { section = slot.Section, headline, summary, expiresAt });
        await SaveAsync(ct);
        return null;
    }

    public async Task<string?> RemoveAsync(long slotId, ClaimsPrincipal actor, CancellationToken ct)
    {
        var slot = await db.FrontPageSlots.FirstOrDefaultAsync(s => s.Id == slotId && s.IsDraft, ct);
        if (slot is null) return "That slot no longer exists.";
        db.FrontPageSlots.Remove(slot);
        var rest = (await DraftSectionAsync(slot.Section, ct)).Where(s => s.Id != slotId).ToList();
        for (var i = 0; i < rest.Count; i++) rest[i].Position = i;
        audit.Record(actor, CurationAudit.SlotRemoved, "article", slot.ArticleId.ToString(), null, new { section = slot.Section });
        await SaveAsync(ct);
        return null;
    }

    /// <summary>The live page becomes a copy of the drafts, in one transaction.</summary>
    public async Task PublishAsync(ClaimsPrincipal actor, CancellationToken ct)
    {
        await EnsureDraftsAsync(ct);
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.FrontPageSlots.Where(s => !s.IsDraft).ExecuteDeleteAsync(ct);
        var drafts = await db.FrontPageSlots.AsNoTracking().Where(s => s.IsDraft).OrderBy(s => s.Section).ThenBy(s => s.Position).ToListAsync(ct);
        db.FrontPageSlots.AddRange(drafts.Select(d => new FrontPageSlot
        {
            Section = d.Section, Position = d.Position, ArticleId = d.ArticleId, HeadlineOverride = d.HeadlineOverride,
            SummaryOverride = d.SummaryOverride, ExpiresAt = d.ExpiresAt, IsDraft = false, CreatedById = ActorId(actor), CreatedAt = now,
        }));
        audit.Record(actor, CurationAudit.FrontPagePublished, "frontpage", Home, null,
            new { slots = drafts.Select(d => new { d.Section, d.Position, d.ArticleId }) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await changes.PublishAsync(ct);
    }

    /// <summary>Throws the drafts away: the working copy starts again from the live page.</summary>
    public async Task DiscardAsync(ClaimsPrincipal actor, CancellationToken ct)
    {
        await db.FrontPageSlots.Where(s => s.IsDraft).ExecuteDeleteAsync(ct);
        await EnsureDraftsAsync(ct);
        audit.Record(actor, CurationAudit.DraftsDiscarded, "frontpage", Home);
        await SaveAsync(ct);
    }

    /// <summary>
    /// The first edit (or a discard) starts the working copy from what readers see now. Consequence: a working copy
    /// emptied completely is refilled from the live page on the next edit; publish an empty page to clear it.
    /// </summary>
    private async Task EnsureDraftsAsync(CancellationToken ct)
    {
        if (await db.FrontPageSlots.AnyAsync(s => s.IsDraft, ct)) return;
        var live = await db.FrontPageSlots.AsNoTracking().Where(s => !s.IsDraft).ToListAsync(ct);
        if (live.Count == 0) return;
        db.FrontPageSlots.AddRange(live.Select(l => new FrontPageSlot
        {
            Section = l.Section, Position = l.Position, ArticleId = l.ArticleId, HeadlineOverride = l.HeadlineOverride,
            SummaryOverride = l.SummaryOverride, ExpiresAt = l.ExpiresAt, IsDraft = true, CreatedById = l.CreatedById, CreatedAt = l.CreatedAt,
        }));
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<FrontPageSlot>> DraftSectionAsync(string section, CancellationToken ct) =>
        await db.FrontPageSlots.Where(s => s.IsDraft && s.Section == section).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);

    private async Task<List<ComposerSlot>> SlotsAsync(bool draft, DateTimeOffset now, CancellationToken ct) =>
        (await db.FrontPageSlots.AsNoTracking().Where(s => s.IsDraft == draft).OrderBy(s => s.Section).ThenBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.Section, s.Position, s.ArticleId, s.Article!.Title, s.Article.Summary, Source = s.Article.Source!.Name,
                s.HeadlineOverride, s.SummaryOverride, s.ExpiresAt, s.Article.Status,
            }).ToListAsync(ct))
        .Select(s => new ComposerSlot(s.Id, s.Section, s.Position, s.ArticleId, s.Title, s.Summary, s.Source, s.HeadlineOverride, s.SummaryOverride,
            s.ExpiresAt, s.ExpiresAt is { } e && e <= now, s.Status == ArticleStatus.Published)).ToList();

    private static bool SameLayout(List<FrontPageSlot> a, List<FrontPageSlot> b)
    {
        static string Key(FrontPageSlot s) => $"{s.Section}|{s.Position}|{s.ArticleId}|{s.HeadlineOverride}|{s.SummaryOverride}|{s.ExpiresAt?.UtcTicks}";
        return a.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(b.Select(Key).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static void Renumber(List<FrontPageSlot> slots)
    {
        var ordered = slots.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string ActorId(ClaimsPrincipal actor) =>
        actor.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("An editor action needs a signed-in user.");
}
