using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data.Configurations;

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> b)
    {
        b.ToTable("search_terms");
        b.HasKey(t => t.Term);
        b.Property(t => t.Term).HasMaxLength(100);
        b.HasIndex(t => t.Term).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_search_terms_term_trgm");
    }
}
