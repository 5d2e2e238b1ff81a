using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data;

public class NewsHubDbContext(DbContextOptions<NewsHubDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleAlias> ArticleAliases => Set<ArticleAlias>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<CountryRegion> CountryRegions => Set<CountryRegion>();
    public DbSet<ArticleCountry> ArticleCountries => Set<ArticleCountry>();
    public DbSet<ArticleRegion> ArticleRegions => Set<ArticleRegion>();
    public DbSet<StoryCluster> StoryClusters => Set<StoryCluster>();
    public DbSet<ClusterOperation> ClusterOperations => Set<ClusterOperation>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentReport> CommentReports => Set<CommentReport>();
    public DbSet<ModerationWord> ModerationWords => Set<ModerationWord>();
    public DbSet<FrontPageSlot> FrontPageSlots => Set<FrontPageSlot>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();
    public DbSet<HttpCacheEntry> HttpCache => Set<HttpCacheEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SearchTerm> SearchTerms => Set<SearchTerm>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(NewsHubDbContext).Assembly);
        // Last, so it also renames the Identity tables: snake_case keeps hand-written SQL readable.
        SnakeCaseNames.Apply(builder);
    }
}
