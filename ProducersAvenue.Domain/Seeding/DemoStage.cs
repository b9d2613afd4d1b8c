using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Plays one step of the demo's history through the domain's real services, as a member (or nobody) at a moment: the
/// services are built for that caller and that clock, on the app's and the jobs role's connections — the same walls a
/// request meets. Demo money is made this way so the ledger check passes on it (decision 190).
/// </summary>
public sealed class DemoStage(IConfiguration configuration, string appConnectionString, string? jobsConnectionString = null)
{
    public async Task<T> AsAsync<T>(Guid? member, UserRole role, DateTimeOffset at, Func<IServiceProvider, Task<T>> step)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FixedClock(at));
        services.AddSingleton<ICurrentUser>(member is { } id ? CurrentUser.For(id, role) : CurrentUser.Anonymous());
        services.AddAppDatabase(appConnectionString, jobsConnectionString);
        services.AddProducersAvenueDomain(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await step(scope.ServiceProvider);
    }
}
