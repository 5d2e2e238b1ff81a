using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>Finds banned and suspect words (or phrases) in a comment, matching whole folded words.</summary>
public sealed class WordFilter(NewsHubDbContext db)
{
    public async Task<WordFilterResult> CheckAsync(string text, CancellationToken ct = default)
    {
        var entries = await db.ModerationWords.AsNoTracking().Select(w => new { w.Word, w.Kind }).ToListAsync(ct);
        if (entries.Count == 0) return WordFilterResult.Clean;
        var words = TextNormalizer.Words(text);
        string? banned = null;
        string? suspect = null;
        foreach (var entry in entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            if (!Contains(words, TextNormalizer.Words(entry.Word))) continue;
            if (entry.Kind == WordListKind.Banned) banned ??= entry.Word;
            else suspect ??= entry.Word;
        }
        return new WordFilterResult(banned, suspect);
    }

    /// <summary>True when <paramref name="phrase"/> occurs as consecutive whole words.</summary>
    internal static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0 || phrase.Count > words.Count) return false;
        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var match = true;
            for (var k = 0; k < phrase.Count && match; k++) match = words[start + k] == phrase[k];
            if (match) return true;
        }
        return false;
    }
}

/// <summary>The first banned and the first suspect word found (as the moderators wrote them), if any.</summary>
public sealed record WordFilterResult(string? BannedWord, string? SuspectWord)
{
    public static readonly WordFilterResult Clean = new(null, null);
}
