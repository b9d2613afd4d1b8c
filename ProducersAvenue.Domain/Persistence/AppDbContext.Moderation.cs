using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Moderation;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportAbuseTracking> ReportAbuseTracking => Set<ReportAbuseTracking>();
}
