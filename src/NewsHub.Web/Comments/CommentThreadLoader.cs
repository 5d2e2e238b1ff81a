using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Comments;

/// <summary>
/// Builds an article's thread as one reader sees it: approved comments for everyone, the reader's
/// own pending or rejected ones for them alone, and "comment deleted" placeholders only where
/// visible replies hang from a removed comment.
/// </summary>
public sealed class CommentThreadLoader(NewsHubDbContext db, CommentRules rules, IOptions<CommentOptions> options)
{
    /// <summary>Threads beyond this are cut (oldest first kept); a safety limit, not a feature.</summary>
    private const int MaxComments = 2000;

    public async Task<CommentThreadModel?> LoadAsync(long articleId, AppUser? viewer, CommentSort sort, string returnUrl, string sortBaseUrl, CommentFormState form, CancellationToken ct = default)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId && a.Status == ArticleStatus.Published)
            .Select(a => new Article { Id = a.Id, Title = a.Title, Slug = a.Slug, Url = a.Url, PublishedAt = a.PublishedAt, CommentsClosed = a.CommentsClosed, CommentCount = a.CommentCount })
            .FirstOrDefaultAsync(ct);
        return article is null ? null : await LoadAsync(article, viewer, sort, returnUrl, sortBaseUrl, form, ct);
    }

    /// <summary>The thread of a published article the caller has already read (Id, Title, Slug, PublishedAt, CommentsClosed, CommentCount).</summary>
    public async Task<CommentThreadModel> LoadAsync(Article article, AppUser? viewer, CommentSort sort, string returnUrl, string sortBaseUrl, CommentFormState form, CancellationToken ct = default)
    {
        var articleId = article.Id;
        var viewerId = viewer?.Id;
        // An anonymous reader sees approved comments only, and CommentCount counts exactly those (CommentCounter): most
        // articles have none, and then there is nothing to read.
        List<CommentRow> rows = viewer is null && article.CommentCount == 0 ? [] : await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(MaxComments)
            .Select(c => new CommentRow(c.Id, c.ParentId, c.Depth, c.AuthorId, c.Author!.DisplayName ?? c.Author.UserName ?? "reader",
                c.Body, c.BodyHtml, c.Status, c.StatusReason, c.CreatedAt, c.EditedAt))
            .ToListAsync(ct);

        var nodes = Build(rows, viewerId);
        var roots = sort == CommentSort.Newest ? nodes.OrderByDescending(n => n.CreatedAt).ToList() : nodes;
        return new CommentThreadModel
        {
            ArticleId = article.Id,
            ArticleTitle = article.Title,
            ArticlePath = $"/article/{article.Id}/{article.Slug}",
            ApprovedCount = rows.Count(r => r.Status == CommentStatus.Approved),
            Roots = roots,
            Sort = sort,
            ClosedReason = rules.ClosedReason(article),
            SignedIn = viewer is not null,
            StandingProblem = viewer is null ? null : rules.CheckStanding(viewer),
            MaxLength = options.Value.MaxLength,
            ReturnUrl = returnUrl,
            SortBaseUrl = sortBaseUrl,
            Form = form,
        };
    }

    private List<CommentNode> Build(List<CommentRow> rows, string? viewerId)
    {
        var children = rows.Where(r => r.ParentId is not null).ToLookup(r => r.ParentId!.Value);
        var roots = new List<CommentNode>();
        foreach (var row in rows.Where(r => r.ParentId is null))
            if (ToNode(row, children, viewerId) is { } node) roots.Add(node);
        return roots;
    }

    private CommentNode? ToNode(CommentRow row, ILookup<long, CommentRow> children, string? viewerId)
    {
        var replies = children[row.Id].Select(c => ToNode(c, children, viewerId)).OfType<CommentNode>().ToList();
        var own = viewerId is not null && row.AuthorId == viewerId;
        var visible = row.Status == CommentStatus.Approved || (own && row.Status is CommentStatus.Pending or CommentStatus.Rejected);
        if (!visible && replies.Count == 0) return null;
        var node = visible
            ? new CommentNode
            {
                Id = row.Id, AuthorName = row.AuthorName, CreatedAt = row.CreatedAt, EditedAt = row.EditedAt,
                Body = own ? row.Body : null, BodyHtml = row.BodyHtml, IsOwn = own,
                CanEdit = own && row.Status != CommentStatus.Rejected && rules.WithinEditWindow(row.CreatedAt),
                IsPending = row.Status == CommentStatus.Pending, IsRejected = row.Status == CommentStatus.Rejected,
                StatusReason = own ? row.StatusReason : null, Depth = row.Depth,
            }
            : new CommentNode
            {
                Id = row.Id, AuthorName = "", CreatedAt = row.CreatedAt, Depth = row.Depth,
                Placeholder = row.Status == CommentStatus.Deleted ? "Comment deleted" : "Comment removed by a moderator",
            };
        node.Replies.AddRange(replies);
        return node;
    }

    private sealed record CommentRow(long Id, long? ParentId, int Depth, string AuthorId, string AuthorName, string Body, string BodyHtml,
        CommentStatus Status, string? StatusReason, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt);
}
