using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class StoryClusterConfiguration : IEntityTypeConfiguration<StoryCluster>
{
    public void Configure(EntityTypeBuilder<StoryCluster> b)
    {
        b.ToTable("story_clusters");
        b.HasIndex(c => c.LastPublishedAt);
    }
}

internal sealed class ClusterOperationConfiguration : IEntityTypeConfiguration<ClusterOperation>
{
    public void Configure(EntityTypeBuilder<ClusterOperation> b)
    {
        b.ToTable("cluster_operations");
        b.Property(o => o.Kind).HasMaxLength(20);
        b.HasIndex(o => o.ArticleId);
    }
}
