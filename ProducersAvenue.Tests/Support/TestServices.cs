using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// The domain's real service registrations (<c>AddProducersAvenueDomain</c>) on a real database, as one caller.
/// Resolve a service with <see cref="Get{T}"/>. The clock is a <see cref="FakeTimeProvider"/> unless one is given.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private TestServices(ServiceProvider root)
    {
        _root = root;
        _scope = root.CreateAsyncScope();
    }

    public IServiceProvider Provider => _scope.ServiceProvider;
    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();
    public IDbContextFactory<AppDbContext> Contexts => Get<IDbContextFactory<AppDbContext>>();
    public Seeder Seeder => Get<Seeder>();

    /// <param name="pool">A connection pool to share with other callers' services (kept open by its owner); a pool of
    /// their own, made and closed with them, when null.</param>
    public static TestServices Build(string connectionString, ICurrentUser? user = null, TimeProvider? clock = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, NpgsqlDataSource? pool = null)
    {
        // Tests read the storefront right after writing listings behind its back (SQL, other services): no page is kept
        // unless a test asks for it (StorefrontPagesAreKeptUntilListingsChange).
        var values = new Dictionary<string, string?> { ["Marketplace:StorefrontCacheSeconds"] = "0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<ICurrentUser>(user ?? CurrentUser.Anonymous());
        services.AddAppDatabase(connectionString);
        // An instance handed in is not disposed by the container.
        if (pool is not null) services.Replace(ServiceDescriptor.Singleton(pool));
        services.AddProducersAvenueDomain(configuration);
        services.AddScoped<IPasswordHasher<ApplicationUser>, PasswordHasher<ApplicationUser>>();
        services.AddScoped<Seeder>();
        configure?.Invoke(services);
        return new TestServices(services.BuildServiceProvider(validateScopes: true));
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}
