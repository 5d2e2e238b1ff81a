using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Accounts;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>/admin/words: the banned and suspect word lists.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/words")]
public sealed class WordsController(NewsHubDbContext db, AuditLogWriter audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Notice"] = TempData["words.notice"];
        ViewData["Error"] = TempData["words.error"];
        var words = await db.ModerationWords.AsNoTracking().OrderBy(w => w.Kind).ThenBy(w => w.Word).ToListAsync(ct);
        return View(words);
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string? word, WordListKind kind, CancellationToken ct)
    {
        word = string.Join(' ', (word ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (TextNormalizer.Words(word).Count == 0 || word.Length > 100)
            return Result(error: "Enter a word or phrase of up to 100 characters, with at least one letter or digit.");
        var folded = TextNormalizer.ForDuplicateCheck(word);
        var existing = await db.ModerationWords.Where(w => w.Kind == kind).Select(w => w.Word).ToListAsync(ct);
        if (existing.Any(w => TextNormalizer.ForDuplicateCheck(w) == folded))
            return Result(error: $"“{word}” is already on the {kind.ToString().ToLowerInvariant()} list.");
        db.ModerationWords.Add(new ModerationWord { Word = word, Kind = kind, CreatedAt = clock.GetUtcNow() });
        audit.Record(User, AuditActions.WordAdded, "word", word, null, new { kind = kind.ToString() });
        await db.SaveChangesAsync(ct);
        return Result(notice: $"“{word}” added to the {kind.ToString().ToLowerInvariant()} list.");
    }

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        var entry = await db.ModerationWords.FindAsync([id], ct);
        if (entry is null) return Result(error: "That word is no longer on the list.");
        db.ModerationWords.Remove(entry);
        audit.Record(User, AuditActions.WordRemoved, "word", entry.Word, null, new { kind = entry.Kind.ToString() });
        await db.SaveChangesAsync(ct);
        return Result(notice: $"“{entry.Word}” removed.");
    }

    private RedirectResult Result(string? notice = null, string? error = null)
    {
        TempData["words.notice"] = notice;
        TempData["words.error"] = error;
        return Redirect("/admin/words");
    }
}
