using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
}
