using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Order> Orders => Set<Order>();
}
