using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Persistence.Configurations.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Message).HasMaxLength(Notification.MessageMaxLength);
        builder.Property(n => n.LinkUrl).HasMaxLength(Notification.UrlMaxLength);
        builder.Property(n => n.IsRead).HasDefaultValue(false);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id }).IsDescending(false, true, true);
        builder.HasIndex(n => n.UserId).HasFilter("NOT is_read").HasDatabaseName("ix_notifications_user_id_unread");
        builder.HasIndex(n => n.ActorId);
        builder.HasIndex(n => n.IsRead);
        builder.HasIndex(n => n.CreatedAt).IsDescending();
    }
}
