using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>The admin's list of accounts: search by email or name, a page at a time, with roles.</summary>
public sealed class UserDirectory(NewsHubDbContext db)
{
    public const int PageSize = 25;

    public async Task<UserListPage> SearchAsync(string? search, int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(u => EF.Functions.ILike(u.Email ?? "", pattern) || EF.Functions.ILike(u.DisplayName ?? "", pattern) || EF.Functions.ILike(u.UserName ?? "", pattern));
        }
        var total = await query.CountAsync(ct);
        var users = await query.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await RolesAsync(ids, ct);
        var comments = await db.Comments.Where(c => ids.Contains(c.AuthorId)).GroupBy(c => c.AuthorId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = users.Select(u => new UserRow(u, roles.GetValueOrDefault(u.Id) ?? [], comments.GetValueOrDefault(u.Id))).ToList();
        return new UserListPage(rows, search, page, Math.Max(1, (total + PageSize - 1) / PageSize), total);
    }

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken ct = default) =>
        (await RolesAsync([userId], ct)).GetValueOrDefault(userId) ?? [];

    private async Task<Dictionary<string, List<string>>> RolesAsync(List<string> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).OrderBy(n => Array.IndexOf(Roles.All, n)).ToList());
    }
}

public sealed record UserRow(AppUser User, IReadOnlyList<string> Roles, int CommentCount);

public sealed record UserListPage(IReadOnlyList<UserRow> Rows, string? Search, int Page, int PageCount, int Total);
