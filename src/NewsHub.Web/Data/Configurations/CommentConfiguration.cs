using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.ToTable("comments");
        b.Property(c => c.Body).HasMaxLength(10000);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.StatusReason).HasMaxLength(500);
        b.Property(c => c.AuthorIpHash).HasMaxLength(64);
        b.HasOne(c => c.Article).WithMany(a => a.Comments).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ArticleId, c.CreatedAt });
        b.HasIndex(c => new { c.Status, c.CreatedAt });
        b.HasIndex(c => new { c.AuthorId, c.CreatedAt });
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> b)
    {
        b.ToTable("comment_reports");
        b.Property(r => r.Reason).HasMaxLength(500);
        b.HasOne(r => r.Comment).WithMany(c => c.Reports).HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
    }
}

internal sealed class ModerationWordConfiguration : IEntityTypeConfiguration<ModerationWord>
{
    public void Configure(EntityTypeBuilder<ModerationWord> b)
    {
        b.ToTable("moderation_words");
        b.Property(w => w.Word).HasMaxLength(100);
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(w => new { w.Word, w.Kind }).IsUnique();
    }
}
