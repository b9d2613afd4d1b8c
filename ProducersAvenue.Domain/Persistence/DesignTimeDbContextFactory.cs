using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: the model only; no database is contacted.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("PA_CONNECTION") ?? "Host=localhost;Database=producers_avenue_design";
        var builder = PersistenceServiceCollectionExtensions.ConfigureOptions(
            new DbContextOptionsBuilder<AppDbContext>(), PersistenceServiceCollectionExtensions.BuildDataSource(connectionString));
        return new AppDbContext(builder.Options);
    }
}
