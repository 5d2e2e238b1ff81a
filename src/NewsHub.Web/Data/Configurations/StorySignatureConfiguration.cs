using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class ArticleSignatureConfiguration : IEntityTypeConfiguration<ArticleSignature>
{
    public void Configure(EntityTypeBuilder<ArticleSignature> b)
    {
        b.ToTable("article_signatures");
        b.HasKey(s => s.ArticleId);
        b.HasOne(s => s.Article).WithOne().HasForeignKey<ArticleSignature>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.PublishedAt);
    }
}

internal sealed class StoryTermPostingConfiguration : IEntityTypeConfiguration<StoryTermPosting>
{
    public void Configure(EntityTypeBuilder<StoryTermPosting> b)
    {
        b.ToTable("story_term_postings");
        b.HasKey(p => new { p.Term, p.PublishedAt, p.ArticleId });
        b.Property(p => p.Term).HasMaxLength(64);
        b.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.ArticleId);
    }
}
