using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Webinars;

namespace ProducersAvenue.Domain.Persistence.Configurations.Webinars;

internal sealed class WebinarRegistrationConfiguration : IEntityTypeConfiguration<WebinarRegistration>
{
    public void Configure(EntityTypeBuilder<WebinarRegistration> builder)
    {
        builder.ToTable("webinar_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PaymentStatus).HasDefaultValue(RegistrationPaymentStatus.Pending);
        builder.Property(r => r.Attended).HasDefaultValue(false);

        builder.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(r => new { r.WebinarId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.UserId);
    }
}
