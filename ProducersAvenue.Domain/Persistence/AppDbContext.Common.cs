using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<PlatformSetting> PlatformSettings => Set<PlatformSetting>();
}
