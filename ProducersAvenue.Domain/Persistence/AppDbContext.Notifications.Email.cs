using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<OutboxEmail> EmailOutbox => Set<OutboxEmail>();
}
