using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Web.Hosting;

public static class DataHostingExtensions
{
    /// <summary>The database (app role), the health check, the clock and the seeder (owner role).</summary>
    public static WebApplicationBuilder AddProducersAvenueData(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var connectionString = config.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set (see README).");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        builder.Services.AddAppDatabase(connectionString);
        builder.Services.AddHealthChecks().AddNpgSql(sp => sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), name: "database");

        builder.Services.AddScoped(sp =>
        {
            var owner = config.GetConnectionString("Owner") ?? connectionString;
            var options = PersistenceServiceCollectionExtensions.ConfigureOptions(
                new DbContextOptionsBuilder<AppDbContext>(), PersistenceServiceCollectionExtensions.BuildDataSource(owner)).Options;
            var factory = new AppDbContextFactory(options, CurrentUser.Anonymous(), sp.GetRequiredService<TimeProvider>());
            return new Seeder(factory, sp.GetRequiredService<IPasswordHasher<ApplicationUser>>());
        });
        return builder;
    }
}
