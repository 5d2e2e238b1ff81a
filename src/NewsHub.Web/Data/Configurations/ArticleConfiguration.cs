using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("articles");
        b.Property(a => a.Url).HasMaxLength(2000);
        b.HasIndex(a => a.Url).IsUnique();
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Slug).HasMaxLength(120);
        b.Property(a => a.Byline).HasMaxLength(300);
        b.Property(a => a.LeadImageUrl).HasMaxLength(2000);
        b.Property(a => a.Language).HasMaxLength(20);
        b.Property(a => a.SiteName).HasMaxLength(200);
        b.Property(a => a.ContentHash).HasMaxLength(64);
        b.HasIndex(a => a.ContentHash);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(a => a.Source).WithMany(s => s.Articles).HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.StoryCluster).WithMany(c => c.Articles).HasForeignKey(a => a.StoryClusterId).OnDelete(DeleteBehavior.SetNull);
        // Keyset pagination: newest first, id breaks ties.
        b.HasIndex(a => new { a.PublishedAt, a.Id });
        b.HasIndex(a => new { a.SourceId, a.PublishedAt, a.Id });
        b.HasIndex(a => a.StoryClusterId);
        // Weighted document maintained by PostgreSQL itself: title A, summary B, body C.
        // unaccent is wrapped in an immutable function (see migration 0001) so "Turkiye" finds "Türkiye".
        b.Property(a => a.SearchVector)
            .HasComputedColumnSql(
                "setweight(to_tsvector('english', newshub_unaccent(coalesce(title, ''))), 'A') || " +
                "setweight(to_tsvector('english', newshub_unaccent(coalesce(summary, ''))), 'B') || " +
                "setweight(to_tsvector('english', newshub_unaccent(left(coalesce(body_text, ''), 100000))), 'C')",
                stored: true);
        // Its text index is keyed by month (migration 0006: an expression index, which the EF model cannot express;
        // MigrationDriftTests lists it).
    }
}
