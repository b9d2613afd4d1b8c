using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// One test's own database (a copy of the migrated template), with helpers to reach it as the app or the owner. The
/// services it builds share one connection pool per role, as the app's requests share the app's (decision 265): a pool of
/// their own made each caller's first query open a connection and build Entity Framework's model again, ~40 ms apiece.
/// </summary>
public sealed class TestDb(string name) : IAsyncDisposable
{
    private TestServices? _owner;
    private readonly List<TestServices> _built = [];
    private NpgsqlDataSource? _appPool;
    private NpgsqlDataSource? _ownerPool;
    public string Name { get; } = name;
    public string AppConnectionString => TestDatabase.ConnectionString(Name, "pa_app");
    public string OwnerConnectionString => TestDatabase.ConnectionString(Name, "pa_owner");

    /// <summary>The domain's services as the app role, acting as <paramref name="user"/> (anonymous when null).</summary>
    /// <remarks>Disposed with this database.</remarks>
    public TestServices Services(ICurrentUser? user = null, TimeProvider? clock = null, IDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        lock (_built)
        {
            _appPool ??= PersistenceServiceCollectionExtensions.BuildDataSource(AppConnectionString);
            var services = TestServices.Build(AppConnectionString, user, clock, settings, configure, _appPool);
            _built.Add(services);
            return services;
        }
    }

    /// <summary>
    /// The domain's services as the owner role, which bypasses Row Level Security (decision 080): for seeding and for
    /// arranging data that no single member could write.
    /// </summary>
    /// <remarks>Disposed with this database.</remarks>
    public TestServices OwnerServices(TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        lock (_built)
        {
            _ownerPool ??= PersistenceServiceCollectionExtensions.BuildDataSource(OwnerConnectionString);
            var services = TestServices.Build(OwnerConnectionString, clock: clock, settings: settings, pool: _ownerPool);
            _built.Add(services);
            return services;
        }
    }

    /// <summary>A context as the owner (past Row Level Security) for arranging and asserting.</summary>
    public AppDbContext Context() => (_owner ??= OwnerServices()).Contexts.CreateDbContext();

    /// <summary>Runs SQL as the owner and returns the first column of the first row.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value switch
        {
            null or DBNull => default,
            T typed => typed,
            _ => (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Runs SQL as the owner and returns the first column of every row.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    /// <summary>
    /// A member as the sign-up form would make one (the signup trigger adds profile, subscription and wallet),
    /// without a password hash (hashing at 210,000 iterations is for sign-in tests only).
    /// </summary>
    public async Task<Guid> CreateUserAsync(string username, UserRole role = UserRole.Member, string? email = null)
    {
        await using var db = Context();
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = username,
            NormalizedUserName = username.ToUpperInvariant(),
            Email = email ?? $"{username}@example.test",
            NormalizedEmail = (email ?? $"{username}@example.test").ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        if (role != UserRole.Member)
            await db.UserProfiles.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Role, role));
        return user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var services in _built) await services.DisposeAsync();
        if (_appPool is not null) await _appPool.DisposeAsync();
        if (_ownerPool is not null) await _ownerPool.DisposeAsync();
        await TestDatabase.DropAsync(Name);
    }
}
