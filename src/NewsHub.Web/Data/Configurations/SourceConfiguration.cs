using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ToTable("sources");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Slug).HasMaxLength(100);
        b.HasIndex(s => s.Slug).IsUnique();
        b.Property(s => s.Url).HasMaxLength(2000);
        b.HasIndex(s => s.Url).IsUnique();
        b.Property(s => s.SiteUrl).HasMaxLength(2000);
        b.Property(s => s.DefaultCountryCode).HasMaxLength(2);
        b.Property(s => s.DefaultRegionSlug).HasMaxLength(60);
        b.Property(s => s.Language).HasMaxLength(20);
        b.Property(s => s.LeaseOwner).HasMaxLength(200);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.OwnsOne(s => s.Selectors, o => o.ToJson("selectors"));
        // The scheduler's query: enabled sources whose next attempt is due.
        b.HasIndex(s => new { s.Enabled, s.NextAttemptAt });
    }
}
