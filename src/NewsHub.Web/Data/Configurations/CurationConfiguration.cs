using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class FrontPageSlotConfiguration : IEntityTypeConfiguration<FrontPageSlot>
{
    public void Configure(EntityTypeBuilder<FrontPageSlot> b)
    {
        b.ToTable("front_page_slots");
        b.Property(s => s.Section).HasMaxLength(60);
        b.Property(s => s.HeadlineOverride).HasMaxLength(500);
        b.Property(s => s.SummaryOverride).HasMaxLength(2000);
        b.HasOne(s => s.Article).WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Section, s.IsDraft, s.Position });
    }
}

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(60);
        b.Property(e => e.TargetType).HasMaxLength(60);
        b.Property(e => e.TargetId).HasMaxLength(100);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.Details).HasColumnType("jsonb");
        b.HasIndex(e => e.At);
    }
}
