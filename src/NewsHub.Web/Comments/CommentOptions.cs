using System.ComponentModel.DataAnnotations;

namespace NewsHub.Web.Comments;

/// <summary>Comment rules, section "Comments". Validated at start-up.</summary>
public sealed class CommentOptions
{
    public const string Section = "Comments";

    [Range(1, 100)] public int MinLength { get; set; } = 2;
    [Range(10, 10000)] public int MaxLength { get; set; } = 5000;
    /// <summary>Deepest reply level (a top-level comment is 0). Replies below it attach at this level.</summary>
    [Range(0, 10)] public int MaxDepth { get; set; } = 3;
    /// <summary>How long an author may edit a comment after posting it.</summary>
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Comments one account, or one IP address, may post per <see cref="RateWindow"/>.</summary>
    [Range(1, 100000)] public int RateLimit { get; set; } = 5;
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>The same text from the same account within this window is a duplicate.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Threads close this long after the article's publication (zero: never).</summary>
    public TimeSpan AutoCloseAfter { get; set; } = TimeSpan.FromDays(14);
    /// <summary>An account's first N comments wait for a moderator (0: off).</summary>
    [Range(0, 1000)] public int PreModerateFirstComments { get; set; }
    /// <summary>Accounts younger than this have their comments pre-moderated (zero: off).</summary>
    public TimeSpan PreModerateAccountsYoungerThan { get; set; } = TimeSpan.Zero;
    /// <summary>Salt for hashing commenters' IP addresses; set the same value on every instance.</summary>
    public string? IpHashSalt { get; set; }
}
