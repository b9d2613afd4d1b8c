using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// The real web app (Program) on a <see cref="TestDb"/>: in memory (TestServer) by default, or on Kestrel at
/// <c>http://localhost:{port}</c> after <see cref="StartKestrel"/> for browsers. Extra configuration goes in
/// <paramref name="settings"/> (seen by Program before Build()). Sign-in rate limiting is relaxed and password hashing cheap
/// unless a test sets them, or gives them null to keep the shipped value. <paramref name="log"/>, when given, also receives
/// the app's log.
/// </summary>
public sealed class AppFactory(TestDb db, IDictionary<string, string?>? settings = null, ILoggerProvider? log = null) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", db.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Owner", db.OwnerConnectionString);
        var overrides = new Dictionary<string, string?>
        {
            ["Accounts:SignInPostsPerWindow"] = "10000",
            ["Accounts:SettingsPostsPerWindow"] = "10000",
            ["Storage:DownloadsPerWindow"] = "10000",
            // A hash at the shipped 210,000 iterations costs ~150 ms of CPU; the suite makes hundreds of throwaway ones.
            ["Accounts:PasswordHashIterations"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Jobs:RunServer"] = "false", // job bodies run directly in tests; the E2E app turns it on
            // Tests write listings through services of their own, which empty their own caches, not the app's.
            ["Marketplace:StorefrontCacheSeconds"] = "0",
            // Tests write tagged posts straight into the database; a trending panel counted a minute earlier would not show them.
            ["Social:TrendingCacheSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        // A null value takes the suite's override away: the key keeps its shipped value.
        foreach (var (key, value) in overrides) if (value is not null) builder.UseSetting(key, value);
        if (log is not null) builder.ConfigureLogging(logging => logging.AddProvider(log));
    }

    /// <summary>
    /// Serves the app on Kestrel at a free port; returns the base address (localhost, as the passkey script wants). Once
    /// started, later calls return the same address.
    /// </summary>
    public Uri StartKestrel()
    {
        if (KestrelAddress is not null) return KestrelAddress;
        var port = FreePort.Next();
        UseKestrel(port);
        StartServer();
        return KestrelAddress = new Uri($"http://localhost:{port}");
    }

    /// <summary>Where <see cref="StartKestrel"/> serves the app (null before).</summary>
    public Uri? KestrelAddress { get; private set; }

    /// <summary>A request scope whose sign-in manager has an HttpContext to write its cookie to.</summary>
    public AppScope Scope()
    {
        var scope = Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<AccountSignInManager>().Context = http;
        return new AppScope(scope);
    }

    /// <summary>A confirmed member with <see cref="Password"/>, created the way sign-up does (password hashed by Identity).</summary>
    public async Task<ApplicationUser> CreateMemberAsync(string username, string? email = null)
    {
        await using var scope = Scope();
        var users = scope.Get<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = username, Email = email ?? $"{username}@example.test", EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}

public sealed class AppScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
