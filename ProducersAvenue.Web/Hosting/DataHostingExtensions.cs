using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Web.Hosting;

public static class DataHostingExtensions
{
    /// <summary>The database (app role), the health check and the clock. Seeding runs as the owner in <see cref="CommandLine"/>.</summary>
    public static WebApplicationBuilder AddProducersAvenueData(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var connectionString = config.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set (see README).");
        builder.Services.AddSingleton(TimeProvider.System);
        // Background jobs connect as pa_jobs: ConnectionStrings:Jobs, else the app's connection string with that user.
        builder.Services.AddAppDatabase(connectionString, config.GetConnectionString("Jobs"));
        builder.Services.AddHealthChecks().AddNpgSql(sp => sp.GetRequiredService<Npgsql.NpgsqlDataSource>(), name: "database");

        return builder;
    }
}
