using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Webinars;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Webinar> Webinars => Set<Webinar>();
    public DbSet<WebinarRegistration> WebinarRegistrations => Set<WebinarRegistration>();
}
