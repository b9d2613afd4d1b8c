using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Persistence.Configurations.Notifications;

/// <summary>The view <c>notification_list</c> (migration FastPolicies): keyless, read-only.</summary>
internal sealed class NotificationListItemConfiguration : IEntityTypeConfiguration<NotificationListItem>
{
    public void Configure(EntityTypeBuilder<NotificationListItem> builder)
    {
        builder.HasNoKey();
        builder.ToView("notification_list");
        // ModelConventions converts the enumerations of tables; a view's are named here.
        builder.Property(n => n.Type).HasConversion<SnakeCaseEnumConverter<NotificationType>>();
    }
}
