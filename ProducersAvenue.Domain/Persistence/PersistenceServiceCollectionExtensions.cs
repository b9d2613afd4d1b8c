using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ProducersAvenue.Domain.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string JobsRole = "pa_jobs";

    /// <summary>
    /// Registers the data source, the pool of contexts, the scoped <see cref="AppDbContextFactory"/> (the one way to
    /// get a context) and <see cref="UnitOfWork"/> (the one way to write), a scoped <see cref="AppDbContext"/> for ASP.NET Core Identity's stores, and the jobs role's
    /// <see cref="JobsDbContextFactory"/>. <paramref name="jobsConnectionString"/> defaults to the app's with the user
    /// <c>pa_jobs</c>.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, string connectionString, string? jobsConnectionString = null)
    {
        // Made by the container so that the container disposes it (and its pooled connections).
        services.AddSingleton(_ => BuildDataSource(connectionString));
        services.AddSingleton(sp => new AppDbContextPool(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<AppDbContextFactory>();
        services.AddScoped<IDbContextFactory<AppDbContext>>(sp => sp.GetRequiredService<AppDbContextFactory>());
        services.AddScoped(sp => sp.GetRequiredService<AppDbContextFactory>().CreateIdentityStoreContext());
        services.AddOptions<DatabaseOptions>()
            .Validate(o => o.MaxRetries >= 0 && o.MaxRetryDelayMilliseconds >= 0, "Database retries and delays cannot be negative.");
        services.AddScoped<UnitOfWork>();

        var jobs = jobsConnectionString ?? new NpgsqlConnectionStringBuilder(connectionString) { Username = JobsRole }.ConnectionString;
        services.AddSingleton(_ => new JobsDataSource(BuildDataSource(jobs)));
        services.AddSingleton<JobsDbContextFactory>();
        services.AddKeyedScoped(UnitOfWork.Jobs, (sp, _) =>
            UnitOfWork.ForJobs(sp.GetRequiredService<JobsDbContextFactory>(), sp.GetRequiredService<IOptions<DatabaseOptions>>()));
        return services;
    }

    /// <summary>The retry settings of the <see cref="UnitOfWork"/> from the configuration section <c>Database</c>.</summary>
    public static IServiceCollection BindDatabaseOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        return services;
    }

    public static NpgsqlDataSource BuildDataSource(string connectionString) => new NpgsqlDataSourceBuilder(connectionString).Build();

    public static DbContextOptionsBuilder<AppDbContext> ConfigureOptions(DbContextOptionsBuilder<AppDbContext> builder, NpgsqlDataSource dataSource) =>
        builder
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();
}
