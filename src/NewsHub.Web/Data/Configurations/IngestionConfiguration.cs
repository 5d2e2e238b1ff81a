using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRun>
{
    public void Configure(EntityTypeBuilder<IngestionRun> b)
    {
        b.ToTable("ingestion_runs");
        b.Property(r => r.Worker).HasMaxLength(200);
        b.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.SourceId, r.StartedAt });
    }
}

internal sealed class HttpCacheEntryConfiguration : IEntityTypeConfiguration<HttpCacheEntry>
{
    public void Configure(EntityTypeBuilder<HttpCacheEntry> b)
    {
        b.ToTable("http_cache");
        b.HasKey(e => e.Url);
        b.Property(e => e.Url).HasMaxLength(2000);
        b.Property(e => e.ETag).HasMaxLength(500);
        b.Property(e => e.LastModified).HasMaxLength(100);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.ToTable("data_protection_keys");
}
