using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Domain.Persistence.Configurations.Notifications;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("email_outbox", t => t.HasCheckConstraint("ck_email_outbox_attempts", "attempts >= 0"));
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ToAddress).HasMaxLength(320);
        builder.Property(x => x.Subject).HasMaxLength(300);
        builder.Property(x => x.ListUnsubscribeUrl).HasMaxLength(OutboxEmail.UrlMaxLength);
        builder.Property(x => x.Status).HasDefaultValueSql("'queued'");
        builder.HasIndex(x => new { x.Status, x.CreatedAt });
        builder.HasIndex(x => new { x.ToAddress, x.CreatedAt }).IsDescending(false, true);
    }
}
