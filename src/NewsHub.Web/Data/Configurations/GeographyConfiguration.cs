using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.ToTable("countries");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(2);
        b.Property(c => c.Name).HasMaxLength(100);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.ToTable("regions");
        b.HasKey(r => r.Slug);
        b.Property(r => r.Slug).HasMaxLength(60);
        b.Property(r => r.Name).HasMaxLength(100);
    }
}

internal sealed class CountryRegionConfiguration : IEntityTypeConfiguration<CountryRegion>
{
    public void Configure(EntityTypeBuilder<CountryRegion> b)
    {
        b.ToTable("country_regions");
        b.HasKey(x => new { x.CountryCode, x.RegionSlug });
        b.HasOne(x => x.Country).WithMany(c => c.Regions).HasForeignKey(x => x.CountryCode);
        b.HasOne(x => x.Region).WithMany(r => r.Countries).HasForeignKey(x => x.RegionSlug);
    }
}
