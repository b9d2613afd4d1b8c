using Npgsql;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>The jobs role's own connections (<c>ConnectionStrings:Jobs</c>): a data source apart from the app's.</summary>
public sealed class JobsDataSource(NpgsqlDataSource source) : IAsyncDisposable
{
    public NpgsqlDataSource Source { get; } = source;
    public ValueTask DisposeAsync() => Source.DisposeAsync();
}

/// <summary>
/// Contexts for background work (outbox delivery now; clearing funds and finishing orders later). They connect as
/// <c>pa_jobs</c>, with no member as caller: the jobs role sees what anonymous sees plus the rows its own policies
/// (<c>TO pa_jobs</c>) give it.
/// </summary>
public sealed class JobsDbContextFactory(JobsDataSource dataSource, TimeProvider clock)
{
    private readonly AppDbContextPool _contexts = new(dataSource.Source, clock);

    public AppDbContext CreateDbContext() => _contexts.Lease(CurrentUser.Anonymous(), DatabaseCaller.Jobs);
}
