using Microsoft.AspNetCore.Identity;

namespace NewsHub.Web.Model;

public static class Roles
{
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";
    public static readonly string[] All = [Reader, Editor, Admin];
}

public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SuspendedUntil { get; set; }
    public bool IsBanned { get; set; }
    /// <summary>A moderator flagged the account: its comments wait for approval.</summary>
    public bool PreModerate { get; set; }
}
