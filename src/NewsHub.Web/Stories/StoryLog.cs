namespace NewsHub.Web.Stories;

internal static partial class StoryLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Article {ArticleId} joined story cluster {ClusterId} (matched article {MatchedArticleId}, score {Score:F3}, {Candidates} candidates)")]
    public static partial void Joined(ILogger logger, long articleId, long clusterId, long? matchedArticleId, double score, int candidates);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Article {ArticleId} started story cluster {ClusterId} ({Candidates} candidates)")]
    public static partial void Started(ILogger logger, long articleId, long clusterId, int candidates);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Editor {ActorId} merged story cluster {SourceClusterId} into {TargetClusterId} ({Articles} articles)")]
    public static partial void Merged(ILogger logger, string actorId, long sourceClusterId, long targetClusterId, int articles);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Editor {ActorId} split article {ArticleId} from story cluster {OldClusterId} into {NewClusterId}")]
    public static partial void Split(ILogger logger, string actorId, long articleId, long? oldClusterId, long newClusterId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Re-clustered {Articles} articles published since {Since}; {Operations} editor operations replayed")]
    public static partial void Reclustered(ILogger logger, int articles, DateTimeOffset since, int operations);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Story term frequencies warmed from {Signatures} stored signatures")]
    public static partial void Warmed(ILogger logger, int signatures);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Clustered a batch of {Articles} articles: waited {WaitedMs} ms for the story lock, held it {HeldMs} ms")]
    public static partial void BatchAssigned(ILogger logger, int articles, long waitedMs, long heldMs);
}
