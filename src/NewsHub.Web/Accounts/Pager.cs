namespace NewsHub.Web.Accounts;

/// <summary>Previous/next links for the admin lists.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link);
