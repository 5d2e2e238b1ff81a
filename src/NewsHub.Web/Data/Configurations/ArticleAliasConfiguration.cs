using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class ArticleAliasConfiguration : IEntityTypeConfiguration<ArticleAlias>
{
    public void Configure(EntityTypeBuilder<ArticleAlias> b)
    {
        b.ToTable("article_aliases");
        b.HasKey(a => a.Url);
        b.Property(a => a.Url).HasMaxLength(2000);
        b.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
