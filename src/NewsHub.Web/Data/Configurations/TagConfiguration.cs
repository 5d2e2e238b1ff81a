using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class ArticleCountryConfiguration : IEntityTypeConfiguration<ArticleCountry>
{
    public void Configure(EntityTypeBuilder<ArticleCountry> b)
    {
        b.ToTable("article_countries");
        b.HasKey(x => new { x.ArticleId, x.CountryCode });
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(10);
        b.HasOne(x => x.Article).WithMany(a => a.Countries).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode);
        // Country pages: the articles tagged with a country.
        b.HasIndex(x => new { x.CountryCode, x.ArticleId });
    }
}

internal sealed class ArticleRegionConfiguration : IEntityTypeConfiguration<ArticleRegion>
{
    public void Configure(EntityTypeBuilder<ArticleRegion> b)
    {
        b.ToTable("article_regions");
        b.HasKey(x => new { x.ArticleId, x.RegionSlug });
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(10);
        b.HasOne(x => x.Article).WithMany(a => a.Regions).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Region).WithMany().HasForeignKey(x => x.RegionSlug);
        b.HasIndex(x => new { x.RegionSlug, x.ArticleId });
    }
}
