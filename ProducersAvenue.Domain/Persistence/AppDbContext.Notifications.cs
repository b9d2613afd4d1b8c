using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
    /// <summary>The caller's own notifications with their actors' cards (view <c>notification_list</c>).</summary>
    public DbSet<NotificationListItem> NotificationList => Set<NotificationListItem>();
}
