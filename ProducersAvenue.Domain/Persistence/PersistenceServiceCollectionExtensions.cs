using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ProducersAvenue.Domain.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the data source, the context options, the scoped <see cref="AppDbContextFactory"/> (the one way to
    /// get a context) and a scoped <see cref="AppDbContext"/> made by it for ASP.NET Core Identity's stores.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, string connectionString)
    {
        // Made by the container so that the container disposes it (and its pooled connections).
        services.AddSingleton(_ => BuildDataSource(connectionString));
        services.AddSingleton(sp => ConfigureOptions(new DbContextOptionsBuilder<AppDbContext>(), sp.GetRequiredService<NpgsqlDataSource>()).Options);
        services.AddScoped<IDbContextFactory<AppDbContext>, AppDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }

    public static NpgsqlDataSource BuildDataSource(string connectionString) => new NpgsqlDataSourceBuilder(connectionString).Build();

    public static DbContextOptionsBuilder<AppDbContext> ConfigureOptions(DbContextOptionsBuilder<AppDbContext> builder, NpgsqlDataSource dataSource) =>
        builder
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();
}
