using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Moderation;

namespace ProducersAvenue.Domain.Persistence.Configurations.Moderation;

internal sealed class ReportAbuseTrackingConfiguration : IEntityTypeConfiguration<ReportAbuseTracking>
{
    public void Configure(EntityTypeBuilder<ReportAbuseTracking> builder)
    {
        builder.ToTable("report_abuse_tracking");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.IsReportBanned).HasDefaultValue(false);
        builder.Property(t => t.PermanentBan).HasDefaultValue(false);

        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<ReportAbuseTracking>(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(t => t.UserId).IsUnique();
    }
}
