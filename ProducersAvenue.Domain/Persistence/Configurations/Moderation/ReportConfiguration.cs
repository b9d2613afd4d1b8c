using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Moderation;

namespace ProducersAvenue.Domain.Persistence.Configurations.Moderation;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Details).HasMaxLength(Report.DetailsMaxLength);
        builder.Property(r => r.ResolutionNote).HasMaxLength(Report.ResolutionNoteMaxLength);
        builder.Property(r => r.Status).HasDefaultValueSql("'pending'");

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReviewedBy).OnDelete(DeleteBehavior.SetNull);

        // A member reports a given item once.
        builder.HasIndex(r => new { r.ReporterId, r.TargetType, r.TargetId }).IsUnique();
        // The admin queue: reports of a status, newest first.
        builder.HasIndex(r => new { r.Status, r.CreatedAt }).IsDescending(false, true);
        // All reports about one item.
        builder.HasIndex(r => new { r.TargetType, r.TargetId });
        builder.HasIndex(r => r.ReviewedBy);
    }
}
